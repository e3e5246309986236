#pragma once
// Romanisation of Arabic script, for comparing proper names across scripts (Kurilla / كوريلا):
// ICU's "Arabic-Latin" transform (a UNGEGN-style letter mapping), folded to lowercase ASCII so
// that digraphs (sh, th, kh, gh) and plain letters remain. Vowels are mostly absent from Arabic
// writing, so callers compare consonant skeletons, not strings.

#include <memory>
#include <string>
#include <string_view>

namespace mizan::text {

/// Romanises Arabic to lowercase ASCII with ICU's transforms. Not thread-safe: one per thread.
class ArabicTransliterator {
 public:
  enum class Build {
    kFromRuleData,  // ICU's Arabic-Latin and Latin-ASCII rules compiled alone (fast; see .cpp)
    kFromRegistry,  // Transliterator::createInstance: the reference, and the fallback
  };
  /// Builds the ICU transform; throws mizan::Error (kSoftware) when ICU lacks it.
  explicit ArabicTransliterator(Build build = Build::kFromRuleData);
  ~ArabicTransliterator();
  ArabicTransliterator(ArabicTransliterator&&) noexcept;
  ArabicTransliterator& operator=(ArabicTransliterator&&) noexcept;

  /// Lowercase ASCII romanisation of valid UTF-8 (Latin and digits pass through; letters ICU
  /// cannot map are dropped). كوريلا -> "kwryla", العراق -> "al'raq". Not thread-safe.
  std::string to_ascii(std::string_view utf8) const;

  /// True when built through ICU's registry (asked for, or ICU's rule data not as expected).
  bool uses_registry() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::text
