// mizan history: the recorded changes of one unit (who, when, what it was before).

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"
#include "unit_text.hpp"

namespace mizan::cli {
namespace {

// The fields a change altered: what `before` had that `after` (the next state) does not.
void write_difference(Output& out, const TranslationUnit& before, const TranslationUnit* after,
                      const Display& display) {
  if (after == nullptr) {
    write_unit(out, before, display, "    was ");
    return;
  }
  if (before.en != after->en) out.line("    was en: " + display.text(before.en));
  if (before.ar != after->ar) out.line("    was ar: " + display.text(before.ar));
  if (before.notes != after->notes) out.line("    was note: " + display.text(before.notes));
  if (before.origins.size() != after->origins.size()) {
    std::string origins;
    for (const TuOrigin& o : before.origins)
      origins += " " + o.document + " [" + std::to_string(o.position) + "]";
    out.line("    was from:" + origins);
  }
}

}  // namespace

int run_history(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::int64_t id = 0;
  DbOptions db;
  DisplayOptions display_options;
  options.add_options()("id", po::value(&id), "the unit (its # in lookup, concord)");
  add_db_options(options, db);
  add_display_options(options, display_options);
  po::positional_options_description positional;
  positional.add("id", 1);
  po::variables_map vm;
  if (parse_command_line(
          args, "mizan history ID [--bidi MODE] [--color WHEN] [--db FILE] [--busy-timeout MS]",
          "  mizan history 7", options, positional, vm)) {
    return 0;
  }
  if (vm.count("id") == 0) throw Error(ExitCode::kUsage, "which unit? give its number (ID)");
  const Display display = resolve_display(display_options);
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  const std::vector<tm::Change> changes = store->history(id);
  const std::optional<TranslationUnit> now = store->get(id);
  if (changes.empty() && !now) {
    throw Error(ExitCode::kDataError, "no unit #" + std::to_string(id) + " and no record of one");
  }
  Output out;
  if (now) {
    out.line("#" + std::to_string(id) + "  created " + format_date(now->created) + " by " +
             (now->creator.empty() ? "-" : now->creator) + ", changed " +
             format_date(now->changed) + (now->changer.empty() ? "" : " by " + now->changer));
    write_unit(out, *now, display);
  } else {
    out.line("#" + std::to_string(id) + "  removed");
  }
  if (changes.empty()) out.line("no recorded change");
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const tm::Change& c = changes[i];
    out.line(format_date(c.at) + "  " + std::string(tm::change_kind_name(c.kind)) + " by " +
             (c.who.empty() ? "-" : c.who) +
             (c.undone_at != 0
                  ? "  (undone " + format_date(c.undone_at) + " by " + c.undone_by + ")"
                  : ""));
    // What followed the change: the next change's snapshot, else the unit as it is now.
    const TranslationUnit* after = i + 1 < changes.size() ? &changes[i + 1].before
                                   : now                  ? &*now
                                                          : nullptr;
    write_difference(out, c.before, after, display);
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli
