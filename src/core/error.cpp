#include "mizan/core/error.hpp"

namespace mizan {

std::string format_location(const SourceLocation& where) {
  std::string out = where.file;
  if (where.line >= 0) {
    out.append(out.empty() ? "line " : ":");
    out.append(std::to_string(where.line));
    if (where.column >= 0) {
      out.push_back(':');
      out.append(std::to_string(where.column));
    }
  } else if (where.offset >= 0) {
    if (!out.empty()) out.append(": ");
    out.append("byte ");
    out.append(std::to_string(where.offset));
  }
  if (!out.empty()) out.append(": ");
  return out;
}

Error::Error(ExitCode code, const std::string& message, SourceLocation where)
    : std::runtime_error(format_location(where) + message),
      code_(code),
      where_(std::move(where)),
      message_(message) {}

}  // namespace mizan
