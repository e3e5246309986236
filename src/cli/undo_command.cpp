// mizan undo: revert the last recorded change (an edit, rm, dedupe or the units a re-ingest
// replaced).

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"
#include "unit_text.hpp"

namespace mizan::cli {

int run_undo(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  add_db_options(options, db);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(args, "mizan undo [--db FILE] [--busy-timeout MS]",
                         "  mizan undo        # after an edit, rm or dedupe you regret", options,
                         positional, vm)) {
    return 0;
  }
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kWrite);
  const std::optional<tm::UndoResult> undone = store->undo(current_user());
  Output out;
  if (!undone) {
    out.line("nothing to undo");
    out.flush();
    return 0;
  }
  std::string units;
  for (const std::int64_t id : undone->units)
    units += " #" + std::to_string(id);
  out.line("undid " + std::string(tm::change_kind_name(undone->kind)) + " by " + undone->who +
           " at " + format_date(undone->at) + ": " + std::to_string(undone->units.size()) +
           " unit(s) as they were:" + units);
  out.flush();
  return 0;
}

}  // namespace mizan::cli
