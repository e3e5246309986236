#include "mizan/core/diagnostics.hpp"

namespace mizan {

std::string describe(const Diagnostic& d) {
  std::string out = format_location(d.where);
  if (!d.record.empty()) {
    out.append("[");
    out.append(d.record);
    out.append("] ");
  }
  out.append(d.message);
  return out;
}

}  // namespace mizan
