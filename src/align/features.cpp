// FeatureExtractor::extract: each sentence's tokens, length, lexical ids and anchors of its own
// (numbers, dates, letter+number names, quotes, Latin tokens), then the anchors found by
// comparing the sides (glossary, names, dictionary), then the anchors both sides hold, weighed
// by rarity. The anchor kinds live in their own files (anchors.hpp).

#include "features.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "anchors.hpp"
#include "furniture.hpp"
#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/cldr_names.hpp"
#include "mizan/text/english_forms.hpp"
#include "mizan/text/utf8.hpp"
#include "mizan/text/word_lists.hpp"
#include "sentence_tokens.hpp"

namespace mizan::align::detail {
namespace {

// Mean translation LLRs and miss penalties per anchor kind, in nats. `keep` is the probability that
// a translation keeps an anchor of this kind (numbers and dates nearly always survive; a Latin
// acronym in the English is often spelled out in the Arabic, but a Latin token inside the Arabic
// comes from the English; transliterated-name skeletons collide with ordinary Arabic words, so an
// Arabic skeleton without partner says little). The values are judgement, checked by the ablation
// in docs/alignment.md ("Each method part"), not fitted to the dev set.
struct KindParams {
  double keep;
  double miss_en;
  double miss_ar;
  double max_match;
};
constexpr std::array<KindParams, kAnchorKinds> kKindParams = {{
    {0.9, -2.3, -2.3, 6.0},  // number: log(1 - keep), a translation keeps its figures
    {0.9, -2.3, -2.3, 5.0},  // month
    {0.8, -1.0, -1.0, 4.0},  // weekday
    {0.9, -0.2, -1.5, 5.0},  // Latin token
    {0.9, -1.0, 0.0, 5.0},   // letter+number
    {0.6, 0.0, 0.0, 3.0},    // name (attributions move between sentences: no miss penalty)
    {0.6, -0.3, -0.3, 1.0},  // quote
    {0.8, -0.5, -0.5, 5.0},  // glossary
    {0.4, 0.0, 0.0, 2.0},    // dictionary
    // furniture: two lines of one kind (two date lines, two office headers) are each other's
    // translation when both pages kept them; a page may keep several of a kind, so no miss.
    {0.8, 0.0, 0.0, 3.0},
    // CLDR name: as a glossary term (the names of countries and cities are kept in translation,
    // though "Washington" may stand for "the United States").
    {0.8, -0.5, -0.5, 5.0},
}};

AnchorKind kind_of(std::string_view key) {
  const std::string_view tag = key.substr(0, key.find(':'));
  if (tag == "n") return AnchorKind::kNumber;
  if (tag == "m") return AnchorKind::kMonth;
  if (tag == "w") return AnchorKind::kWeekday;
  if (tag == "l") return AnchorKind::kLatin;
  if (tag == "ln") return AnchorKind::kLetterNumber;
  if (tag == "nm" || tag == "nm2") return AnchorKind::kName;
  if (tag == "q") return AnchorKind::kQuote;
  if (tag == "g") return AnchorKind::kGlossary;
  if (tag == "f") return AnchorKind::kFurniture;
  if (tag == "c") return AnchorKind::kCldrName;
  return AnchorKind::kDictionary;
}

class Interner {
 public:
  std::uint32_t id(const std::string& s) {
    auto [it, inserted] = ids_.try_emplace(s, static_cast<std::uint32_t>(strings_.size()));
    if (inserted) strings_.push_back(s);
    return it->second;
  }
  std::size_t size() const { return strings_.size(); }
  std::vector<std::string> take() { return std::move(strings_); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> strings_;
};

bool english_function_word(std::string_view key) {
  return text::english_function_words().contains(key) || text::english_connectives().contains(key);
}
bool arabic_function_word(std::string_view key) {
  return text::arabic_function_words().contains(key) || text::arabic_connectives().contains(key);
}

// The word as written, without its clitics (بالإضافة), or without the و or ف that the splitter
// leaves on function words (ولذلك, فإن), is a function word or connective.
bool arabic_function_form(std::string_view key) {
  const std::string_view unprefixed = key.substr(text::split_arabic_word(key).prefix.size());
  std::string_view bare = key;
  if (bare.starts_with("\u0648") || bare.starts_with("\u0641")) bare.remove_prefix(2);
  return arabic_function_word(key) || arabic_function_word(bare) ||
         arabic_function_word(unprefixed);
}

// Words, all of them function words or connectives ("Now, therefore,", "However,"): a piece of
// a neighbouring sentence that a line break cut off.
bool english_connective_fragment(const std::vector<Token>& tokens) {
  bool words = false;
  for (const Token& t : tokens) {
    if (!t.latin && !t.number && !t.arabic) continue;
    words = true;
    if (!t.latin || !english_function_word(t.key)) return false;
  }
  return words;
}

bool arabic_connective_fragment(const std::vector<Token>& tokens) {
  bool words = false;
  for (const Token& t : tokens) {
    if (t.number || t.latin) return false;
    if (!t.arabic) continue;
    words = true;
    if (!arabic_function_form(t.key)) return false;
  }
  return words;
}

// Lexical tokens of the English side: Latin words in their lexical form (rights -> right),
// numbers and Arabic words as they are.
void english_lexical_ids(const std::vector<Token>& tokens, Interner& vocabulary,
                         std::vector<std::uint32_t>& out) {
  for (const Token& t : tokens) {
    if (t.latin) {
      out.push_back(vocabulary.id(text::english_lexical_form(t.key)));
    } else if (t.number || t.arabic) {
      out.push_back(vocabulary.id(t.key));
    }
  }
}

// Lexical tokens of the Arabic side: each Arabic word as its clitics and stem (و+ قياده +ها),
// numbers and Latin words as they are. The stems go to `stems` when it is given.
void arabic_lexical_ids(const std::vector<Token>& tokens, Interner& vocabulary,
                        std::vector<std::uint32_t>& out, std::unordered_set<std::string>* stems) {
  for (const Token& t : tokens) {
    if (t.arabic) {
      const text::ArabicWordParts parts = text::split_arabic_word(t.key);
      if (!parts.prefix.empty()) out.push_back(vocabulary.id(std::string(parts.prefix) + "+"));
      out.push_back(vocabulary.id(std::string(parts.stem)));
      if (!parts.suffix.empty()) out.push_back(vocabulary.id("+" + std::string(parts.suffix)));
      if (stems) stems->insert(std::string(parts.stem));
    } else if (t.number || t.latin) {
      out.push_back(vocabulary.id(t.key));
    }
  }
}

// Anchors an English sentence holds by itself: numbers, dates, F-16, a quotation.
void english_sentence_anchors(const std::vector<Token>& tokens, std::vector<std::string>& anchors) {
  for (const Token& t : tokens) {
    if (t.number) number_anchors(t, anchors);
  }
  english_date_anchors(tokens, anchors);
  english_letter_number_anchors(tokens, anchors);
  if (std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.key == "\""; })) {
    anchors.push_back("q");
  }
}

// The same for an Arabic sentence, with its Latin tokens (CENTCOM), which go to `latin` too.
void arabic_sentence_anchors(const std::vector<Token>& tokens, std::vector<std::string>& anchors,
                             std::unordered_set<std::string>& latin) {
  for (const Token& t : tokens) {
    if (t.number) number_anchors(t, anchors);
    if (t.latin) {
      anchors.push_back("l:" + t.key);
      latin.insert(t.key);
    }
    if (t.key == "\"") anchors.push_back("q");
  }
  arabic_date_anchors(tokens, anchors);
  arabic_letter_number_anchors(tokens, anchors);
}

// A Latin token of the Arabic text met in an English sentence.
void latin_anchors(const std::unordered_set<std::string>& arabic_latin,
                   std::vector<RawSentence>& raw_en) {
  for (RawSentence& r : raw_en) {
    for (const Token& t : r.tokens) {
      if (t.latin && arabic_latin.count(t.key)) r.anchors.push_back("l:" + t.key);
    }
  }
}

// Anchor ids of each sentence (sorted, each once) and in how many sentences each id occurs.
void intern_anchors(const std::vector<RawSentence>& raws, Interner& anchor_ids,
                    std::vector<SentenceFeatures>& out, std::vector<std::size_t>& df) {
  for (std::size_t i = 0; i < raws.size(); ++i) {
    std::vector<std::uint32_t>& ids = out[i].anchors;
    for (const std::string& a : raws[i].anchors)
      ids.push_back(anchor_ids.id(a));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::uint32_t id : ids) {
      if (df.size() <= id) df.resize(id + 1, 0);
      ++df[id];
    }
  }
}

