// mizan add: store one translation unit typed on the command line.

#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/import_session.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

int run_add(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string en, ar, note, creator, document, prev_en, prev_ar;
  std::int64_t position = -1;
  DbOptions db;
  OwnerOptions owner;
  options.add_options()("en", po::value(&en)->required(), "the English segment")(
      "ar", po::value(&ar)->required(), "the Arabic segment")(
      "note", po::value(&note), "a free note kept with the unit")("creator", po::value(&creator),
                                                                  "who wrote it (default: $USER)")(
      "document", po::value(&document), "the document it comes from (optional)")(
      "position", po::value(&position), "sentence position in that document (0-based)")(
      "prev-en", po::value(&prev_en), "the English segment before it (for 101% context matches)")(
      "prev-ar", po::value(&prev_ar), "the Arabic segment before it");
  add_owner_options(options, owner);
  add_db_options(options, db);
  add_unit_limit_option(options, db);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan add --en TEXT --ar TEXT [--note TEXT] [--creator USER] [--document NAME "
          "[--position N]] [--prev-en TEXT] [--prev-ar TEXT] [--client C] [--domain D] "
          "[--project P] [--max-unit-bytes N] [--db FILE] [--busy-timeout MS]",
          "  mizan add --en 'The operation was a success.' --ar 'كانت العملية ناجحة.'", options,
          positional, vm)) {
    return 0;
  }
  if (creator.empty()) {
    if (const char* user = std::getenv("USER"); user != nullptr) creator = user;
  }
  TranslationUnit unit;
  unit.en = en;
  unit.ar = ar;
  unit.notes = note;
  unit.creator = creator;
  unit.prev_en = prev_en;
  unit.prev_ar = prev_ar;
  if (vm.count("position") != 0 && position < 0)
    throw Error(ExitCode::kUsage, "--position must be 0 or more (the first sentence is 0)");
  apply_owner(owner, unit);
  if (!document.empty())
    unit.origins.push_back({document, position});
  else if (position >= 0)
    throw Error(ExitCode::kUsage, "--position needs --document");
  // Refused before the database is opened: a bad unit creates no empty memory either.
  if (const std::string problem = tm::unit_problem(unit, db.max_side_bytes); !problem.empty())
    throw Error(ExitCode::kDataError, problem);

  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kWrite);
  const tm::AddResult result = store->add(unit);
  switch (result.outcome) {
    case tm::AddOutcome::kAdded:
      std::cout << "added #" << result.id << "\n";
      break;
    case tm::AddOutcome::kMerged:
      std::cout << "merged into #" << result.id << " (same English and Arabic)\n";
      break;
    case tm::AddOutcome::kUnchanged:
      std::cout << "already stored as #" << result.id << "\n";
      break;
  }
  return 0;
}

}  // namespace mizan::cli
