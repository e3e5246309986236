// mizan: git-style subcommands over the library. Parses options, calls the library, prints;
// failures become one line on stderr and a sysexits-style exit code.

#include <boost/program_options/errors.hpp>

#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/version.hpp"

namespace {

using mizan::cli::Command;

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands = {
      {"segment", "split Arabic or English text into sentences", mizan::cli::run_segment},
      {"align", "pair English sentences with their Arabic translations", mizan::cli::run_align},
      {"term", "glossary: import/export, find terms, suggest, check, extract",
       mizan::cli::run_term},
      {"ingest", "segment, align and store every en.txt + ar.txt folder", mizan::cli::run_ingest},
      {"add", "store one translation unit", mizan::cli::run_add},
      {"import", "load translation units from a file (.tsv, .tmx)", mizan::cli::run_import},
      {"export", "write the memory as TMX, TSV or Moses files", mizan::cli::run_export},
      {"lookup", "best earlier translations of a segment (exact, fuzzy)", mizan::cli::run_lookup},
      {"concord", "units containing a word or phrase, in context", mizan::cli::run_concord},
      {"stats", "what a translation memory holds", mizan::cli::run_stats},
      {"check", "is a database whole? (SQLite's check and mizan's indexes)", mizan::cli::run_check},
      {"edit", "correct a stored unit's English, Arabic or note", mizan::cli::run_edit},
      {"rm", "remove units by number, document, date or creator", mizan::cli::run_rm},
      {"dedupe", "one source, several translations: keep one by a policy", mizan::cli::run_dedupe},
      {"history", "the recorded changes of a unit", mizan::cli::run_history},
      {"undo", "revert the last edit, rm, dedupe or re-ingest", mizan::cli::run_undo},
      {"serve", "the memory and glossary over HTTP (tmserver and /v1 API)", mizan::cli::run_serve},
      {"pretranslate", "documents into XLIFF for a CAT tool, filled from the memory",
       mizan::cli::run_pretranslate},
      {"analyze", "words per match band of documents, for a quote", mizan::cli::run_analyze},
  };
  return kCommands;
}

void print_help() {
  std::cout << "mizan " << mizan::kVersion
            << " - Arabic/English translation memory toolkit\n\n"
               "usage: mizan [--version] [--help] COMMAND [ARGS]\n\ncommands:\n";
  for (const Command& c : commands()) {
    std::cout << "  " << c.name << std::string(c.name.size() < 10 ? 10 - c.name.size() : 1, ' ')
              << c.summary << "\n";
  }
  std::cout << "\n'mizan COMMAND --help' shows a command's options and an example.\n"
               "example:\n  mizan segment --lang en corpora/centcom-2025-01-06/en.txt\n";
}

// Prints the general help or the version; 74 when standard output cannot take it.
int print_to_stdout(void (*print)(), int status) {
  print();
  if (std::cout.flush()) return status;
  std::cerr << "mizan: cannot write to standard output\n";
  return static_cast<int>(mizan::ExitCode::kIoError);
}

void print_version() {
  std::cout << "mizan " << mizan::kVersion << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    return print_to_stdout(print_help, args.empty() ? 64 : 0);
  }
  if (args[0] == "--version" || args[0] == "-V") return print_to_stdout(print_version, 0);
  for (const Command& c : commands()) {
    if (c.name != args[0]) continue;
    try {
      return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const mizan::Error& e) {
      std::fflush(stdout);
      std::cerr << "mizan " << c.name << ": " << e.what() << "\n";
      return static_cast<int>(e.code());
    } catch (const boost::program_options::error& e) {
      std::cerr << "mizan " << c.name << ": " << e.what() << " (see mizan " << c.name
                << " --help)\n";
      return 64;
    } catch (const std::bad_alloc&) {
      std::cerr << "mizan " << c.name << ": out of memory\n";
      return 70;
    } catch (const std::exception& e) {
      std::cerr << "mizan " << c.name << ": internal error: " << e.what() << "\n";
      return 70;
    }
  }
  std::cerr << "mizan: unknown command \"" << args[0] << "\" (see mizan --help)\n";
  return 64;
}
