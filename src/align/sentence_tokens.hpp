#pragma once
// A sentence as the anchor finders see it: its word tokens with their matching keys and the
// facts anchors look at, and the anchor keys found so far. Internal to the align module.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/text/tokenize.hpp"

namespace mizan::align::detail {

struct Token {
  std::string_view raw;  // the token as written (a view into the sentence)
  std::string key;       // match_key of the token
  bool capitalized;      // first letter an ASCII capital (English names, months)
  bool latin;            // ASCII letters only
  bool arabic;           // Arabic letters only (key form)
  bool number;           // starts with a digit
};

struct RawSentence {
  std::vector<Token> tokens;
  std::vector<std::string> anchors;  // anchor keys before interning
};

/// Word tokens of sentences (ICU word breaks, text::WordTokenizer). Holds the break iterator and
/// a scratch vector: not thread-safe, one per extractor.
class SentenceTokenizer {
 public:
  /// Appends the tokens of `s` (with a non-empty key) to out.tokens; `out` keeps views into `s`.
  void tokenize(const std::string& s, RawSentence& out);

 private:
  text::WordTokenizer tokenizer_;
  std::vector<text::Token> spans_;
};

inline bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// Letters of an Arabic word in key form: two bytes each (U+0600-U+06FF).
inline std::size_t arabic_letters(std::string_view key) {
  return key.size() / 2;
}

/// `key` without one proclitic letter (و ب ل ف ك), when at least `min_rest` letters remain.
std::string_view strip_proclitic(std::string_view key, std::size_t min_rest = 3);

}  // namespace mizan::align::detail
