// mizan rm: remove units by id, by document, by date or by creator (recorded; mizan undo puts
// them back).

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"
#include "unit_text.hpp"

namespace mizan::cli {

int run_rm(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::vector<std::int64_t> ids;
  std::string before;
  tm::RemoveSelection selection;
  DbOptions db;
  options.add_options()("document", po::value(&selection.document),
                        "the units of this document (a unit also seen in another keeps that "
                        "origin and stays)")("before", po::value(&before),
                                             "units created before this date (2025-01-31)")(
      "creator", po::value(&selection.creator), "units created by this user")(
      "dry-run", "list what would be removed, remove nothing")(
      "id", po::value(&ids)->composing(), "units to remove (their # in lookup, concord)");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("id", -1);
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan rm [--dry-run] [--db FILE] [--busy-timeout MS] ID... | [--document NAME] "
          "[--before DATE] [--creator USER]",
          "  mizan rm 7 12\n"
          "  mizan rm --document centcom-2025-01-06 --dry-run\n"
          "  mizan rm --creator intern --before 2024-06-01",
          options, positional, vm)) {
    return 0;
  }
  selection.ids = ids;
  if (!before.empty()) selection.created_before = parse_date_option(before, "--before");
  const bool filtered =
      !selection.document.empty() || selection.created_before != 0 || !selection.creator.empty();
  if (!ids.empty() && filtered) {
    throw Error(ExitCode::kUsage, "give unit numbers or --document/--before/--creator, not both");
  }
  if (ids.empty() && !filtered) {
    throw Error(ExitCode::kUsage,
                "which units? give their numbers or --document, --before, --creator");
  }
  const bool dry_run = vm.count("dry-run") > 0;
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kWrite);
  const tm::RemoveResult result = store->remove(selection, current_user(), dry_run);
  Output out;
  const auto list = [](const std::vector<std::int64_t>& units) {
    std::string s;
    for (const std::int64_t id : units)
      s += " #" + std::to_string(id);
    return s;
  };
  const std::string verb = dry_run ? "would remove " : "removed ";
  out.line(verb + std::to_string(result.removed.size()) + " unit(s)" +
           (result.removed.empty() ? "" : ":" + list(result.removed)));
  if (!result.unlinked.empty()) {
    out.line((dry_run ? "would keep " : "kept ") + std::to_string(result.unlinked.size()) +
             " unit(s) also seen in other documents, without their origin in " +
             selection.document + ":" + list(result.unlinked));
  }
  if (!dry_run && !result.removed.empty()) out.line("(mizan undo puts them back)");
  out.flush();
  return 0;
}

}  // namespace mizan::cli
