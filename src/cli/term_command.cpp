// mizan term: the glossary kept in the memory's database (import, export, add, list, rm), term
// recognition (find), and what the glossary says about translations (suggest, check, extract), on
// the memory, a TMX or TSV file, or one document pair aligned on the fly. The subcommands live in
// term_glossary_command.cpp, term_find_command.cpp and term_check_command.cpp.

#include <iostream>
#include <string_view>

#include "commands.hpp"
#include "mizan/core/error.hpp"
#include "term_commands.hpp"

namespace mizan::cli {
namespace {

struct Subcommand {
  std::string_view name;
  std::string_view summary;
  int (*run)(const std::vector<std::string>&);
};

constexpr Subcommand kSubcommands[] = {
    {"import", "add glossary files (mizan TSV, TBX, OmegaT) to the glossary", term_import},
    {"export", "write the glossary as mizan TSV, TBX-Basic or an OmegaT glossary", term_export},
    {"add", "add one entry (or merge it into the existing one)", term_add},
    {"list", "list entries", term_list},
    {"rm", "remove an entry, or every rendering of a term", term_rm},
    {"find", "glossary terms in a text, with byte offsets", term_find},
    {"suggest", "renderings for the terms of a segment, and those the translations use",
     term_suggest},
    {"check", "missing, deprecated and inconsistent terminology in translations", term_check},
    {"extract", "candidate term pairs mined from translations", term_extract},
};

}  // namespace

int run_term(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << "usage: mizan term SUBCOMMAND [OPTIONS]\n\nsubcommands:\n";
    for (const Subcommand& s : kSubcommands)
      std::cout << "  " << s.name << std::string(10 - s.name.size(), ' ') << s.summary << "\n";
    std::cout
        << "\n'mizan term SUBCOMMAND --help' shows its options and an example.\n"
           "The glossary lives in the database given by --db (default: $MIZAN_DB, else "
           "./mizan.db),\nbeside the translation memory that suggest, check and extract read.\n"
           "example:\n  mizan term import --db team.db glossary/press-release.tsv\n"
           "  mizan term find --db team.db --lang en 'Gen. Kurilla visited Dayr az-Zawr'\n";
    return args.empty() ? static_cast<int>(ExitCode::kUsage) : 0;
  }
  for (const Subcommand& s : kSubcommands) {
    if (s.name == args[0]) return s.run(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  throw Error(ExitCode::kUsage, "unknown subcommand \"" + args[0] + "\" (see mizan term --help)");
}

}  // namespace mizan::cli
