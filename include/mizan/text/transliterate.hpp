#pragma once
// Romanisation of Arabic script, for comparing proper names across scripts (Kurilla / كوريلا):
// ICU's "Arabic-Latin" transform (a UNGEGN-style letter mapping), folded to lowercase ASCII so
// that digraphs (sh, th, kh, gh) and plain letters remain. Vowels are mostly absent from Arabic
// writing, so callers compare consonant skeletons, not strings.

#include <memory>
#include <string>
#include <string_view>

namespace mizan::text {

class ArabicTransliterator {
 public:
  /// Builds the ICU transform; throws mizan::Error (kSoftware) when ICU lacks it.
  ArabicTransliterator();
  ~ArabicTransliterator();
  ArabicTransliterator(ArabicTransliterator&&) noexcept;
  ArabicTransliterator& operator=(ArabicTransliterator&&) noexcept;

  /// Lowercase ASCII romanisation of valid UTF-8 (Latin and digits pass through; letters ICU
  /// cannot map are dropped). كوريلا -> "kwryla", العراق -> "al'raq". Not thread-safe.
  std::string to_ascii(std::string_view utf8) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::text
