#include "sentence_tokens.hpp"

#include <algorithm>
#include <array>

#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"

namespace mizan::align::detail {

void SentenceTokenizer::tokenize(const std::string& s, RawSentence& out) {
  tokenizer_.tokenize(s, spans_);
  out.tokens.reserve(spans_.size());
  for (const text::Token& span : spans_) {
    const std::string_view raw = std::string_view(s).substr(span.begin, span.end - span.begin);
    Token t;
    t.raw = raw;
    t.key = text::match_key(raw);
    t.capitalized = !raw.empty() && is_ascii_upper(raw[0]);
    t.latin = !t.key.empty() && std::all_of(t.key.begin(), t.key.end(), [](char c) {
      return is_ascii_upper(c) || is_ascii_lower(c);
    });
    t.arabic = text::is_arabic_word(t.key);
    t.number = !t.key.empty() && is_digit(t.key[0]);
    if (t.key.empty()) continue;
    out.tokens.push_back(std::move(t));
  }
}

std::string_view strip_proclitic(std::string_view key, std::size_t min_rest) {
  static constexpr std::array<std::string_view, 5> kProclitics = {"و", "ب", "ل", "ف", "ك"};
  for (std::string_view p : kProclitics) {
    if (key.size() >= p.size() + 2 * min_rest && key.starts_with(p)) return key.substr(p.size());
  }
  return key;
}

}  // namespace mizan::align::detail
