#include "anchors.hpp"
#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/english_forms.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "mizan/text/word_lists.hpp"

namespace mizan::align::detail {
namespace {

// The English words worth looking up: Latin words of two letters or more, function words left
// out (their translations are clitics or nothing).
std::unordered_set<std::string> english_vocabulary(const std::vector<RawSentence>& raw_en) {
  std::unordered_set<std::string> vocabulary;
  for (const RawSentence& r : raw_en) {
    for (const Token& t : r.tokens) {
      if (t.latin && t.key.size() >= 2 && !text::english_function_words().contains(t.key))
        vocabulary.insert(t.key);
    }
  }
  return vocabulary;
}

// The light stems of the Arabic words of the entries' translations (each sense up to a " - "
// gloss) that the document holds.
std::unordered_set<std::string> translation_stems(
    const std::vector<const DictionaryEntry*>& entries,
    const std::unordered_set<std::string>& arabic_stems) {
  std::unordered_set<std::string> stems;
  for (const DictionaryEntry* e : entries) {
    for (const std::string& tr : e->translations) {
      std::string_view sense = tr;
      if (auto dash = sense.find(" - "); dash != std::string_view::npos) {
        sense = sense.substr(0, dash);
      }
      const std::string key = text::match_key(sense);
      for (std::size_t p = 0; p < key.size();) {
        std::size_t q = key.find(' ', p);
        if (q == std::string::npos) q = key.size();
        const std::string_view word = std::string_view(key).substr(p, q - p);
        p = q + 1;
        if (!text::is_arabic_word(word) || text::arabic_function_words().contains(word)) continue;
        const std::string stem(text::arabic_light_stem(word));
        if (arabic_letters(stem) >= 2 && arabic_stems.count(stem)) stems.insert(stem);
      }
    }
  }
  return stems;
}

}  // namespace

void DictionaryAnchorFinder::find(const BilingualDictionary& dictionary,
                                  const std::unordered_set<std::string>& arabic_stems,
                                  std::vector<RawSentence>& raw_en,
                                  std::vector<RawSentence>& raw_ar) {
  // The headword index is built once per dictionary and kept for the next documents.
  if (indexed_ != &dictionary) {
    headwords_.clear();
    for (const DictionaryEntry& e : dictionary.entries) {
      headwords_[text::match_key(e.headword)].push_back(&e);
    }
    indexed_ = &dictionary;
  }
  std::unordered_map<std::string, std::vector<std::string>> stem_words;  // ar stem -> anchors
  for (const std::string& w : english_vocabulary(raw_en)) {
    for (const std::string& form : text::english_lookup_forms(w)) {
      auto it = headwords_.find(form);
      if (it == headwords_.end()) continue;
      const std::string anchor = "d:" + w;
      for (const std::string& s : translation_stems(it->second, arabic_stems))
        stem_words[s].push_back(anchor);
      break;  // the first form that is a headword
    }
  }
  std::unordered_set<std::string> linked_words;
  for (const auto& [stem, anchors] : stem_words) {
    for (const std::string& a : anchors)
      linked_words.insert(a);
  }
  for (RawSentence& r : raw_en) {
    for (const Token& t : r.tokens) {
      const std::string anchor = "d:" + t.key;
      if (t.latin && linked_words.count(anchor)) r.anchors.push_back(anchor);
    }
  }
  for (RawSentence& r : raw_ar) {
    for (const Token& t : r.tokens) {
      if (!t.arabic) continue;
      auto it = stem_words.find(std::string(text::arabic_light_stem(t.key)));
      if (it == stem_words.end()) continue;
      for (const std::string& a : it->second)
        r.anchors.push_back(a);
    }
  }
}

}  // namespace mizan::align::detail
