#include "anchors.hpp"
#include "features.hpp"

namespace mizan::align::detail {

std::string normalize_number(std::string_view digits) {
  // Thousands separators: "1,000", "1.000.000", "1,000.5". A single '.' or ',' followed by other
  // than exactly three digits is a decimal mark ("3.5", "3,5").
  std::vector<std::string_view> groups;
  std::vector<char> seps;
  std::size_t start = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (digits[i] == ',' || digits[i] == '.') {
      groups.push_back(digits.substr(start, i - start));
      seps.push_back(digits[i]);
      start = i + 1;
    }
  }
  groups.push_back(digits.substr(start));
  std::string out(groups[0]);
  for (std::size_t g = 1; g < groups.size(); ++g) {
    const bool thousands =
        groups[g].size() == 3 && (g + 1 < groups.size() || seps.size() > 1 || seps[g - 1] == ',');
    if (!thousands) out += '.';
    out += groups[g];
  }
  return out;
}

void number_anchors(const Token& t, std::vector<std::string>& anchors) {
  // Digit runs with inner separators.
  const std::string& k = t.key;
  for (std::size_t i = 0; i < k.size();) {
    if (!is_digit(k[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < k.size() && (is_digit(k[j]) || ((k[j] == ',' || k[j] == '.') && j + 1 < k.size() &&
                                               is_digit(k[j + 1])))) {
      ++j;
    }
    anchors.push_back("n:" + normalize_number(std::string_view(k).substr(i, j - i)));
    i = j;
  }
}

}  // namespace mizan::align::detail
