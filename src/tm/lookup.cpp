// Lookup and concordance over the SQLite store.
//
// Exact tiers come from tu_key (hash of the loose key, verified against the text). Fuzzy
// candidates come from the inverted index: every unit sharing index terms with the query gets
// the sum of those terms' inverse document frequencies, and the best kFuzzyCandidates are scored
// with the word edit distance (fuzzy.hpp). The README ("Translation memory") has the
// measurements that chose this over SQLite FTS5 and over a character-trigram index.

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "hash.hpp"
#include "index_terms.hpp"
#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/match_key.hpp"
#include "postings.hpp"
#include "sqlite_store.hpp"

namespace mizan::tm {
namespace {

/// Candidates rescored per fuzzy query. Rescoring one costs ~5 us (read, tokenise, align); 50
/// keep the best match in the candidate list for all but a few of the benchmark queries (README).
constexpr std::size_t kFuzzyCandidates = 50;

/// Terms in more than this share of the units ("the", "of", "في", "من") are not used to find
/// candidates unless the query has nothing rarer: their weight is small and their posting lists
/// are the long ones. 5% keeps the cost of a query bounded at 1M units (README).
constexpr double kCommonTermShare = 0.05;
/// ... but the rarest few terms of a query are always used, common or not.
constexpr std::size_t kAlwaysUsedTerms = 3;

std::string_view side_of(const TranslationUnit& u, Language lang) {
  return lang == Language::kEnglish ? u.en : u.ar;
}

bool is_arabic_word(std::string_view key) {
  if (key.size() < 2) return false;
  const auto b = static_cast<unsigned char>(key[0]);
  return b == 0xD8 || b == 0xD9;
}

// Does text word `t` stand for phrase word `p` in a concordance?
bool concordance_word_matches(const Word& t, const Word& p) {
  if (t.key == p.key) return true;
  if (t.is_number || p.is_number) return false;
  if (is_arabic_word(p.key)) return text::is_arabic_clitic_form(t.key, p.key);
  return t.stem == p.stem;
}

}  // namespace

void SqliteStore::posting_list(Language lang, std::int64_t term, std::vector<std::uint32_t>& out) {
  sqlite::Stmt& s =
      statement("SELECT ids FROM tu_posting WHERE lang = ? AND term = ? ORDER BY first");
  s.bind(1, static_cast<std::int64_t>(lang_column(lang))).bind(2, term);
  while (s.step()) {
    if (!postings::decode(s.blob(0), out)) {
      s.reset();
      throw Error(ExitCode::kDataError,
                  "the fuzzy-match index is damaged (a posting block "
                  "does not decode); the database needs rebuilding",
                  {.file = db_.path()});
    }
  }
  s.reset();
}

std::int64_t SqliteStore::document_frequency(Language lang, std::int64_t term) {
  sqlite::Stmt& s =
      statement("SELECT coalesce(sum(n), 0) FROM tu_posting WHERE lang = ? AND term = ?");
  s.bind(1, static_cast<std::int64_t>(lang_column(lang))).bind(2, term);
  const std::int64_t df = s.step() ? s.int64(0) : 0;
  s.reset();
  return df;
}

std::vector<std::int64_t> SqliteStore::fuzzy_candidates(std::string_view loose_key, Language lang,
                                                        std::size_t count) {
  std::vector<std::int64_t> terms;
  index_terms(loose_key, terms);
  struct Term {
    std::int64_t hash;
    std::int64_t df;
  };
  std::vector<Term> used;
  for (const std::int64_t t : terms) {
    const std::int64_t df = document_frequency(lang, t);
    if (df > 0) used.push_back({t, df});
  }
  std::sort(used.begin(), used.end(), [](const Term& a, const Term& b) { return a.df < b.df; });
  const std::int64_t n = max_unit_id();
  const auto common = static_cast<std::int64_t>(kCommonTermShare * static_cast<double>(n));
  // One score per unit id, kept between lookups: measured faster than a hash table sized by
  // the query's postings (queries with common terms read hundreds of thousands of them).
  if (scores_.size() < static_cast<std::size_t>(n) + 1) scores_.resize(n + 1, 0.0F);
  touched_.clear();
  for (std::size_t i = 0; i < used.size(); ++i) {
    if (i >= kAlwaysUsedTerms && used[i].df > common) break;
    // Robertson/Sparck Jones IDF, kept positive for terms in more than half the units.
    const auto idf = static_cast<float>(
        std::log(1.0 + static_cast<double>(n) / static_cast<double>(used[i].df)));
    ids_.clear();
    posting_list(lang, used[i].hash, ids_);
    for (const std::uint32_t id : ids_) {
      if (id >= scores_.size()) continue;
      if (scores_[id] == 0.0F) touched_.push_back(id);
      scores_[id] += idf;
    }
  }
  const std::size_t keep = std::min(count, touched_.size());
  std::partial_sort(touched_.begin(), touched_.begin() + static_cast<std::ptrdiff_t>(keep),
                    touched_.end(), [&](std::uint32_t a, std::uint32_t b) {
                      return scores_[a] != scores_[b] ? scores_[a] > scores_[b] : a > b;
                    });
  std::vector<std::int64_t> out(touched_.begin(),
                                touched_.begin() + static_cast<std::ptrdiff_t>(keep));
  for (const std::uint32_t id : touched_)
    scores_[id] = 0.0F;
  touched_.clear();
  return out;
}

bool SqliteStore::has_context(std::int64_t id, Language lang, std::string_view previous_loose) {
  sqlite::Stmt& s = statement(lang == Language::kEnglish ? "SELECT prev_en FROM tu WHERE id = ?"
                                                         : "SELECT prev_ar FROM tu WHERE id = ?");
  s.bind(1, id);
  const bool first = s.step() && text::loose_key(s.text(0)) == previous_loose;
  s.reset();
  if (first) return true;
  // Any further occurrence of the unit with that previous segment.
  sqlite::Stmt& o = statement(lang == Language::kEnglish
                                  ? "SELECT 1 FROM tu_origin WHERE tu = ? AND prev_en_hash = ?"
                                  : "SELECT 1 FROM tu_origin WHERE tu = ? AND prev_ar_hash = ?");
  o.bind(1, id).bind(2, key_hash32(previous_loose));
  const bool other = o.step();
  o.reset();
  return other;
}

std::vector<Match> SqliteStore::lookup(std::string_view query_text, const LookupOptions& options) {
  const std::string query = normalise_segment(query_text);
  std::vector<Match> matches;
  if (query.empty() || options.max_results == 0) return matches;
  const Language lang = options.from;
  // One snapshot for the whole lookup, even while another process commits.
  sqlite::Txn snapshot(db_, sqlite::Txn::Mode::kRead);
  const std::string loose = text::loose_key(query);
  const std::string previous = normalise_segment(options.previous);
  const std::string previous_loose = previous.empty() ? std::string() : text::loose_key(previous);

  // Exact tiers: verify each unit with the key's hash on its text; load the unit only when it
  // is kept (a short catalog string can share its English with many units).
  struct Exact {
    std::int64_t id;
    int score;
    std::size_t surface;
    std::int64_t usage;
  };
  std::vector<Exact> exact;
  std::unordered_set<std::int64_t> seen;
  // The candidates' source side and usage count, without loading whole units.
  sqlite::Stmt& read = statement(lang == Language::kEnglish
                                     ? "SELECT en, coalesce(usage_count, 0) FROM tu WHERE id = ?"
                                     : "SELECT ar, coalesce(usage_count, 0) FROM tu WHERE id = ?");
  for (const std::int64_t id : units_with_key(lang, key_hash32(loose))) {
    read.bind(1, id);
    if (!read.step()) {
      read.reset();
      continue;
    }
    const std::string source(read.text(0));
    const std::int64_t usage = read.int64(1);
    read.reset();
    int score = 0;
    if (source == query) {
      score = 100;
    } else if (text::loose_key(source) == loose) {
      score = 99;
    } else {
      continue;  // a hash collision
    }
    if (score == 100 && !previous_loose.empty() && has_context(id, lang, previous_loose))
      score = 101;
    seen.insert(id);
    exact.push_back({id, score, score == 99 ? surface_distance(query, source) : 0, usage});
  }
  std::sort(exact.begin(), exact.end(), [](const Exact& a, const Exact& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.surface != b.surface) return a.surface < b.surface;
    if (a.usage != b.usage) return a.usage > b.usage;
    return a.id > b.id;
  });
  for (const Exact& e : exact) {
    if (matches.size() >= options.max_results) break;
    std::optional<TranslationUnit> unit = get(e.id);
    if (!unit) continue;
    Match m;
    m.score = e.score;
    m.kind = e.score == 101   ? MatchKind::kContext
             : e.score == 100 ? MatchKind::kExact
                              : MatchKind::kNearExact;
    m.rank = e.score;
    m.unit = std::move(*unit);
    matches.push_back(std::move(m));
  }

