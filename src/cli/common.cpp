#include "common.hpp"

#include <unistd.h>

#include <iostream>
#include <sstream>

#include "mizan/core/error.hpp"
#include "mizan/text/input.hpp"

namespace mizan::cli {

bool parse_command_line(const std::vector<std::string>& args, std::string_view usage,
                        std::string_view example, po::options_description& options,
                        const po::positional_options_description& positional,
                        po::variables_map& vm) {
  options.add_options()("help,h", "show this help");
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  if (vm.count("help")) {
    std::cout << "usage: " << usage << "\n\n" << options << "\nexample:\n" << example << "\n";
    require_written(std::cout);
    return true;
  }
  po::notify(vm);
  return false;
}

po::typed_value<long long>* count_value(std::size_t& target, std::string_view option, long long min,
                                        long long max) {
  return po::value<long long>()
      ->default_value(static_cast<long long>(target))
      ->notifier([&target, option = std::string(option), min, max](long long value) {
        if (value < min || value > max) {
          throw Error(ExitCode::kUsage, option + " must be between " + std::to_string(min) +
                                            " and " + std::to_string(max) + ", not " +
                                            std::to_string(value));
        }
        target = static_cast<std::size_t>(value);
      });
}

void require_in_range(double value, std::string_view option, double min, double max) {
  if (value >= min && value <= max) return;
  std::ostringstream s;
  s << option << " must be between " << min << " and " << max << ", not " << value;
  throw Error(ExitCode::kUsage, s.str());
}

void require_utf8_argument(std::string_view value, std::string_view what) {
  if (const std::size_t bad = text::find_invalid_utf8(value); bad != std::string_view::npos) {
    throw Error(ExitCode::kDataError,
                std::string(what) + " is not valid UTF-8 (byte " + std::to_string(bad) + ")");
  }
}

void require_written(std::ostream& out) {
  // A full disk or a closed pipe shows only at the flush: `mizan --help > /dev/full` must fail.
  if (!out.flush()) throw Error(ExitCode::kIoError, "cannot write to standard output");
}

Output::Output() {
  buffer_.reserve(1 << 16);
}
Output::~Output() {
  try {
    flush();
  } catch (...) {
  }
}

void Output::write(std::string_view s) {
  buffer_.append(s);
  if (buffer_.size() >= (1 << 16)) flush();
}

void Output::flush() {
  if (buffer_.empty()) return;
  const std::size_t n = std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
  buffer_.clear();
  if (n == 0 || std::fflush(stdout) != 0) {
    throw Error(ExitCode::kIoError, "cannot write to standard output");
  }
}

ProgressBar::ProgressBar(std::string label)
    : label_(std::move(label)), enabled_(isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() {
  finish();
}

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100) && done < total) return;
  last_ = now;
  drawn_ = true;
  constexpr int kWidth = 30;
  if (total > 0) {
    const double f = std::min(1.0, static_cast<double>(done) / static_cast<double>(total));
    const int filled = static_cast<int>(f * kWidth);
    std::fprintf(stderr, "\r%s [%s%s] %3d%%", label_.c_str(), std::string(filled, '#').c_str(),
                 std::string(kWidth - filled, ' ').c_str(), static_cast<int>(f * 100));
  } else {
    std::fprintf(stderr, "\r%s %zu", label_.c_str(), done);
  }
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (enabled_ && drawn_) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
  }
}

}  // namespace mizan::cli
