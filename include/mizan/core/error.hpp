#pragma once
// The one exception type of mizan: every failure a user can act on carries where it happened
// (file, line, byte offset) and maps to a sysexits-style exit code in the CLI.

#include <cstdint>
#include <stdexcept>
#include <string>

namespace mizan {

/// Exit codes follow BSD sysexits.h so scripts can tell failures apart.
enum class ExitCode : int {
  kOk = 0,
  kFailure = 1,      // the command ran, and its verdict is "no" (e.g. `term check --strict`)
  kUsage = 64,       // EX_USAGE: bad command line
  kDataError = 65,   // EX_DATAERR: input is malformed (bad UTF-8, bad XML, bad bead file)
  kNoInput = 66,     // EX_NOINPUT: input file missing or unreadable
  kSoftware = 70,    // EX_SOFTWARE: internal error
  kCantCreate = 73,  // EX_CANTCREAT: output cannot be created
  kIoError = 74,     // EX_IOERR: read/write failure
  kTempFail = 75,    // EX_TEMPFAIL: try again later (database locked)
  kConfig = 78,      // EX_CONFIG: database from a newer mizan, or not a mizan database
};

/// Where in an input a problem is. Unknown parts stay at their "unset" values.
struct SourceLocation {
  std::string file;          // empty: not tied to a file
  std::int64_t line = -1;    // 1-based, -1 unknown
  std::int64_t column = -1;  // 1-based, -1 unknown
  std::int64_t offset = -1;  // 0-based byte offset, -1 unknown
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message, SourceLocation where = {});

  ExitCode code() const noexcept { return code_; }
  const SourceLocation& where() const noexcept { return where_; }
  /// The message without the location prefix.
  const std::string& message() const noexcept { return message_; }

 private:
  ExitCode code_;
  SourceLocation where_;
  std::string message_;
};

/// "file:line:column: " / "file: byte N: " prefix for diagnostics; empty when nothing is known.
std::string format_location(const SourceLocation& where);

}  // namespace mizan