  std::vector<Word> query_words = analyzer_.analyze(query);
  if (!query_words.empty() && matches.size() < options.max_results) {
    struct Scored {
      std::int64_t id;
      FuzzyScore score;
      std::string source;
      std::int64_t usage;
      std::size_t surface = 0;  // surface_distance to the query, for ties only
    };
    std::vector<Scored> scored;
    std::vector<Word> words;
    for (const std::int64_t id : fuzzy_candidates(loose, lang, kFuzzyCandidates)) {
      if (seen.count(id) != 0) continue;
      read.bind(1, id);
      if (!read.step()) {
        read.reset();
        continue;
      }
      std::string source(read.text(0));
      const std::int64_t usage = read.int64(1);
      read.reset();
      analyzer_.analyze(source, words);
      if (best_possible_percent(query_words.size(), words.size()) < options.min_score) continue;
      FuzzyScore s = fuzzy_score(query_words, words);
      if (s.percent >= options.min_score) {
        scored.push_back({id, std::move(s), std::move(source), usage});
      }
    }
    // Equal word scores are frequent (a template with several fillings): the one that also
    // agrees with the query in case, punctuation and diacritics goes first. Decided here, on the
    // source texts already read, so that only the units kept are loaded.
    for (Scored& x : scored) {
      const bool tied = std::any_of(scored.begin(), scored.end(), [&](const Scored& o) {
        return &o != &x && o.score.rank == x.score.rank;
      });
      if (tied) x.surface = surface_distance(query, x.source);
    }
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
      if (a.score.rank != b.score.rank) return a.score.rank > b.score.rank;
      if (a.surface != b.surface) return a.surface < b.surface;
      if (a.usage != b.usage) return a.usage > b.usage;
      return a.id > b.id;
    });
    for (const Scored& s : scored) {
      if (matches.size() >= options.max_results) break;
      std::optional<TranslationUnit> unit = get(s.id);
      if (!unit) continue;
      Match m;
      m.kind = MatchKind::kFuzzy;
      m.score = s.score.percent;
      m.rank = s.score.rank;
      m.unit = std::move(*unit);
      matches.push_back(std::move(m));
    }
  }

  // Best first. Equal scores (several 99% matches, ties kept above): the match that also
  // agrees in case, punctuation and diacritics, then the unit used most, then the most recent.
  std::vector<std::size_t> surface(matches.size(), 0);
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const bool tied = std::any_of(matches.begin(), matches.end(), [&](const Match& o) {
      return &o != &matches[i] && o.rank == matches[i].rank;
    });
    if (tied) surface[i] = surface_distance(query, side_of(matches[i].unit, lang));
  }
  std::vector<std::size_t> order(matches.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Match& a = matches[x];
    const Match& b = matches[y];
    if (a.rank != b.rank) return a.rank > b.rank;
    if (surface[x] != surface[y]) return surface[x] < surface[y];
    if (a.unit.usage_count != b.unit.usage_count) return a.unit.usage_count > b.unit.usage_count;
    if (a.unit.changed != b.unit.changed) return a.unit.changed > b.unit.changed;
    return a.unit.id > b.unit.id;
  });
  std::vector<Match> sorted;
  sorted.reserve(matches.size());
  for (const std::size_t i : order)
    sorted.push_back(std::move(matches[i]));
  matches = std::move(sorted);
  if (matches.size() > options.max_results) matches.resize(options.max_results);
  for (Match& m : matches) {
    m.query_words = query_words;
    m.match_words = analyzer_.analyze(side_of(m.unit, lang));
    m.edits = fuzzy_score(m.query_words, m.match_words, /*with_edits=*/true).edits;
  }
  return matches;
}

