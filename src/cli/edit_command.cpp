// mizan edit: correct a stored unit's English, Arabic or note (recorded; mizan undo reverts it).

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"
#include "unit_text.hpp"

namespace mizan::cli {

int run_edit(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::int64_t id = 0;
  std::string en, ar, note;
  DbOptions db;
  DisplayOptions display_options;
  options.add_options()("en", po::value(&en), "the new English")(
      "ar", po::value(&ar), "the new Arabic")("note", po::value(&note),
                                              "the new note (an empty one removes it)")(
      "id", po::value(&id), "the unit (its # in lookup, concord, history)");
  add_db_options(options, db);
  add_display_options(options, display_options);
  po::positional_options_description positional;
  positional.add("id", 1);
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan edit ID [--en TEXT] [--ar TEXT] [--note TEXT] [--bidi MODE] [--color WHEN] "
          "[--db FILE] [--busy-timeout MS]",
          "  mizan edit 7 --ar 'ولم تقع إصابات بين أفراد القوات الأمريكية.'\n"
          "  mizan edit 7 --note 'checked by the client, Jan. 2025'",
          options, positional, vm)) {
    return 0;
  }
  if (vm.count("id") == 0) throw Error(ExitCode::kUsage, "which unit? give its number (ID)");
  tm::UnitEdit edit;
  if (vm.count("en")) edit.en = en;
  if (vm.count("ar")) edit.ar = ar;
  if (vm.count("note")) edit.notes = note;
  if (!edit.en && !edit.ar && !edit.notes) {
    throw Error(ExitCode::kUsage, "nothing to change: give --en, --ar or --note");
  }
  const Display display = resolve_display(display_options);
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kWrite);
  const TranslationUnit unit = store->edit(id, edit, current_user());
  Output out;
  out.line("edited #" + std::to_string(unit.id));
  write_unit(out, unit, display);
  out.flush();
  return 0;
}

}  // namespace mizan::cli
