#include "mizan/term/extract.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "mizan/term/recognizer.hpp"
#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "mizan/text/utf8.hpp"
#include "mizan/text/word_lists.hpp"
#include "words.hpp"

namespace mizan::term {
namespace {

using detail::Unit;
using detail::UnitKind;

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Letters (code points with a non-empty key) at the start of `surface` that make up `letters`
// key letters; returns the byte length they take.
std::size_t surface_bytes_of_letters(std::string_view surface, std::size_t letters) {
  std::size_t i = 0;
  while (i < surface.size() && letters > 0) {
    const std::size_t start = i;
    text::next_code_point(surface, i);
    if (!text::match_key(surface.substr(start, i - start)).empty()) --letters;
  }
  // Marks written on the last removed letter go with it.
  while (i < surface.size()) {
    std::size_t next = i;
    text::next_code_point(surface, next);
    if (!text::match_key(surface.substr(i, next - i)).empty()) break;
    i = next;
  }
  return i;
}

// The first word of an Arabic n-gram without its conjunction or preposition, the article kept
// (وللقيادة -> القيادة): key form and written form.
std::pair<std::string, std::string> without_proclitics(std::string_view key,
                                                       std::string_view surface) {
  const std::string_view prefix = text::split_arabic_word(key).prefix;
  constexpr std::string_view kArticle = "ال", kLil = "لل";
  std::size_t drop_letters = text::count_code_points(prefix);
  std::string article;
  if (prefix.ends_with(kArticle)) {
    drop_letters -= 2;
  } else if (prefix.ends_with(kLil)) {
    article = std::string(kArticle);  // ل + ال is written لل
  }
  if (drop_letters == 0 && article.empty()) return {std::string(key), std::string(surface)};
  const std::size_t key_drop = 2 * drop_letters;  // Arabic letters: two bytes each in keys
  return {article + std::string(key.substr(key_drop)),
          article + std::string(surface.substr(surface_bytes_of_letters(surface, drop_letters)))};
}

constexpr std::uint32_t kNoNgram = std::numeric_limits<std::uint32_t>::max();

struct NgramTable {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::size_t> units;                                     // per id: units containing it
  std::vector<std::unordered_map<std::string, std::size_t>> written;  // per id: surface -> count
  std::vector<std::string> keys;

  std::uint32_t intern(const std::string& key) {
    const auto [it, added] = ids.emplace(key, static_cast<std::uint32_t>(units.size()));
    if (added) {
      units.push_back(0);
      written.emplace_back();
      keys.push_back(key);
    }
    return it->second;
  }
  std::string best_written(std::uint32_t id) const {
    std::string best;
    std::size_t n = 0;
    for (const auto& [s, c] : written[id]) {
      if (c > n || (c == n && s < best)) {
        best = s;
        n = c;
      }
    }
    return best;
  }
};

double xlogx_term(double k, double expected) {
  return k > 0 ? k * std::log(k / expected) : 0.0;
}

// Dunning's G² for a 2x2 contingency table of unit counts.
double log_likelihood(double k11, double k1_, double k_1, double n) {
  const double k12 = k1_ - k11, k21 = k_1 - k11, k22 = n - k1_ - k_1 + k11;
  const double k2_ = n - k1_, k_2 = n - k_1;
  return 2.0 * (xlogx_term(k11, k1_ * k_1 / n) + xlogx_term(k12, k1_ * k_2 / n) +
                xlogx_term(k21, k2_ * k_1 / n) + xlogx_term(k22, k2_ * k_2 / n));
}

bool contains_words(const std::string& longer, const std::string& shorter) {
  if (longer.size() <= shorter.size()) return false;
  const std::string l = " " + longer + " ", s = " " + shorter + " ";
  return l.find(s) != std::string::npos;
}

// How often an English and an Arabic n-gram share a unit, and the first units they share.
struct PairCount {
  std::size_t count = 0;
  std::vector<std::int64_t> examples;
};
// Keyed by (English id << 32 | Arabic id).
using PairCounts = std::unordered_map<std::uint64_t, PairCount>;

// The Arabic n-grams once each و or ف at the start of one is decided (conjunction_resolved):
// per id, the id it counts as, and units per id.
struct ArabicCounts {
  std::vector<std::uint32_t> id_of;
  std::vector<std::size_t> units;

