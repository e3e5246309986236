#pragma once
// The two languages mizan works between, and language-tag matching by primary subtag.

#include <optional>
#include <string_view>

namespace mizan {

enum class Language { kEnglish, kArabic };

/// "en" / "ar".
std::string_view language_code(Language lang);

/// Matches a BCP 47 / TMX language tag by its primary subtag, any case: "ar", "ar-SA", "AR-eg",
/// "en_US" all resolve; anything else is nullopt.
std::optional<Language> language_from_tag(std::string_view tag);

/// The other side of the pair.
constexpr Language other(Language lang) {
  return lang == Language::kEnglish ? Language::kArabic : Language::kEnglish;
}

}  // namespace mizan
