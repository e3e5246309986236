#include "index_terms.hpp"

#include <algorithm>

#include "hash.hpp"
#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/script.hpp"
#include "mizan/tm/fuzzy.hpp"

namespace mizan::tm {
namespace {

// ب ك ل in UTF-8.
bool is_single_proclitic(std::string_view letter) {
  return letter == "\xD8\xA8" || letter == "\xD9\x83" || letter == "\xD9\x84";
}

void add_word_terms(std::string_view w, std::vector<std::int64_t>& out) {
  if (w.empty()) return;
  if (text::starts_with_arabic(w)) {
    const std::string_view stem = text::arabic_light_stem(w);
    out.push_back(term_hash(stem));
    // A stem of at least four letters after ب / ك / ل: also index it without that letter
    // (بقياد -> قياد). Three-letter stems (بلد, كتب) are too likely to be roots.
    if (stem.size() >= 8 && is_single_proclitic(stem.substr(0, 2))) {
      out.push_back(term_hash(stem.substr(2)));
    }
    return;
  }
  out.push_back(term_hash(english_light_stem(w)));
}

}  // namespace

void word_index_terms(std::string_view loose_word, std::vector<std::int64_t>& out) {
  out.clear();
  add_word_terms(loose_word, out);
}

void index_terms(std::string_view loose_key, std::vector<std::int64_t>& out) {
  out.clear();
  std::size_t start = 0;
  while (start < loose_key.size()) {
    std::size_t space = loose_key.find(' ', start);
    if (space == std::string_view::npos) space = loose_key.size();
    add_word_terms(loose_key.substr(start, space - start), out);
    start = space + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace mizan::tm
