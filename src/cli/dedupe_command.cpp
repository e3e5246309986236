// mizan dedupe: units with the same source and different translations, settled by a policy.

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"
#include "unit_text.hpp"

namespace mizan::cli {

int run_dedupe(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string policy = "newest", source = "en";
  DbOptions db;
  DisplayOptions display_options;
  options.add_options()("policy", po::value(&policy)->default_value("newest"),
                        "which unit stays: newest (last changed) or most-used (highest usage "
                        "count, then newest)")("source", po::value(&source)->default_value("en"),
                                               "the side that must be the same: en or ar")(
      "dry-run", "report the duplicates, remove nothing");
  add_db_options(options, db);
  add_display_options(options, display_options);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan dedupe [--policy newest|most-used] [--source en|ar] [--dry-run] "
                         "[--bidi MODE] [--color WHEN] [--db FILE] [--busy-timeout MS]",
                         "  mizan dedupe --dry-run\n  mizan dedupe --policy most-used", options,
                         positional, vm)) {
    return 0;
  }
  tm::DedupeOptions dedupe;
  if (policy == "newest") {
    dedupe.policy = tm::DedupePolicy::kNewest;
  } else if (policy == "most-used") {
    dedupe.policy = tm::DedupePolicy::kMostUsed;
  } else {
    throw Error(ExitCode::kUsage, "--policy must be newest or most-used, not \"" + policy + "\"");
  }
  dedupe.source = parse_language(source, "--source");
  dedupe.dry_run = vm.count("dry-run") > 0;
  const Display display = resolve_display(display_options);
  const std::unique_ptr<tm::Store> store =
      open_store(db, dedupe.dry_run ? StoreUse::kRead : StoreUse::kWrite);
  const tm::DedupeResult result = store->dedupe(dedupe, current_user());
  Output out;
  for (const tm::DuplicateSet& set : result.sets) {
    const TranslationUnit& first = set.units.front();
    out.line(std::string(dedupe.source == Language::kEnglish ? "en: " : "ar: ") +
             display.text(dedupe.source == Language::kEnglish ? first.en : first.ar));
    for (const TranslationUnit& u : set.units) {
      const bool kept = u.id == set.kept;
      out.line(std::string(kept ? "  keep   #" : (dedupe.dry_run ? "  drop   #" : "  removed #")) +
               std::to_string(u.id) + "  " + format_date(u.changed) + "  used " +
               std::to_string(u.usage_count) + "  " +
               display.text(dedupe.source == Language::kEnglish ? u.ar : u.en));
    }
  }
  out.line(std::to_string(result.sets.size()) + " source(s) with different translations; " +
           (dedupe.dry_run ? "nothing removed (--dry-run)"
                           : std::to_string(result.removed) + " unit(s) removed" +
                                 (result.removed > 0 ? " (mizan undo puts them back)" : "")));
  out.flush();
  return 0;
}

}  // namespace mizan::cli