// Interns the anchors, keeps only those found on both sides and weighs them by rarity.
void link_anchors(const std::vector<RawSentence>& raw_en, const std::vector<RawSentence>& raw_ar,
                  DocumentFeatures& doc) {
  Interner anchor_ids;
  std::vector<std::size_t> df_en, df_ar;
  intern_anchors(raw_en, anchor_ids, doc.en, df_en);
  intern_anchors(raw_ar, anchor_ids, doc.ar, df_ar);
  const std::vector<std::string> anchor_keys = anchor_ids.take();
  df_en.resize(anchor_keys.size(), 0);
  df_ar.resize(anchor_keys.size(), 0);
  std::vector<std::uint32_t> remap(anchor_keys.size(), UINT32_MAX);
  const double n_en = static_cast<double>(std::max<std::size_t>(raw_en.size(), 1));
  const double n_ar = static_cast<double>(std::max<std::size_t>(raw_ar.size(), 1));
  for (std::size_t id = 0; id < anchor_keys.size(); ++id) {
    if (df_en[id] == 0 || df_ar[id] == 0) continue;
    remap[id] = static_cast<std::uint32_t>(doc.anchors.size());
    const AnchorKind kind = kind_of(anchor_keys[id]);
    const KindParams& k = kKindParams[static_cast<std::size_t>(kind)];
    // log P(both hold it | translations) / P(both hold it | unrelated) with the second taken as
    // the chance of meeting it in a random sentence of the other side.
    const double rarity =
        std::min(n_ar / static_cast<double>(df_ar[id]), n_en / static_cast<double>(df_en[id]));
    double match = std::log(k.keep * rarity);
    if (anchor_keys[id].starts_with("nm2:")) match *= 0.5;
    AnchorInfo info{kind, static_cast<float>(std::clamp(match, 0.2, k.max_match)),
                    static_cast<float>(k.miss_en), static_cast<float>(k.miss_ar)};
    doc.anchors.push_back(info);
  }
  doc.linked_anchor_types = doc.anchors.size();
  for (auto* side : {&doc.en, &doc.ar}) {
    for (SentenceFeatures& s : *side) {
      std::vector<std::uint32_t> kept;
      for (std::uint32_t id : s.anchors) {
        if (remap[id] != UINT32_MAX) kept.push_back(remap[id]);
      }
      std::sort(kept.begin(), kept.end());
      s.anchors = std::move(kept);
    }
  }
}

