// Lookup and concordance over the SQLite store.
//
// Exact tiers come from tu_key (hash of the loose key, verified against the text). Fuzzy
// candidates come from the inverted index: every unit sharing index terms with the query gets
// the sum of those terms' inverse document frequencies, and the best kFuzzyCandidates are scored
// with the word edit distance (fuzzy.hpp). docs/translation-memory.md ("Candidate retrieval") has
// the measurements that chose this over SQLite FTS5 and over a character-trigram index.

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "hash.hpp"
#include "index_terms.hpp"
#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "postings.hpp"
#include "sqlite_store.hpp"

namespace mizan::tm {
namespace {

/// Candidates rescored per fuzzy query. Rescoring one costs ~5 us (read, tokenise, align); 50
/// keep the best match in the candidate list for all but a few of the benchmark queries, and top-1
/// stops improving there (docs/translation-memory.md, "Candidate retrieval").
constexpr std::size_t kFuzzyCandidates = 50;

/// Terms in more than this share of the units ("the", "of", "في", "من") are not used to find
/// candidates unless the query has nothing rarer: their weight is small and their posting lists
/// are the long ones. 5% keeps the cost of a query bounded at 1M units: skipping them halves the
/// candidate time at no cost in top-1 (docs/translation-memory.md, "Candidate retrieval").
constexpr double kCommonTermShare = 0.05;
/// ... but the rarest few terms of a query are always used, common or not.
constexpr std::size_t kAlwaysUsedTerms = 3;

std::string_view side_of(const TranslationUnit& u, Language lang) {
  return lang == Language::kEnglish ? u.en : u.ar;
}

// Does text word `t` stand for phrase word `p` in a concordance?
bool concordance_word_matches(const Word& t, const Word& p) {
  if (t.key == p.key) return true;
  if (t.is_number || p.is_number) return false;
  if (text::starts_with_arabic(p.key)) return text::is_arabic_clitic_form(t.key, p.key);
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

  // Candidates of both tiers are ranked on what a cheap read gives (source side, usage count);
  // only the units kept are loaded whole (a short catalog string can share its English with
  // many units, a template sentence has many fillings).
  struct Candidate {
    std::int64_t id;
    MatchKind kind;
    int score;
    double rank;
    std::string source;
    std::int64_t usage;
    std::size_t surface = 0;  // surface_distance to the query, computed for ties only
  };
  std::vector<Candidate> candidates;
  sqlite::Stmt& read = statement(lang == Language::kEnglish
                                     ? "SELECT en, coalesce(usage_count, 0) FROM tu WHERE id = ?"
                                     : "SELECT ar, coalesce(usage_count, 0) FROM tu WHERE id = ?");
  const auto read_source = [&](std::int64_t id, std::string& source, std::int64_t& usage) {
    read.bind(1, id);
    const bool found = read.step();
    if (found) {
      source = read.text(0);
      usage = read.int64(1);
    }
    read.reset();
    return found;
  };

  // Exact tiers: the loose key's hash, verified on the text.
  std::unordered_set<std::int64_t> seen;
  std::string source;
  std::int64_t usage = 0;
  for (const std::int64_t id : units_with_key(lang, key_hash32(loose))) {
    if (!read_source(id, source, usage)) continue;
    MatchKind kind;
    int score;
    if (source == query) {
      const bool context = !previous_loose.empty() && has_context(id, lang, previous_loose);
      kind = context ? MatchKind::kContext : MatchKind::kExact;
      score = context ? 101 : 100;
    } else if (text::loose_key(source) == loose) {
      kind = MatchKind::kNearExact;
      score = 99;
    } else {
      continue;  // a hash collision
    }
    seen.insert(id);
    candidates.push_back({id, kind, score, static_cast<double>(score), source, usage});
  }

  // Fuzzy tier, when the exact ones leave room.
  const std::vector<Word> query_words = analyzer_.analyze(query);
  if (!query_words.empty() && candidates.size() < options.max_results) {
    std::vector<Word> words;
    for (const std::int64_t id : fuzzy_candidates(loose, lang, kFuzzyCandidates)) {
      if (seen.count(id) != 0 || !read_source(id, source, usage)) continue;
      analyzer_.analyze(source, words);
      if (best_possible_percent(query_words.size(), words.size()) < options.min_score) continue;
      const FuzzyScore s = fuzzy_score(query_words, words);
      if (s.percent < options.min_score) continue;
      candidates.push_back({id, MatchKind::kFuzzy, s.percent, s.rank, source, usage});
    }
  }

  // Best first. Equal ranks are frequent (a template with several fillings, several 99%
  // matches): the one that also agrees with the query in case, punctuation and diacritics, then
  // the unit used most, then the newest.
  for (Candidate& c : candidates) {
    const bool tied = std::any_of(candidates.begin(), candidates.end(),
                                  [&](const Candidate& o) { return &o != &c && o.rank == c.rank; });
    if (tied) c.surface = surface_distance(query, c.source);
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.rank != b.rank) return a.rank > b.rank;
    if (a.surface != b.surface) return a.surface < b.surface;
    if (a.usage != b.usage) return a.usage > b.usage;
    return a.id > b.id;
  });
  for (const Candidate& c : candidates) {
    if (matches.size() >= options.max_results) break;
    std::optional<TranslationUnit> unit = get(c.id);
    if (!unit) continue;
    Match m;
    m.kind = c.kind;
    m.score = c.score;
    m.rank = c.rank;
    m.unit = std::move(*unit);
    matches.push_back(std::move(m));
  }
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
