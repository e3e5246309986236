#pragma once
// Shared pieces of the CLI: option parsing boilerplate, output, progress bar, JSON strings.
// The CLI only parses options, calls the library and prints.

#include <boost/program_options.hpp>

#include <chrono>
#include <cstdio>
#include <functional>
#include <ostream>
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

/// A count option (--max, --width ...) stored in `target`, refused (exit 64) outside
/// [min, max]. Read as a signed number: Boost reads "-1" into an unsigned variable as its
/// largest value, which made `--max -1` mean "no limit" and `--width -5` a 16-exabyte string.
po::typed_value<long long>* count_value(std::size_t& target, std::string_view option, long long min,
                                        long long max);

/// `value` as a real number in [min, max] for `option`, refused (exit 64) otherwise, NaN too
/// (every comparison with NaN is false, so `x < 0 || x > 1` let `--min-score nan` through).
void require_in_range(double value, std::string_view option, double min, double max);

/// Throws kDataError when an argument holds ill-formed UTF-8 (a query, a phrase).
void require_utf8_argument(std::string_view value, std::string_view what);

/// Flushes `out` and throws kIoError when what was written to it did not all arrive.
void require_written(std::ostream& out);

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
