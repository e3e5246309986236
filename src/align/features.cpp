#include "features.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/english_forms.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "mizan/text/tokenize.hpp"
#include "mizan/text/transliterate.hpp"
#include "mizan/text/utf8.hpp"
#include "mizan/text/word_lists.hpp"

namespace mizan::align::detail {
namespace {

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_ascii_letter(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c);
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool all_ascii_letters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_ascii_letter);
}

// Arabic letters in matching-key form are two bytes each (U+0600-U+06FF).
std::size_t arabic_letters(std::string_view key) {
  return key.size() / 2;
}

// Strips one proclitic letter (و ب ل ف ك) when at least `min_rest` letters remain.
std::string_view strip_proclitic(std::string_view key, std::size_t min_rest = 3) {
  static constexpr std::array<std::string_view, 5> kProclitics = {"و", "ب", "ل", "ف", "ك"};
  for (std::string_view p : kProclitics) {
    if (key.size() >= p.size() + 2 * min_rest && key.substr(0, p.size()) == p) {
      return key.substr(p.size());
    }
  }
  return key;
}

bool english_function_word(std::string_view key) {
  return text::english_function_words().contains(key) || text::english_connectives().contains(key);
}
bool arabic_function_word(std::string_view key) {
  return text::arabic_function_words().contains(key) || text::arabic_connectives().contains(key);
}

// ---------------------------------------------------------------------------------------------

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

void add_number_anchors(const Token& t, std::vector<std::string>& anchors) {
  // Digit runs with inner separators: "2024", "1,000", "3.5"; "16s" gives 16.
  const std::string& k = t.key;
  for (std::size_t i = 0; i < k.size();) {
    if (!is_digit(k[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < k.size() && (is_digit(k[j]) || ((k[j] == ',' || k[j] == '.') && j + 1 < k.size() &&
                                               is_digit(k[j + 1])))) {
      ++j;
    }
    anchors.push_back("n:" + normalize_number(std::string_view(k).substr(i, j - i)));
    i = j;
  }
}

bool near_number(const std::vector<Token>& toks, std::size_t i) {
  return (i > 0 && toks[i - 1].number) || (i + 1 < toks.size() && toks[i + 1].number) ||
         (i + 2 < toks.size() && toks[i + 1].key == "." && toks[i + 2].number);
}

void english_date_anchors(const std::vector<Token>& toks, std::vector<std::string>& anchors) {
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.capitalized) continue;
    if (const text::CalendarName* m = text::english_month_names().find(t.key)) {
      if (!m->also_a_word || near_number(toks, i)) {
        anchors.push_back("m:" + std::to_string(m->number));
      }
      continue;
    }
    if (const text::CalendarName* d = text::english_weekday_names().find(t.key)) {
      anchors.push_back("w:" + std::to_string(d->number));
    }
  }
}

void arabic_date_anchors(const std::vector<Token>& toks, std::vector<std::string>& anchors) {
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].arabic) continue;
    const std::string_view whole = toks[i].key;
    const std::string_view bare = strip_proclitic(whole);
    const text::CalendarNames& months = text::arabic_month_names();
    if (i + 1 < toks.size()) {
      // كانون الثاني, تشرين الأول: a two-word month, the conjunction or preposition on the first.
      const text::CalendarName* m = months.find(whole, toks[i + 1].key);
      if (!m) m = months.find(bare, toks[i + 1].key);
      if (m) {
        anchors.push_back("m:" + std::to_string(m->number));
        ++i;
        continue;
      }
    }
    const text::CalendarName* m = months.find(whole);
    if (!m) m = months.find(bare);
    if (m) {
      if (!m->also_a_word || near_number(toks, i)) {
        anchors.push_back("m:" + std::to_string(m->number));
      }
      continue;
    }
    const text::CalendarName* d = text::arabic_weekday_names().find(whole);
    if (!d) d = text::arabic_weekday_names().find(bare);
    // الاثنين is also "the two": it counts only after يوم (day).
    if (d && (!d->also_a_word || (i > 0 && toks[i - 1].key == "يوم"))) {
      anchors.push_back("w:" + std::to_string(d->number));
    }
  }
}

