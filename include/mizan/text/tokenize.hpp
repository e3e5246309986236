#pragma once
// Word tokens with byte offsets, from ICU's word break rules (UAX #29): numbers such as 1,000.5
// stay one token, Arabic words keep their attached clitics (the stemmer removes them).

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace mizan::text {

enum class TokenKind { kWord, kNumber, kPunctuation, kSymbol };

struct Token {
  std::size_t begin;  // byte offsets into the tokenised text
  std::size_t end;
  TokenKind kind;
};

/// Reusable tokenizer (creating an ICU break iterator costs far more than running one).
/// Not thread-safe: one per thread.
class WordTokenizer {
 public:
  WordTokenizer();
  ~WordTokenizer();
  WordTokenizer(WordTokenizer&&) noexcept;
  WordTokenizer& operator=(WordTokenizer&&) noexcept;

  /// Tokens of `text` (valid UTF-8), whitespace left out, appended to `out` after clearing it.
  void tokenize(std::string_view text, std::vector<Token>& out);
  std::vector<Token> tokenize(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::text