  // A unit's n-grams as counted, each once.
  void of_unit(const std::vector<std::uint32_t>& ids, std::vector<std::uint32_t>& out) const {
    out.clear();
    for (std::uint32_t id : ids) {
      if (std::find(out.begin(), out.end(), id_of[id]) == out.end()) out.push_back(id_of[id]);
    }
  }
};

struct ScoredPair {
  std::uint32_t e, a;
  const PairCount* pair;
  double llr, dice;
};

}  // namespace

struct Extractor::Impl {
  ExtractOptions options;
  text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;
  std::vector<Unit> units;
  NgramTable english, arabic;
  std::vector<std::vector<std::uint32_t>> unit_english, unit_arabic;
  std::vector<std::int64_t> unit_ids;

  ArabicCounts conjunction_resolved() const;
  PairCounts count_pairs(const ArabicCounts& ar) const;
  std::vector<ScoredPair> score_pairs(const PairCounts& pairs, const ArabicCounts& ar) const;
  void rank_pairs(std::vector<ScoredPair>& scored) const;
  Candidate make_candidate(const ScoredPair& s, const ArabicCounts& ar) const;

  // Arabic n-grams whose first word begins with و or ف, counted under the word as written
  // (فلوريدا): -> the same n-gram with the letter taken as a conjunction (لوريدا). Which one
  // stands is decided when candidates are made (conjunction_resolved), once the whole text has
  // been seen.
  std::unordered_map<std::uint32_t, std::uint32_t> with_conjunction;
  // Arabic first words (article and proclitics off) seen without a lone و or ف before them.
  std::unordered_set<std::string> words_without_conjunction;

  // The first word of an n-gram at unit i: key (article off) and written form, with its و or ف
  // taken as a conjunction or, with `keep_conjunction`, as written.
  std::pair<std::string, std::string> first_word(std::size_t i, std::string_view text,
                                                 bool keep_conjunction) const {
    const std::string_view surface = text.substr(units[i].begin, units[i].end - units[i].begin);
    if (keep_conjunction) return {units[i].key, std::string(surface)};
    auto [key, written] = without_proclitics(units[i].key, surface);
    return {std::string(detail::without_arabic_article(key)), std::move(written)};
  }

