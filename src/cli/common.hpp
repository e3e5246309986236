#pragma once
// Shared pieces of the CLI: option parsing boilerplate, output, progress bar, JSON strings.
// The CLI only parses options, calls the library and prints.

#include <boost/program_options.hpp>

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/progress.hpp"
#include "mizan/text/json.hpp"

namespace mizan::cli {

namespace po = boost::program_options;

/// One subcommand: its name, a one-line summary and its entry point.
struct Command {
  std::string_view name;
  std::string_view summary;
  std::function<int(const std::vector<std::string>&)> run;
};

/// Parses `args` for a subcommand; prints help (usage line, options, example) and returns true
/// when --help was given. Throws po::error on bad options (the caller maps it to exit 64).
bool parse_command_line(const std::vector<std::string>& args, std::string_view usage,
                        std::string_view example, po::options_description& options,
                        const po::positional_options_description& positional,
                        po::variables_map& vm);

/// Buffered stdout writer.
class Output {
 public:
  Output();
  ~Output();
  void write(std::string_view s);
  void line(std::string_view s) {
    write(s);
    write("\n");
  }
  void flush();

 private:
  std::string buffer_;
};

/// A progress bar on stderr, drawn only when stderr is a terminal; throttled to ~10 updates/s.
class ProgressBar {
 public:
  explicit ProgressBar(std::string label);
  ~ProgressBar();
  void update(std::size_t done, std::size_t total);
  void finish();
  bool enabled() const { return enabled_; }
  /// A progress callback for the library that updates this bar (which must outlive it).
  ProgressFn callback() {
    return [this](std::size_t done, std::size_t total, std::string_view) { update(done, total); };
  }

 private:
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

/// `s` as a JSON string literal (quotes included): the library's, for the commands' --format json.
using text::json_string;

}  // namespace mizan::cli
