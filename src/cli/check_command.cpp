// mizan check: is a mizan database whole? SQLite's page check and mizan's own invariants.

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/check.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

int run_check(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::size_t max_problems = 50;
  options.add_options()("max-problems", count_value(max_problems, "--max-problems", 1, 1000000),
                        "problems listed at most");
  add_db_options(options, db);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(args, "mizan check [--db FILE] [--busy-timeout MS] [--max-problems N]",
                         "  mizan check --db team.db", options, positional, vm)) {
    return 0;
  }
  const std::string path = resolve_db_path(db);
  const tm::CheckReport report = tm::check_database(
      {.path = path, .busy_timeout = std::chrono::milliseconds(db.busy_timeout_ms)}, max_problems);
  Output out;
  for (const std::string& problem : report.problems)
    out.line(path + ": " + problem);
  out.line(path + ": " + std::to_string(report.units) + " unit(s), " +
           std::to_string(report.terms) + " glossary entr" + (report.terms == 1 ? "y" : "ies") +
           ": " + (report.ok() ? "ok" : "DAMAGED (restore a backup, or export what can be read)"));
  out.flush();
  return report.ok() ? 0 : static_cast<int>(ExitCode::kDataError);
}

}  // namespace mizan::cli
