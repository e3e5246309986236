#include "mizan/core/term_entry.hpp"

#include <array>
#include <cctype>

namespace mizan {
namespace {

constexpr std::array<std::string_view, 3> kStatusNames = {"preferred", "admitted", "deprecated"};

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

}  // namespace

std::string_view term_status_name(TermStatus status) {
  return kStatusNames[static_cast<std::size_t>(status)];
}

std::optional<TermStatus> term_status_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
    if (equals_ignoring_ascii_case(name, kStatusNames[i])) return static_cast<TermStatus>(i);
  }
  return std::nullopt;
}

}  // namespace mizan
