#include <algorithm>

#include "anchors.hpp"
#include "mizan/text/arabic_stemmer.hpp"

namespace mizan::align::detail {
namespace {

// A glossary pair as anchor: its word keys on both sides, indexed by their first word.
struct Term {
  std::vector<std::string> en, ar;
  std::vector<bool> en_needs_capital;  // the text word must not be all lower case
  std::string anchor;
};

// Mirrors term recognition (src/term/recognizer.cpp): an acronym (two capitals or more, no
// lower-case letter: US, ISIS) or a capitalised word of a proper noun (May, HaD) does not match
// an all-lower-case word (us, may, had), which is far more often the ordinary word.
bool needs_capital(std::string_view raw, bool proper_noun) {
  const bool acronym = std::count_if(raw.begin(), raw.end(), is_ascii_upper) >= 2 &&
                       std::none_of(raw.begin(), raw.end(), is_ascii_lower);
  return acronym || (proper_noun && !raw.empty() && is_ascii_upper(raw[0]));
}

bool all_lower(std::string_view raw) {
  return std::none_of(raw.begin(), raw.end(), is_ascii_upper);
}

}  // namespace

struct TermAnchorFinder::Index {
  std::vector<Term> terms;
  std::unordered_multimap<std::string, std::size_t> by_en_first;  // first English key
  std::unordered_multimap<std::string, std::size_t> by_ar_first;  // light stem of the first word
};

namespace {

using Index = TermAnchorFinder::Index;

void index_terms(const std::vector<TermPair>& glossary, SentenceTokenizer& tokenizer,
                 std::string_view tag, Index& index) {
  for (const TermPair& p : glossary) {
    Term t;
    RawSentence e, a;
    tokenizer.tokenize(p.en, e);
    tokenizer.tokenize(p.ar, a);
    for (const Token& tok : e.tokens) {
      if (tok.number || tok.latin || tok.arabic) {
        t.en.push_back(tok.key);
        t.en_needs_capital.push_back(needs_capital(tok.raw, p.proper_noun));
      }
    }
    for (const Token& tok : a.tokens) {
      if (tok.number || tok.latin || tok.arabic) t.ar.push_back(tok.key);
    }
    if (t.en.empty() || t.ar.empty()) continue;
    t.anchor = std::string(tag) + (p.group == TermPair::kNoGroup
                                       ? ":p" + std::to_string(index.terms.size())
                                       : ":" + std::to_string(p.group));
    index.by_en_first.emplace(t.en[0], index.terms.size());
    index.by_ar_first.emplace(std::string(text::arabic_light_stem(t.ar[0])), index.terms.size());
    index.terms.push_back(std::move(t));
  }
}

// The words of a sentence without the hyphens and dashes between them: a term's words are its
// word tokens only, so "Deir ez-Zor" must meet "ez", "Zor" in "Deir ez-Zor" and in "Deir ez Zor"
// alike (the tokenizer gives the hyphen a token of its own); إيه-10, أرض-جو as إيه 10, أرض جو.
void words_without_dashes(const RawSentence& r, std::vector<const Token*>& words) {
  words.clear();
  for (const Token& tok : r.tokens) {
    const std::string_view key = tok.key;
    const bool dash =
        key == "-" || key == "\u2010" || key == "\u2011" || key == "\u2013" || key == "\u2014";
    if (!dash) words.push_back(&tok);
  }
}

void english_glossary_anchors(const Index& index, std::vector<RawSentence>& raw_en) {
  std::vector<const Token*> words;
  for (RawSentence& r : raw_en) {
    words_without_dashes(r, words);
    for (std::size_t k = 0; k < words.size(); ++k) {
      auto [b, e] = index.by_en_first.equal_range(words[k]->key);
      for (auto it = b; it != e; ++it) {
        const Term& term = index.terms[it->second];
        bool match = k + term.en.size() <= words.size();
        for (std::size_t q = 0; match && q < term.en.size(); ++q) {
          match = words[k + q]->key == term.en[q] &&
                  !(term.en_needs_capital[q] && all_lower(words[k + q]->raw));
        }
        if (match) r.anchors.push_back(term.anchor);
      }
    }
  }
}

// Terms whose first Arabic word may be `word`: looked up by its light stem and, since the light
// stemmer keeps a single ب ل ك (بلد, لجنة), by the stem of the word without one too.
std::vector<std::size_t> arabic_candidates(const Index& index, const Token& word) {
  std::vector<std::string> stems;
  if (word.arabic) {
    stems.emplace_back(text::arabic_light_stem(word.key));
    const std::string_view bare = strip_proclitic(word.key, 2);
    if (bare.size() != word.key.size()) stems.emplace_back(text::arabic_light_stem(bare));
  } else {
    stems.push_back(word.key);
  }
  std::vector<std::size_t> candidates;
  for (const std::string& stem : stems) {
    auto [b, e] = index.by_ar_first.equal_range(stem);
    for (auto it = b; it != e; ++it) {
      if (std::find(candidates.begin(), candidates.end(), it->second) == candidates.end()) {
        candidates.push_back(it->second);
      }
    }
  }
  return candidates;
}

void arabic_glossary_anchors(const Index& index, std::vector<RawSentence>& raw_ar) {
  std::vector<const Token*> words;
  for (RawSentence& r : raw_ar) {
    words_without_dashes(r, words);
    for (std::size_t k = 0; k < words.size(); ++k) {
      const Token& word = *words[k];
      if (!word.arabic && !word.latin) continue;
      for (std::size_t term_id : arabic_candidates(index, word)) {
        const Term& term = index.terms[term_id];
        bool match = k + term.ar.size() <= words.size();
        for (std::size_t q = 0; match && q < term.ar.size(); ++q) {
          const std::string& tok = words[k + q]->key;
          match = tok == term.ar[q] || text::is_arabic_clitic_form(tok, term.ar[q]);
        }
        if (match) r.anchors.push_back(term.anchor);
      }
    }
  }
}

}  // namespace

TermAnchorFinder::TermAnchorFinder(const std::vector<TermPair>& terms, SentenceTokenizer& tokenizer,
                                   std::string_view tag)
    : index_(std::make_unique<Index>()) {
  index_terms(terms, tokenizer, tag, *index_);
}
TermAnchorFinder::~TermAnchorFinder() = default;

void TermAnchorFinder::find(std::vector<RawSentence>& raw_en,
                            std::vector<RawSentence>& raw_ar) const {
  english_glossary_anchors(*index_, raw_en);
  arabic_glossary_anchors(*index_, raw_ar);
}

void glossary_anchors(const std::vector<TermPair>& glossary, SentenceTokenizer& tokenizer,
                      std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar) {
  TermAnchorFinder(glossary, tokenizer, "g").find(raw_en, raw_ar);
}

}  // namespace mizan::align::detail
