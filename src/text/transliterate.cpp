#include "mizan/text/transliterate.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "mizan/core/error.hpp"

namespace mizan::text {

struct ArabicTransliterator::Impl {
  std::unique_ptr<icu::Transliterator> transform;
};

ArabicTransliterator::ArabicTransliterator() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  // Latin-ASCII strips the diacritics of the scholarly transcription (ḥ -> h, ṣ -> s) so that
  // the result compares with English spellings; Lower is for the Latin text passed through.
  impl_->transform.reset(icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII; Lower",
                                                             UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !impl_->transform) {
    throw Error(ExitCode::kSoftware,
                std::string("ICU Arabic-Latin transform: ") + u_errorName(status));
  }
}

ArabicTransliterator::~ArabicTransliterator() = default;
ArabicTransliterator::ArabicTransliterator(ArabicTransliterator&&) noexcept = default;
ArabicTransliterator& ArabicTransliterator::operator=(ArabicTransliterator&&) noexcept = default;

std::string ArabicTransliterator::to_ascii(std::string_view utf8) const {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  impl_->transform->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  // Keep ASCII only: the hamza and ayn marks (ʾ ʿ) survive Latin-ASCII as modifier letters.
  std::string ascii;
  ascii.reserve(out.size());
  for (char c : out) {
    if (static_cast<unsigned char>(c) < 0x80) ascii += c;
  }
  return ascii;
}

}  // namespace mizan::text