// Unigram probabilities (add-one) for the lexical model's background.
std::vector<double> unigram_probabilities(const std::vector<SentenceFeatures>& side,
                                          std::size_t vocabulary) {
  std::vector<double> p(vocabulary, 1.0);
  double total = static_cast<double>(vocabulary);
  for (const SentenceFeatures& s : side) {
    for (std::uint32_t w : s.words) {
      p[w] += 1;
      total += 1;
    }
  }
  for (double& x : p)
    x /= total;
  return p;
}

// Page furniture of both sides: a kind both sides have anchors its lines to each other; a kind
// one side alone has marks its lines as probably without a counterpart.
void furniture_features(FurnitureRules& rules, const std::vector<std::string>& en,
                        const std::vector<std::string>& ar, bool anchors, DocumentFeatures& doc,
                        std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar) {
  std::vector<std::optional<std::uint32_t>> en_kind(en.size()), ar_kind(ar.size());
  std::vector<char> on_en(rules.kinds().size(), 0), on_ar(rules.kinds().size(), 0);
  for (std::size_t i = 0; i < en.size(); ++i) {
    en_kind[i] = rules.kind(en[i], Language::kEnglish);
    if (en_kind[i]) on_en[*en_kind[i]] = 1;
  }
  for (std::size_t j = 0; j < ar.size(); ++j) {
    ar_kind[j] = rules.kind(ar[j], Language::kArabic);
    if (ar_kind[j]) on_ar[*ar_kind[j]] = 1;
  }
  auto mark = [&](const std::vector<std::optional<std::uint32_t>>& kinds,
                  const std::vector<char>& other_side, std::vector<SentenceFeatures>& side,
                  std::vector<RawSentence>& raw) {
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      if (!kinds[k]) continue;
      side[k].furniture = rules.kinds()[*kinds[k]];
      if (!other_side[*kinds[k]]) {
        side[k].unmatched_furniture = true;
      } else if (anchors) {
        raw[k].anchors.push_back("f:" + std::to_string(*kinds[k]));
      }
    }
  };
  mark(en_kind, on_ar, doc.en, raw_en);
  mark(ar_kind, on_en, doc.ar, raw_ar);
}

}  // namespace

