#include "mizan/text/tokenize.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "mizan/core/error.hpp"
#include "mizan/text/utf8.hpp"

namespace mizan::text {

struct WordTokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
  icu::LocalUTextPointer utext;
};

WordTokenizer::WordTokenizer() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kSoftware, std::string("ICU word break: ") + u_errorName(status));
  }
}

WordTokenizer::~WordTokenizer() = default;
WordTokenizer::WordTokenizer(WordTokenizer&&) noexcept = default;
WordTokenizer& WordTokenizer::operator=(WordTokenizer&&) noexcept = default;

void WordTokenizer::tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  if (text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  // UTF-8 UText: break positions come back as byte offsets, no UTF-16 copy needed.
  impl_->utext.adoptInstead(utext_openUTF8(impl_->utext.orphan(), text.data(),
                                           static_cast<int64_t>(text.size()), &status));
  impl_->words->setText(impl_->utext.getAlias(), status);
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kSoftware, std::string("ICU word break: ") + u_errorName(status));
  }
  int32_t begin = impl_->words->first();
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
       begin = end, end = impl_->words->next()) {
    const int32_t rule = impl_->words->getRuleStatus();
    TokenKind kind;
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      kind = TokenKind::kNumber;
    } else if (rule >= UBRK_WORD_LETTER) {
      kind = TokenKind::kWord;
    } else {
      // The token's first code point says what it is; an ill-formed one is no token.
      std::size_t i = static_cast<std::size_t>(begin);
      char32_t cp;
      if (!next_well_formed_code_point(text.substr(0, static_cast<std::size_t>(end)), i, cp))
        continue;
      const auto c = static_cast<UChar32>(cp);
      if (u_isUWhiteSpace(c)) continue;
      if (u_charType(c) == U_FORMAT_CHAR) continue;
      kind = u_ispunct(c) ? TokenKind::kPunctuation : TokenKind::kSymbol;
    }
    out.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end), kind});
  }
}

std::vector<Token> WordTokenizer::tokenize(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, out);
  return out;
}

}  // namespace mizan::text