// "F-16", "F-16s", "MQ-9", "A 10": up to three capitals, a hyphen or nothing, a number.
void english_letter_number_anchors(const std::vector<Token>& toks,
                                   std::vector<std::string>& anchors) {
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    const std::string_view raw = toks[i].raw;
    if (raw.size() > 3 || !std::all_of(raw.begin(), raw.end(), is_ascii_upper)) continue;
    std::size_t n = i + 1;
    if (toks[n].key == "-" && n + 1 < toks.size()) ++n;
    if (!toks[n].number) continue;
    std::string digits;
    for (char c : toks[n].key) {
      if (!is_digit(c)) break;
      digits += c;
    }
    anchors.push_back("ln:" + toks[i].key + digits);
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
    std::string digits;
    for (char c : toks[n].key) {
      if (!is_digit(c)) break;
      digits += c;
    }
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

// ---------------------------------------------------------------------------------------------
// Skeleton classes, one character each.

struct SkeletonBuilder {
  std::vector<std::string> alternatives{std::string()};
  void add(char cls) {
    for (std::string& s : alternatives) {
      if (s.empty() || s.back() != cls) s += cls;
    }
  }
  void add_either(std::string_view a, std::string_view b) {
    if (alternatives.size() >= 4) {
      for (char c : a)
        add(c);
      return;
    }
    std::vector<std::string> next;
    for (const std::string& s : alternatives) {
      for (std::string_view option : {a, b}) {
        std::string t = s;
        for (char c : option) {
          if (t.empty() || t.back() != c) t += c;
        }
        next.push_back(std::move(t));
      }
    }
    alternatives = std::move(next);
  }
};

// Mean translation LLRs and miss penalties per anchor kind, in nats. `keep` is the probability that
// a translation keeps an anchor of this kind (numbers and dates nearly always survive; a Latin
// acronym in the English is often spelled out in the Arabic, but a Latin token inside the Arabic
// comes from the English; transliterated-name skeletons collide with ordinary Arabic words, so an
// Arabic skeleton without partner says little). The values are judgement, checked by the ablation
// in the README, not fitted to the dev set.
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

std::vector<std::string> deletions(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size(); ++i)
    out.push_back(s.substr(0, i) + s.substr(i + 1));
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

std::string normalize_number(std::string_view digits) {
  // Thousands separators: "1,000", "1.000.000", "1,000.5". A single '.' or ',' followed by other
  // than exactly three digits is a decimal mark ("3.5", "3,5").
  std::vector<std::string_view> groups;
  std::vector<char> seps;
  std::size_t start = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (digits[i] == ',' || digits[i] == '.') {
      groups.push_back(digits.substr(start, i - start));
      seps.push_back(digits[i]);
      start = i + 1;
    }
  }
  groups.push_back(digits.substr(start));
  std::string out(groups[0]);
  for (std::size_t g = 1; g < groups.size(); ++g) {
    const bool thousands =
        groups[g].size() == 3 && (g + 1 < groups.size() || seps.size() > 1 || seps[g - 1] == ',');
    if (!thousands) out += '.';
    out += groups[g];
  }
  return out;
}

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