ConcordanceResult SqliteStore::concordance(std::string_view phrase_text,
                                           const ConcordanceOptions& options) {
  ConcordanceResult result;
  const std::string phrase = normalise_segment(phrase_text);
  const std::vector<Word> phrase_words = analyzer_.analyze(phrase);
  if (phrase_words.empty()) return result;
  const Language lang = options.lang;
  sqlite::Txn snapshot(db_, sqlite::Txn::Mode::kRead);

  // Candidates: units holding the index term of every phrase word; the rarest word's list is
  // walked and the others are checked against it.
  std::vector<std::vector<std::uint32_t>> lists;
  std::vector<std::int64_t> terms;
  for (const Word& w : phrase_words) {
    word_index_terms(text::loose_key(phrase.substr(w.begin, w.end - w.begin)), terms);
    if (terms.empty()) continue;
    std::vector<std::uint32_t> list;
    posting_list(lang, terms.front(), list);
    lists.push_back(std::move(list));
  }
  if (lists.empty()) return result;
  std::sort(lists.begin(), lists.end(),
            [](const auto& a, const auto& b) { return a.size() < b.size(); });

  std::vector<Word> words;
  const std::size_t k = phrase_words.size();
  // Newest first.
  for (auto it = lists.front().rbegin(); it != lists.front().rend(); ++it) {
    const std::uint32_t id = *it;
    bool in_all = true;
    for (std::size_t l = 1; l < lists.size() && in_all; ++l) {
      in_all = std::binary_search(lists[l].begin(), lists[l].end(), id);
    }
    if (!in_all) continue;
    const std::string text = side_text(id, lang);
    analyzer_.analyze(text, words);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (std::size_t i = 0; i + k <= words.size(); ++i) {
      bool all = true;
      for (std::size_t j = 0; j < k && all; ++j) {
        all = concordance_word_matches(words[i + j], phrase_words[j]);
      }
      if (all) {
        spans.emplace_back(words[i].begin, words[i + k - 1].end);
        i += k - 1;
      }
    }
    if (spans.empty()) continue;
    if (options.max_results != 0 && result.hits.size() >= options.max_results) {
      result.truncated = true;
      break;
    }
    std::optional<TranslationUnit> unit = get(id);
    if (!unit) continue;
    result.hits.push_back({std::move(*unit), std::move(spans)});
  }
  return result;
}

}  // namespace mizan::tm
