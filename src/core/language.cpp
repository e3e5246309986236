#include "mizan/core/language.hpp"

namespace mizan {

std::string_view language_code(Language lang) {
  return lang == Language::kEnglish ? "en" : "ar";
}

std::optional<Language> language_from_tag(std::string_view tag) {
  const auto end = tag.find_first_of("-_");
  const std::string_view primary = tag.substr(0, end);
  if (primary.size() != 2 && primary.size() != 3) return std::nullopt;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  std::string_view candidates[] = {"en", "eng", "ar", "ara"};
  for (int i = 0; i < 4; ++i) {
    const std::string_view c = candidates[i];
    if (c.size() != primary.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < c.size(); ++k)
      same = same && lower(primary[k]) == c[k];
    if (same) return i < 2 ? Language::kEnglish : Language::kArabic;
  }
  return std::nullopt;
}

}  // namespace mizan