  void ngrams(std::string_view text, Language lang, NgramTable& table,
              std::vector<std::uint32_t>& out) {
    detail::make_units(text, lang, tokenizer, tokens, units);
    std::unordered_set<std::uint32_t> seen;
    for (std::size_t i = 0; i < units.size(); ++i) {
      if (units[i].kind != UnitKind::kWord) continue;
      const bool arabic = lang == Language::kArabic;
      const std::string_view prefix =
          arabic ? text::split_arabic_word(units[i].key).prefix : std::string_view();
      const bool lone_conjunction = prefix == "و" || prefix == "ف";
      if (arabic && !lone_conjunction)
        words_without_conjunction.insert(first_word(i, text, false).first);
      // As written (the n-gram counted) and, for a lone و or ف, as a conjunction (recorded).
      std::vector<std::uint32_t> written_ids(options.max_words + 1, kNoNgram);
      for (const bool as_written : {true, false}) {
        if (!as_written && !lone_conjunction) break;
        std::string key, written;
        std::tie(key, written) =
            arabic ? first_word(i, text, lone_conjunction && as_written)
                   : std::pair<std::string, std::string>(
                         units[i].key, text.substr(units[i].begin, units[i].end - units[i].begin));
        const std::string first_written = written;
        for (std::size_t n = 1; n <= options.max_words && i + n <= units.size(); ++n) {
          const Unit& last = units[i + n - 1];
          if (last.kind != UnitKind::kWord) break;
          if (n > 1) {
            // Arabic n-grams are keyed without the article on any word, so that the definite
            // and indefinite forms of a term (قاعدة البيانات / قاعدة بيانات) count as one.
            key +=
                ' ' + (arabic ? std::string(detail::without_arabic_article(last.key)) : last.key);
            written =
                first_written + std::string(text.substr(units[i].end, last.end - units[i].end));
          }
          const std::string_view first_key = units[i].key, last_key = last.key;
          const bool stop_edge = !arabic ? text::english_term_edge_words().contains(first_key) ||
                                               text::english_term_edge_words().contains(last_key)
                                         : text::arabic_term_edge_words().contains(first_key) ||
                                               text::arabic_term_edge_words().contains(last_key) ||
                                               text::count_code_points(first_key) < 2 ||
                                               text::count_code_points(last_key) < 2;
          if (stop_edge || all_digits(first_key) || all_digits(last_key)) continue;
          if (n == 1 && text::count_code_points(key) < 3) continue;
          const std::uint32_t id = table.intern(key);
          ++table.written[id][written];
          if (!as_written) {
            if (written_ids[n] != kNoNgram) with_conjunction.emplace(written_ids[n], id);
            continue;
          }
          written_ids[n] = id;
          if (seen.insert(id).second) {
            ++table.units[id];
            out.push_back(id);
          }
        }
      }
    }
  }
};

Extractor::Extractor(ExtractOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
Extractor::~Extractor() = default;

void Extractor::add(const TranslationUnit& unit) {
  Impl& x = *impl_;
  x.unit_english.emplace_back();
  x.unit_arabic.emplace_back();
  x.unit_ids.push_back(unit.id);
  x.ngrams(unit.en, Language::kEnglish, x.english, x.unit_english.back());
  x.ngrams(unit.ar, Language::kArabic, x.arabic, x.unit_arabic.back());
}

// An n-gram starting with و or ف counts as the n-gram after the conjunction (وجبال حمرين as
// جبال حمرين) when that word is attested without it elsewhere in the text, or when the word with
// the letter is no recurring word of its own; otherwise the letter belongs to the word
// (فلوريدا recurs in every TAMPA, Fla. dateline and لوريدا is never seen: TAMPA -> فلوريدا).
ArabicCounts Extractor::Impl::conjunction_resolved() const {
  ArabicCounts ar;
  ar.id_of.resize(arabic.keys.size());
  for (std::uint32_t id = 0; id < ar.id_of.size(); ++id)
    ar.id_of[id] = id;
  auto first_of = [](const std::string& key) { return key.substr(0, key.find(' ')); };
  for (const auto& [written, without] : with_conjunction) {
    const auto word = arabic.ids.find(first_of(arabic.keys[written]));
    const bool recurring_word = word != arabic.ids.end() && arabic.units[word->second] >= 2;
    if (words_without_conjunction.count(first_of(arabic.keys[without])) || !recurring_word)
      ar.id_of[written] = without;
  }
  ar.units.assign(arabic.keys.size(), 0);
  std::vector<std::uint32_t> unit_ar;
  for (const std::vector<std::uint32_t>& ids : unit_arabic) {
    ar.of_unit(ids, unit_ar);
    for (std::uint32_t id : unit_ar)
      ++ar.units[id];
  }
  return ar;
}

// Co-occurrence counts of the n-grams frequent enough on both sides.
PairCounts Extractor::Impl::count_pairs(const ArabicCounts& ar) const {
  const ExtractOptions& o = options;
  PairCounts pairs;
  std::vector<std::uint32_t> unit_ar;
  for (std::size_t u = 0; u < unit_ids.size(); ++u) {
    ar.of_unit(unit_arabic[u], unit_ar);
    for (std::uint32_t e : unit_english[u]) {
      if (english.units[e] < o.min_pair_count) continue;
      for (std::uint32_t a : unit_ar) {
        if (ar.units[a] < o.min_pair_count) continue;
        PairCount& p = pairs[(static_cast<std::uint64_t>(e) << 32) | a];
        ++p.count;
        if (p.examples.size() < o.max_examples) p.examples.push_back(unit_ids[u]);
      }
    }
  }
  return pairs;
}

// Pairs seen often enough, scored by log-likelihood ratio and Dice; positive association only:
// a pair seen together less often than chance is no candidate.
std::vector<ScoredPair> Extractor::Impl::score_pairs(const PairCounts& pairs,
                                                     const ArabicCounts& ar) const {
  const double n = static_cast<double>(unit_ids.size());
  std::vector<ScoredPair> scored;
  for (const auto& [key, p] : pairs) {
    if (p.count < options.min_pair_count) continue;
    const auto e = static_cast<std::uint32_t>(key >> 32), a = static_cast<std::uint32_t>(key);
    const double ce = static_cast<double>(english.units[e]), ca = static_cast<double>(ar.units[a]);
    const double k = static_cast<double>(p.count);
    if (k * n <= ce * ca) continue;
    scored.push_back({e, a, &p, log_likelihood(k, ce, ca, n), 2.0 * k / (ce + ca)});
  }
  return scored;
}

// Best association first; between pairs with the same counts (same score), the one with more
// words: "Hamrin Mountains" / "جبال حمرين" before "Hamrin Mountains" / "جبال".
void Extractor::Impl::rank_pairs(std::vector<ScoredPair>& scored) const {
  auto words = [&](const ScoredPair& p) {
    return std::count(english.keys[p.e].begin(), english.keys[p.e].end(), ' ') +
           std::count(arabic.keys[p.a].begin(), arabic.keys[p.a].end(), ' ');
  };
  std::sort(scored.begin(), scored.end(), [&](const ScoredPair& l, const ScoredPair& r) {
    if (std::abs(l.llr - r.llr) > 1e-9) return l.llr > r.llr;
    if (std::abs(l.dice - r.dice) > 1e-9) return l.dice > r.dice;
    if (words(l) != words(r)) return words(l) > words(r);
    return english.keys[l.e] + arabic.keys[l.a] < english.keys[r.e] + arabic.keys[r.a];
  });
}

namespace {

// A pair whose one side almost always continues into a longer n-gram with the same partner is
// replaced by that longer pair (database / قاعدة -> database / قاعدة بيانات): the longer one loses
// a little on count, so on score, but is the term: at least 3/4 of the shorter pair's count and
// score (a guess that keeps "dead keys / بدون مفاتيح ميتة" out).
class PairExtender {
 public:
  PairExtender(const std::vector<ScoredPair>& scored, const std::vector<std::string>& en_keys,
               const std::vector<std::string>& ar_keys)
      : en_keys_(en_keys), ar_keys_(ar_keys) {
    for (const ScoredPair& s : scored) {
      by_en_[s.e].push_back(&s);
      by_ar_[s.a].push_back(&s);
    }
  }

  const ScoredPair* extend(const ScoredPair* s) const {
    for (bool grew = true; grew;) {
      const ScoredPair* best = s;
      best = longest(*s, by_en_.at(s->e), best,
                     [&](const ScoredPair& p) -> const std::string& { return ar_keys_[p.a]; });
      best = longest(*s, by_ar_.at(s->a), best,
                     [&](const ScoredPair& p) -> const std::string& { return en_keys_[p.e]; });
      grew = best != s;
      s = best;
    }
    return s;
  }

 private:
  static constexpr double kExtensionShare = 0.75;

  // Among `pairs` (sharing one side with s), the one whose other side (`side`) contains s's and
  // is longer than best's, keeping kExtensionShare of s's count and score; else best.
  template <typename Side>
  static const ScoredPair* longest(const ScoredPair& s, const std::vector<const ScoredPair*>& pairs,
                                   const ScoredPair* best, Side side) {
    for (const ScoredPair* t : pairs) {
      if (contains_words(side(*t), side(s)) &&
          t->pair->count >= kExtensionShare * static_cast<double>(s.pair->count) &&
          t->llr >= kExtensionShare * s.llr && side(*t).size() > side(*best).size())
        best = t;
    }
    return best;
  }

  const std::vector<std::string>& en_keys_;
  const std::vector<std::string>& ar_keys_;
  std::unordered_map<std::uint32_t, std::vector<const ScoredPair*>> by_en_, by_ar_;
};

// The glossary already pairs `en` and `ar`: each is one whole term, of one concept.
bool is_known(const Recognizer& recognizer, const std::string& en, const std::string& ar) {
  const auto em = recognizer.find(en, Language::kEnglish);
  const auto am = recognizer.find(ar, Language::kArabic);
  if (em.size() != 1 || am.size() != 1 || em[0].begin != 0 || em[0].end != en.size() ||
      am[0].begin != 0 || am[0].end != ar.size())
    return false;
  for (const TermHit& h : em[0].hits) {
    for (const TermHit& k : am[0].hits) {
      if (recognizer.concept_of(h.entry) == recognizer.concept_of(k.entry)) return true;
    }
  }
  return false;
}

// Nested in a longer accepted pair that it never occurs without: not a term of its own.
bool nested_in_accepted(const ScoredPair& s, const std::vector<const ScoredPair*>& accepted,
                        const std::vector<std::string>& en, const std::vector<std::string>& ar) {
  return std::any_of(accepted.begin(), accepted.end(), [&](const ScoredPair* a) {
    return a->pair->count == s.pair->count &&
           (contains_words(en[a->e], en[s.e]) || en[a->e] == en[s.e]) &&
           (contains_words(ar[a->a], ar[s.a]) || ar[a->a] == ar[s.a]);
  });
}

}  // namespace

Candidate Extractor::Impl::make_candidate(const ScoredPair& s, const ArabicCounts& ar) const {
  Candidate c;
  c.en = english.best_written(s.e);
  c.ar = arabic.best_written(s.a);
  c.pair_count = s.pair->count;
  c.en_count = english.units[s.e];
  c.ar_count = ar.units[s.a];
  c.log_likelihood = s.llr;
  c.dice = s.dice;
  c.examples = s.pair->examples;
  return c;
}

std::vector<Candidate> Extractor::candidates(const Glossary* glossary) const {
  const Impl& x = *impl_;
  const ArabicCounts ar = x.conjunction_resolved();
  const PairCounts pairs = x.count_pairs(ar);
  std::vector<ScoredPair> scored = x.score_pairs(pairs, ar);
  x.rank_pairs(scored);
  std::unique_ptr<Recognizer> recognizer;
  if (glossary != nullptr) recognizer = std::make_unique<Recognizer>(*glossary);
  const PairExtender extender(scored, x.english.keys, x.arabic.keys);

  // Best first, each n-gram in one candidate at most.
  std::unordered_set<std::uint32_t> linked_en, linked_ar;
  std::vector<const ScoredPair*> accepted;
  std::vector<Candidate> out;
  for (const ScoredPair& original : scored) {
    if (out.size() >= x.options.top) break;
    if (linked_en.count(original.e) || linked_ar.count(original.a)) continue;
    const ScoredPair& s = *extender.extend(&original);
    if (linked_en.count(s.e) || linked_ar.count(s.a)) continue;
    // Placeholders and Latin names copied into the Arabic (PRODUCTNAME, CENTCOM) are no
    // renderings: an entry needs an Arabic letter (term::entry_problem).
    if (std::ranges::none_of(text::CodePoints(x.arabic.keys[s.a]), text::is_core_arabic)) continue;
    if (nested_in_accepted(s, accepted, x.english.keys, x.arabic.keys)) continue;
    linked_en.insert(s.e);
    linked_ar.insert(s.a);
    accepted.push_back(&s);
    Candidate c = x.make_candidate(s, ar);
    c.known = recognizer && is_known(*recognizer, c.en, c.ar);
    if (c.known && !x.options.include_known) continue;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace mizan::term