std::vector<std::string> consonant_skeletons(std::string_view w, bool english) {
  SkeletonBuilder b;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    const bool soft = next == 'e' || next == 'i' || next == 'y';
    if (!is_ascii_lower(c)) continue;
    if (next == 'h') {
      switch (c) {
        case 's':
          b.add('S');
          ++i;
          continue;
        case 't':
        case 'd':
          b.add('T');
          ++i;
          continue;
        case 'k':
        case 'g':
          b.add('K');
          ++i;
          continue;
        case 'p':
          b.add('F');
          ++i;
          continue;
        case 'c':
          if (english) {
            b.add_either("K", "TS");
          } else {
            b.add('K');
          }
          ++i;
          continue;
        default:
          break;
      }
    }
    switch (c) {
      case 'b':
      case 'p':
        b.add('B');
        break;
      case 'f':
      case 'v':
        b.add('F');
        break;
      case 't':
      case 'd':
        b.add('T');
        break;
      case 'k':
      case 'q':
        b.add('K');
        break;
      case 'c':
        if (next == 'k') {
          b.add('K');
          ++i;
        } else if (english && soft) {
          b.add_either("S", "K");
        } else {
          b.add('K');
        }
        break;
      case 'g':
        if (english && soft) {
          b.add_either("J", "K");
        } else {
          b.add('K');
        }
        break;
      case 'j':
        b.add('J');
        break;
      case 's':
      case 'z':
        b.add('S');
        break;
      case 'x':
        b.add('K');
        b.add('S');
        break;
      case 'l':
        b.add('L');
        break;
      case 'm':
        b.add('M');
        break;
      case 'n':
        b.add('N');
        break;
      case 'r':
        b.add('R');
        break;
      default:
        break;  // vowels, h, w, y: Arabic writes them, or not, as it pleases
    }
  }
  std::vector<std::string> out;
  for (std::string& s : b.alternatives) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  return out;
}

struct FeatureExtractor::Impl {
  text::WordTokenizer tokenizer;
  // Made on first use: ICU compiles its Arabic-Latin rules when the first one is created in a
  // process (about 150 million instructions, 40 ms), which a run without names need not pay.
  std::unique_ptr<text::ArabicTransliterator> transliterator;
  std::vector<text::Token> spans;
  const BilingualDictionary* indexed_dictionary = nullptr;
  std::unordered_map<std::string, std::vector<const DictionaryEntry*>> headwords;

  const text::ArabicTransliterator& romaniser() {
    if (!transliterator) transliterator = std::make_unique<text::ArabicTransliterator>();
    return *transliterator;
  }

  // Word tokens of `s` with their matching keys and the facts anchors look at.
  void tokenize(const std::string& s, RawSentence& out);
  void glossary_anchors(const std::vector<TermPair>& glossary, std::vector<RawSentence>& raw_en,
                        std::vector<RawSentence>& raw_ar);
  void name_anchors(const std::unordered_set<std::string>& arabic_latin,
                    std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar);
  void dictionary_anchors(const BilingualDictionary& dictionary,
                          const std::unordered_set<std::string>& arabic_stems,
                          std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar);
};

void FeatureExtractor::Impl::tokenize(const std::string& s, RawSentence& out) {
  tokenizer.tokenize(s, spans);
  out.tokens.reserve(spans.size());
  for (const text::Token& span : spans) {
    const std::string_view raw = std::string_view(s).substr(span.begin, span.end - span.begin);
    Token t;
    t.raw = raw;
    t.key = text::match_key(raw);
    t.capitalized = !raw.empty() && is_ascii_upper(raw[0]);
    t.latin = all_ascii_letters(t.key);
    t.arabic = text::is_arabic_word(t.key);
    t.number = !t.key.empty() && is_digit(t.key[0]);
    if (t.key.empty()) continue;
    out.tokens.push_back(std::move(t));
  }
}