double text_length(std::string_view utf8) {
  double n = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t c = text::next_code_point(utf8, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == 0xA0) continue;
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) continue;
    n += 1;
  }
  return n;
}

struct FeatureExtractor::Impl {
  SentenceTokenizer tokenizer;
  NameAnchorFinder names;
  DictionaryAnchorFinder dictionary;
  std::unique_ptr<FurnitureRules> furniture;  // compiled on first use (a few milliseconds)
  std::unique_ptr<TermAnchorFinder> cldr;     // indexed on first use
};

namespace {

// Countries and time-zone cities of ICU's CLDR data as term pairs (proper nouns: the English
// must be capitalised, so "Chad" the country is not "chad").
std::vector<TermPair> cldr_place_names() {
  std::vector<TermPair> pairs;
  for (const text::CldrName& n : text::cldr_names()) {
    if (n.kind != text::CldrNameKind::kCountry && n.kind != text::CldrNameKind::kCity) continue;
    TermPair p;
    p.en = std::string(n.en);
    p.ar = std::string(n.ar);
    p.proper_noun = true;
    pairs.push_back(std::move(p));
  }
  return pairs;
}

}  // namespace

FeatureExtractor::FeatureExtractor() : impl_(std::make_unique<Impl>()) {}
FeatureExtractor::~FeatureExtractor() = default;
FeatureExtractor::FeatureExtractor(FeatureExtractor&&) noexcept = default;
FeatureExtractor& FeatureExtractor::operator=(FeatureExtractor&&) noexcept = default;

DocumentFeatures FeatureExtractor::extract(const std::vector<std::string>& en,
                                           const std::vector<std::string>& ar,
                                           const FeatureOptions& options) {
  DocumentFeatures doc;
  doc.en.resize(en.size());
  doc.ar.resize(ar.size());
  std::vector<RawSentence> raw_en(en.size()), raw_ar(ar.size());
  Interner en_words, ar_words;

  for (std::size_t i = 0; i < en.size(); ++i) {
    impl_->tokenizer.tokenize(en[i], raw_en[i]);
    const std::vector<Token>& tokens = raw_en[i].tokens;
    doc.en[i].length = text_length(en[i]);
    english_lexical_ids(tokens, en_words, doc.en[i].words);
    doc.en[i].connective_fragment = english_connective_fragment(tokens);
    if (options.anchors) english_sentence_anchors(tokens, raw_en[i].anchors);
  }

  std::unordered_set<std::string> arabic_latin;  // Latin tokens found in the Arabic text
  std::unordered_set<std::string> arabic_stems;  // for dictionary links
  for (std::size_t j = 0; j < ar.size(); ++j) {
    impl_->tokenizer.tokenize(ar[j], raw_ar[j]);
    const std::vector<Token>& tokens = raw_ar[j].tokens;
    doc.ar[j].length = text_length(ar[j]);
    arabic_lexical_ids(tokens, ar_words, doc.ar[j].words,
                       options.dictionary ? &arabic_stems : nullptr);
    doc.ar[j].connective_fragment = arabic_connective_fragment(tokens);
    if (options.anchors) arabic_sentence_anchors(tokens, raw_ar[j].anchors, arabic_latin);
  }

  if (options.furniture) {
    if (!impl_->furniture) impl_->furniture = std::make_unique<FurnitureRules>();
    furniture_features(*impl_->furniture, en, ar, options.anchors, doc, raw_en, raw_ar);
  }
  if (options.anchors) latin_anchors(arabic_latin, raw_en);
  if (options.anchors && options.glossary && !options.glossary->empty()) {
    glossary_anchors(*options.glossary, impl_->tokenizer, raw_en, raw_ar);
  }
  if (options.anchors && options.cldr_names) {
    if (!impl_->cldr) {
      impl_->cldr = std::make_unique<TermAnchorFinder>(cldr_place_names(), impl_->tokenizer, "c");
    }
    impl_->cldr->find(raw_en, raw_ar);
  }
  if (options.anchors && options.names) impl_->names.find(arabic_latin, raw_en, raw_ar);
  if (options.dictionary) {
    impl_->dictionary.find(*options.dictionary, arabic_stems, raw_en, raw_ar);
  }

  link_anchors(raw_en, raw_ar, doc);
  doc.en_word_prob = unigram_probabilities(doc.en, en_words.size());
  doc.ar_word_prob = unigram_probabilities(doc.ar, ar_words.size());
  doc.en_words = en_words.take();
  doc.ar_words = ar_words.take();
  return doc;
}

}  // namespace mizan::align::detail
