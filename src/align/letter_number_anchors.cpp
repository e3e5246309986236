#include <algorithm>

#include "anchors.hpp"
#include "mizan/text/word_lists.hpp"

namespace mizan::align::detail {
namespace {

// The leading digits of a number token ("16" of "16s").
std::string leading_digits(std::string_view key) {
  std::string digits;
  for (char c : key) {
    if (!is_digit(c)) break;
    digits += c;
  }
  return digits;
}

}  // namespace

void english_letter_number_anchors(const std::vector<Token>& toks,
                                   std::vector<std::string>& anchors) {
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    const std::string_view raw = toks[i].raw;
    if (raw.size() > 3 || !std::all_of(raw.begin(), raw.end(), is_ascii_upper)) continue;
    std::size_t n = i + 1;
    if (toks[n].key == "-" && n + 1 < toks.size()) ++n;
    if (!toks[n].number) continue;
    anchors.push_back("ln:" + toks[i].key + leading_digits(toks[n].key));
  }
}

void arabic_letter_number_anchors(const std::vector<Token>& toks,
                                  std::vector<std::string>& anchors) {
  for (std::size_t n = 1; n < toks.size(); ++n) {
    if (!toks[n].number) continue;
    std::size_t w = n - 1;
    if (toks[w].key == "-") {
      if (w == 0) continue;
      --w;
    }
    if (!toks[w].arabic) continue;
    // Letter names are two or three letters: a conjunction may stick to them (وإف-15).
    std::string last(text::latin_letters_of_arabic_name(toks[w].key));
    if (last.empty()) last = text::latin_letters_of_arabic_name(strip_proclitic(toks[w].key, 2));
    if (last.empty()) continue;
    const std::string digits = leading_digits(toks[n].key);
    std::string first;
    if (w > 0 && toks[w - 1].arabic) {
      first = text::latin_letters_of_arabic_name(toks[w - 1].key);
      if (first.empty())
        first = text::latin_letters_of_arabic_name(strip_proclitic(toks[w - 1].key, 2));
    }
    for (char b : last) {
      anchors.push_back("ln:" + std::string(1, b) + digits);
      for (char a : first)
        anchors.push_back("ln:" + std::string(1, a) + std::string(1, b) + digits);
    }
  }
}

}  // namespace mizan::align::detail