// Glossary pairs: English word sequence; Arabic words matched under clitics.
void FeatureExtractor::Impl::glossary_anchors(const std::vector<TermPair>& glossary,
                                              std::vector<RawSentence>& raw_en,
                                              std::vector<RawSentence>& raw_ar) {
  struct Term {
    std::vector<std::string> en, ar;
    std::vector<bool> en_needs_capital;  // the text word must not be all lower case
    std::string anchor;
  };
  // Mirrors term recognition (src/term/recognizer.cpp): an acronym (two capitals or more, no
  // lower-case letter: US, ISIS) or a capitalised word of a proper noun (May, HaD) does not match
  // an all-lower-case word (us, may, had), which is far more often the ordinary word.
  const auto needs_capital = [](std::string_view raw, bool proper_noun) {
    const bool acronym = std::count_if(raw.begin(), raw.end(), is_ascii_upper) >= 2 &&
                         std::none_of(raw.begin(), raw.end(), is_ascii_lower);
    return acronym || (proper_noun && !raw.empty() && is_ascii_upper(raw[0]));
  };
  const auto all_lower = [](std::string_view raw) {
    return std::none_of(raw.begin(), raw.end(), is_ascii_upper);
  };
  std::vector<Term> terms;
  std::unordered_multimap<std::string, std::size_t> by_en_first, by_ar_first;
  for (const TermPair& p : glossary) {
    Term t;
    RawSentence e, a;
    tokenize(p.en, e);
    tokenize(p.ar, a);
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
    t.anchor = p.group == TermPair::kNoGroup ? "g:p" + std::to_string(terms.size())
                                             : "g:" + std::to_string(p.group);
    by_en_first.emplace(t.en[0], terms.size());
    by_ar_first.emplace(std::string(text::arabic_light_stem(t.ar[0])), terms.size());
    terms.push_back(std::move(t));
  }
  // The words of a sentence without the hyphens and dashes between them: a term's words are
  // its word tokens only, so "Deir ez-Zor" must meet "ez", "Zor" in "Deir ez-Zor" and in
  // "Deir ez Zor" alike (the tokenizer gives the hyphen a token of its own).
  const auto is_dash = [](std::string_view key) {
    return key == "-" || key == "\u2010" || key == "\u2011" || key == "\u2013" || key == "\u2014";
  };
  std::vector<const Token*> words;
  for (RawSentence& r : raw_en) {
    words.clear();
    for (const Token& tok : r.tokens) {
      if (!is_dash(tok.key)) words.push_back(&tok);
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      auto [b, e] = by_en_first.equal_range(words[k]->key);
      for (auto it = b; it != e; ++it) {
        const Term& term = terms[it->second];
        bool match = k + term.en.size() <= words.size();
        for (std::size_t q = 0; match && q < term.en.size(); ++q) {
          match = words[k + q]->key == term.en[q] &&
                  !(term.en_needs_capital[q] && all_lower(words[k + q]->raw));
        }
        if (match) r.anchors.push_back(term.anchor);
      }
    }
  }
  for (RawSentence& r : raw_ar) {
    words.clear();
    for (const Token& tok : r.tokens) {
      if (!is_dash(tok.key)) words.push_back(&tok);  // إيه-10, أرض-جو as إيه 10, أرض جو
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      const Token& word = *words[k];
      if (!word.arabic && !word.latin) continue;
      // The light stemmer keeps a single ب ل ك (بلد, لجنة): try the word without one too.
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
        auto [b, e] = by_ar_first.equal_range(stem);
        for (auto it = b; it != e; ++it) {
          if (std::find(candidates.begin(), candidates.end(), it->second) == candidates.end()) {
            candidates.push_back(it->second);
          }
        }
      }
      for (std::size_t term_id : candidates) {
        const Term& term = terms[term_id];
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

// Proper names: English capitalised words linked to Arabic words with the same consonant
// skeleton under ICU romanisation (one class may be missing on either side: Washington SNKTN
// / واشنطن SNTN). Sentence-initial capitals count only when the word is also capitalised
// elsewhere, so "During" or "From" at a sentence start is not taken for a name.
void FeatureExtractor::Impl::name_anchors(const std::unordered_set<std::string>& arabic_latin,
                                          std::vector<RawSentence>& raw_en,
                                          std::vector<RawSentence>& raw_ar) {
  // A word also written in lower case is a common word ("human", "state"), not a name.
  std::unordered_set<std::string> capitalised_inside, lower_case;
  for (const RawSentence& r : raw_en) {
    for (std::size_t k = 0; k < r.tokens.size(); ++k) {
      const Token& t = r.tokens[k];
      if (!t.latin) continue;
      if (!t.capitalized) lower_case.insert(t.key);
      if (k > 0 && t.capitalized) capitalised_inside.insert(t.key);
    }
  }
  std::unordered_map<std::string, std::vector<std::string>> en_name_skeletons;
  for (const RawSentence& r : raw_en) {
    for (std::size_t k = 0; k < r.tokens.size(); ++k) {
      const Token& t = r.tokens[k];
      if (!t.capitalized || !t.latin || t.key.size() < 3) continue;
      if (k == 0 && !capitalised_inside.count(t.key)) continue;
      if (text::english_month_names().find(t.key) || arabic_latin.count(t.key)) continue;
      if (lower_case.count(t.key) || text::english_function_words().contains(t.key)) continue;
      if (en_name_skeletons.count(t.key)) continue;
      std::vector<std::string> sk;
      for (std::string& s : consonant_skeletons(t.key, true)) {
        if (s.size() >= 2) sk.push_back(std::move(s));
      }
      if (!sk.empty()) en_name_skeletons.emplace(t.key, std::move(sk));
    }
  }
  // Arabic word forms -> skeletons (article and clitics stripped first).
  std::unordered_map<std::string, std::vector<std::string>> ar_form_skeletons;
  std::unordered_map<std::string, std::vector<std::string>> skeleton_forms;  // skeleton -> forms
  std::unordered_map<std::string, std::vector<std::string>> deletion_index;  // del -> skeletons
  if (!en_name_skeletons.empty()) {
    for (const RawSentence& r : raw_ar) {
      for (const Token& t : r.tokens) {
        if (!t.arabic || arabic_letters(t.key) < 3 || ar_form_skeletons.count(t.key)) continue;
        if (text::arabic_function_words().contains(t.key)) continue;
        const text::ArabicWordParts parts = text::split_arabic_word(t.key);
        std::vector<std::string> sk;
        for (std::string_view form :
             {std::string_view(t.key).substr(parts.prefix.size()), parts.stem}) {
          if (arabic_letters(form) < 2) continue;
          for (std::string& s : consonant_skeletons(romaniser().to_ascii(form), false)) {
            if (s.size() >= 2 && std::find(sk.begin(), sk.end(), s) == sk.end()) {
              sk.push_back(std::move(s));
            }
          }
        }
        for (const std::string& s : sk) {
          auto& forms = skeleton_forms[s];
          if (forms.empty() && s.size() >= 5) {
            for (std::string& d : deletions(s))
              deletion_index[d].push_back(s);
          }
          forms.push_back(t.key);
        }
        ar_form_skeletons.emplace(t.key, std::move(sk));
      }
    }
  }
  // Link: English word -> Arabic skeletons.
  std::unordered_map<std::string, std::vector<std::string>> skeleton_names;  // ar skel -> anchors
  std::unordered_map<std::string, std::string> name_anchor;                  // en word -> anchor
  for (const auto& [word, sks] : en_name_skeletons) {
    std::vector<std::string> linked;
    auto link = [&](const std::string& s) {
      if (skeleton_forms.count(s) && std::find(linked.begin(), linked.end(), s) == linked.end()) {
        linked.push_back(s);
      }
    };
    for (const std::string& s : sks)
      link(s);
    if (linked.empty()) {
      for (const std::string& s : sks) {
        if (s.size() < 5) continue;
        for (const std::string& d : deletions(s))
          link(d);
        auto it = deletion_index.find(s);
        if (it != deletion_index.end()) {
          for (const std::string& t : it->second)
            link(t);
        }
      }
    }
    if (linked.empty()) continue;
    // Two-consonant skeletons (Iraq RK, Syria SR) collide more often: a separate, weaker kind.
    const bool short_name = sks[0].size() < 3;
    const std::string anchor = (short_name ? "nm2:" : "nm:") + word;
    name_anchor.emplace(word, anchor);
    for (const std::string& s : linked)
      skeleton_names[s].push_back(anchor);
  }
  for (RawSentence& r : raw_en) {
    for (std::size_t k = 0; k < r.tokens.size(); ++k) {
      auto it = name_anchor.find(r.tokens[k].key);
      if (it != name_anchor.end() && r.tokens[k].capitalized) r.anchors.push_back(it->second);
    }
  }
  for (RawSentence& r : raw_ar) {
    for (const Token& t : r.tokens) {
      auto f = ar_form_skeletons.find(t.key);
      if (f == ar_form_skeletons.end()) continue;
      for (const std::string& s : f->second) {
        auto it = skeleton_names.find(s);
        if (it == skeleton_names.end()) continue;
        for (const std::string& a : it->second)
          r.anchors.push_back(a);
      }
    }
  }
}

// Dictionary: an English word and an Arabic stem among its translations, both in the document.
void FeatureExtractor::Impl::dictionary_anchors(const BilingualDictionary& dictionary,
                                                const std::unordered_set<std::string>& arabic_stems,
                                                std::vector<RawSentence>& raw_en,
                                                std::vector<RawSentence>& raw_ar) {
  // The headword index is built once per dictionary and kept for the next documents.
  if (indexed_dictionary != &dictionary) {
    headwords.clear();
    for (const DictionaryEntry& e : dictionary.entries) {
      headwords[text::match_key(e.headword)].push_back(&e);
    }
    indexed_dictionary = &dictionary;
  }
  std::unordered_set<std::string> en_vocab;
  for (const RawSentence& r : raw_en) {
    for (const Token& t : r.tokens) {
      if (t.latin && t.key.size() >= 2 && !text::english_function_words().contains(t.key))
        en_vocab.insert(t.key);
    }
  }
  std::unordered_map<std::string, std::vector<std::string>> stem_words;  // ar stem -> anchors
  for (const std::string& w : en_vocab) {
    for (const std::string& form : text::english_lookup_forms(w)) {
      auto it = headwords.find(form);
      if (it == headwords.end()) continue;
      std::unordered_set<std::string> stems;
      for (const DictionaryEntry* e : it->second) {
        for (const std::string& tr : e->translations) {
          std::string_view sense = tr;
          if (auto dash = sense.find(" - "); dash != std::string_view::npos) {
            sense = sense.substr(0, dash);
          }
          const std::string key = text::match_key(sense);
          std::size_t p = 0;
          while (p < key.size()) {
            std::size_t q = key.find(' ', p);
            if (q == std::string::npos) q = key.size();
            const std::string_view word = std::string_view(key).substr(p, q - p);
            p = q + 1;
            if (!text::is_arabic_word(word) || text::arabic_function_words().contains(word))
              continue;
            const std::string stem(text::arabic_light_stem(word));
            if (arabic_letters(stem) >= 2 && arabic_stems.count(stem)) stems.insert(stem);
          }
        }
      }
      const std::string anchor = "d:" + w;
      for (const std::string& s : stems)
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

  // Pass over the English side: tokens, lexical ids, numbers, dates, F-16, quotes.
  for (std::size_t i = 0; i < en.size(); ++i) {
    RawSentence& r = raw_en[i];
    impl_->tokenize(en[i], r);
    doc.en[i].length = text_length(en[i]);
    bool words = false, content = false;
    for (const Token& t : r.tokens) {
      if (t.latin || t.number || t.arabic) {
        words = true;
        content = content || !t.latin || !english_function_word(t.key);
      }
      if (t.latin) {
        doc.en[i].words.push_back(en_words.id(text::english_lexical_form(t.key)));
      } else if (t.number || t.arabic) {
        doc.en[i].words.push_back(en_words.id(t.key));
      }
      if (options.anchors && t.number) add_number_anchors(t, r.anchors);
    }
    doc.en[i].connective_fragment = words && !content;
    if (options.anchors) {
      english_date_anchors(r.tokens, r.anchors);
      english_letter_number_anchors(r.tokens, r.anchors);
      for (const Token& t : r.tokens) {
        if (t.key == "\"") {
          r.anchors.push_back("q");
          break;
        }
      }
    }
  }

  // Arabic side: clitic-split lexical tokens, Latin tokens, numbers, dates, إف-16, quotes.
  std::unordered_set<std::string> arabic_latin;  // Latin tokens found in the Arabic text
  std::unordered_set<std::string> arabic_stems;  // for dictionary links
  for (std::size_t j = 0; j < ar.size(); ++j) {
    RawSentence& r = raw_ar[j];
    impl_->tokenize(ar[j], r);
    doc.ar[j].length = text_length(ar[j]);
    bool words = false, content = false;
    for (const Token& t : r.tokens) {
      if (t.arabic || t.number || t.latin) words = true;
      if (t.number || t.latin) content = true;
      if (t.arabic) {
        const text::ArabicWordParts parts = text::split_arabic_word(t.key);
        if (!content) {
          // The word without its clitics (بالإضافة); the splitter leaves و and ف on function
          // words (ولذلك, فإن).
          std::string_view bare = t.key,
                           unprefixed = std::string_view(t.key).substr(parts.prefix.size());
          if (bare.starts_with("\u0648") || bare.starts_with("\u0641")) bare.remove_prefix(2);
          content = !(arabic_function_word(t.key) || arabic_function_word(bare) ||
                      arabic_function_word(unprefixed));
        }
        if (!parts.prefix.empty())
          doc.ar[j].words.push_back(ar_words.id(std::string(parts.prefix) + "+"));
        doc.ar[j].words.push_back(ar_words.id(std::string(parts.stem)));
        if (!parts.suffix.empty())
          doc.ar[j].words.push_back(ar_words.id("+" + std::string(parts.suffix)));
        if (options.dictionary) arabic_stems.insert(std::string(parts.stem));
      } else if (t.number || t.latin) {
        doc.ar[j].words.push_back(ar_words.id(t.key));
      }
      if (!options.anchors) continue;
      if (t.number) add_number_anchors(t, r.anchors);
      if (t.latin) {
        r.anchors.push_back("l:" + t.key);
        arabic_latin.insert(t.key);
      }
      if (t.key == "\"") r.anchors.push_back("q");
    }
    doc.ar[j].connective_fragment = words && !content;
    if (options.anchors) {
      arabic_date_anchors(r.tokens, r.anchors);
      arabic_letter_number_anchors(r.tokens, r.anchors);
    }
  }
  if (options.anchors) {
    for (RawSentence& r : raw_en) {
      for (const Token& t : r.tokens) {
        if (t.latin && arabic_latin.count(t.key)) r.anchors.push_back("l:" + t.key);
      }
    }
  }

  if (options.anchors && options.glossary && !options.glossary->empty()) {
    impl_->glossary_anchors(*options.glossary, raw_en, raw_ar);
  }

  if (options.anchors && options.names) impl_->name_anchors(arabic_latin, raw_en, raw_ar);

  if (options.dictionary) {
    impl_->dictionary_anchors(*options.dictionary, arabic_stems, raw_en, raw_ar);
  }

  // Intern anchors, keep only those found on both sides, weigh them by rarity.
  Interner anchor_ids;
  std::vector<std::size_t> df_en, df_ar;
  auto intern = [&](std::vector<RawSentence>& raws, std::vector<SentenceFeatures>& out,
                    std::vector<std::size_t>& df) {
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
  };
  intern(raw_en, doc.en, df_en);
  intern(raw_ar, doc.ar, df_ar);
  const std::vector<std::string> anchor_keys = anchor_ids.take();
  df_en.resize(anchor_keys.size(), 0);
  df_ar.resize(anchor_keys.size(), 0);
  std::vector<std::uint32_t> remap(anchor_keys.size(), UINT32_MAX);
  const double n_en = static_cast<double>(std::max<std::size_t>(en.size(), 1));
  const double n_ar = static_cast<double>(std::max<std::size_t>(ar.size(), 1));
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
    if (anchor_keys[id].rfind("nm2:", 0) == 0) match *= 0.5;
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

  // Unigram probabilities (add-one) for the lexical model's background.
  auto unigram = [](const std::vector<SentenceFeatures>& side, std::size_t vocab) {
    std::vector<double> p(vocab, 1.0);
    double total = static_cast<double>(vocab);
    for (const SentenceFeatures& s : side) {
      for (std::uint32_t w : s.words) {
        p[w] += 1;
        total += 1;
      }
    }
    for (double& x : p)
      x /= total;
    return p;
  };
  doc.en_word_prob = unigram(doc.en, en_words.size());
  doc.ar_word_prob = unigram(doc.ar, ar_words.size());
  doc.en_words = en_words.take();
  doc.ar_words = ar_words.take();
  return doc;
}

}  // namespace mizan::align::detail
