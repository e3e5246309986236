// The aligner's lexicon in the memory's SQLite file (tables lex_word, lex_pair, lex_source;
// migration 4 in migrations.cpp). A document's words are looked up one by one, and the pairs of
// each of its English words read in one range of lex_pair's key, so that reading costs what the
// document holds, whatever the size of the memory.

#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "sqlite_store.hpp"

namespace mizan::tm {
namespace {

// A pair stays in the memory while its count is at least this share of its English word's
// total (en_to_ar) or of its Arabic word's (ar_to_en), so that a word keeps at most 1 / share =
// 50 pairs in each direction and the table is bounded by the vocabulary, not by the number of
// documents: words that occur everywhere ("the", "ال+") co-occur with every word of every
// document, and their summed small counts would otherwise grow with each ingest. The share
// keeps a word's translations and its inflected variants: imported from the 20k software
// strings of tests/data, the kept pairs hold 96 % of the English words' counts and 97 % of the
// Arabic words' (a fifth of the pairs goes; docs/alignment.md, "The memory teaches the
// aligner"). A pair below it on both sides is deleted; its count stays in the totals, which are
// what the other pairs' shares are of.
constexpr double kMinPairShare = 0.02;

// A stored pair count may exceed its word's total by rounding only (the total is the sum of the
// word's counts, the pair's among them).
constexpr double kRoundingSlack = 1e-6;

std::string number_text(const sqlite::Stmt& s, int column) {
  if (s.is_null(column)) return "NULL";
  return "\"" + std::string(s.text(column)) + "\"";
}

[[noreturn]] void damaged(SqliteStore& store, const std::string& row, const std::string& what) {
  throw Error(ExitCode::kDataError,
              "the aligner's lexicon is damaged: " + row + " " + what +
                  " (mizan writes only positive counts there; restore the database from a "
                  "backup, or export the units and import them into a new memory)",
              {.file = store.db().path()});
}

// A count column that must hold a finite number >= 0 (> 0 when `positive`).
double count_value(SqliteStore& store, const sqlite::Stmt& s, int column, bool positive,
                   const std::string& row, std::string_view name) {
  if (!s.is_number(column)) {
    damaged(store, row,
            "has " + std::string(name) + " " + number_text(s, column) + ", which is no number");
  }
  const double value = s.real(column);
  if (!std::isfinite(value) || value < 0 || (positive && value <= 0)) {
    damaged(store, row,
            "has " + std::string(name) + " " + std::to_string(value) +
                (positive ? ", not a positive number" : ", a negative number"));
  }
  return value;
}

struct FoundWords {
  std::unordered_map<std::int64_t, std::uint32_t> index;  // lex_word id -> index in the list
  std::vector<std::int64_t> ids;                          // in list order
};

// The stored words among `forms` of `lang`, appended to `words`.
FoundWords find_words(SqliteStore& store, int lang, const std::vector<std::string>& forms,
                      std::vector<LexiconCounts::Word>& words) {
  FoundWords found;
  sqlite::Stmt& s = store.statement("SELECT id, total FROM lex_word WHERE lang = ? AND form = ?");
  std::unordered_set<std::string_view> asked;
  for (const std::string& form : forms) {
    if (!asked.insert(form).second) continue;
    s.bind(1, static_cast<std::int64_t>(lang)).bind(2, form);
    if (s.step()) {
      const std::int64_t id = s.int64(0);
      const double total = count_value(store, s, 1, /*positive=*/true,
                                       "word " + std::to_string(id) + " (lex_word)", "total");
      found.index.emplace(id, static_cast<std::uint32_t>(words.size()));
      found.ids.push_back(id);
      words.push_back({form, total});
    }
    s.reset();
  }
  return found;
}

}  // namespace

LexiconCounts SqliteStore::read_lexicon(const std::vector<std::string>& en_words,
                                        const std::vector<std::string>& ar_words) {
  LexiconCounts out;
  const FoundWords en = find_words(*this, kLangEn, en_words, out.en);
  if (en.ids.empty()) return out;
  const FoundWords ar = find_words(*this, kLangAr, ar_words, out.ar);
  if (ar.ids.empty()) return out;
  sqlite::Stmt& s = statement("SELECT ar, en_to_ar, ar_to_en FROM lex_pair WHERE en = ?");
  for (std::size_t e = 0; e < en.ids.size(); ++e) {
    s.bind(1, en.ids[e]);
    while (s.step()) {
      const auto it = ar.index.find(s.int64(0));
      if (it == ar.index.end()) continue;
      const std::string row = "pair (" + std::to_string(en.ids[e]) + ", " +
                              std::to_string(s.int64(0)) + ") of lex_pair";
      LexiconCounts::Pair p{static_cast<std::uint32_t>(e), it->second,
                            count_value(*this, s, 1, false, row, "en_to_ar"),
                            count_value(*this, s, 2, false, row, "ar_to_en")};
      if (p.en_to_ar > out.en[p.en].total * (1 + kRoundingSlack) ||
          p.ar_to_en > out.ar[p.ar].total * (1 + kRoundingSlack)) {
        s.reset();
        damaged(*this, row, "counts more than its word's total");
      }
      out.pairs.push_back(p);
    }
    s.reset();
  }
  return out;
}

LexiconCounts SqliteStore::lexicon_counts(const std::vector<std::string>& en_words,
                                          const std::vector<std::string>& ar_words) {
  sqlite::Txn snapshot(db_, sqlite::Txn::Mode::kRead);
  return read_lexicon(en_words, ar_words);
}

void SqliteStore::add_lexicon_counts(const LexiconCounts& counts) {
  sqlite::Stmt& word = statement(
      "INSERT INTO lex_word (lang, form, total) VALUES (?, ?, ?) "
      "ON CONFLICT (lang, form) DO UPDATE SET total = total + excluded.total RETURNING id");
  const auto store_words = [&](int lang, const std::vector<LexiconCounts::Word>& words) {
    std::vector<std::int64_t> ids;
    ids.reserve(words.size());
    for (const LexiconCounts::Word& w : words) {
      word.bind(1, static_cast<std::int64_t>(lang)).bind(2, w.form).bind(3, w.total);
      if (!word.step()) {
        word.reset();
        throw Error(ExitCode::kSoftware, "storing a lexicon word returned no id",
                    {.file = db_.path()});
      }
      ids.push_back(word.int64(0));
      word.reset();
    }
    return ids;
  };
  const std::vector<std::int64_t> en = store_words(kLangEn, counts.en);
  const std::vector<std::int64_t> ar = store_words(kLangAr, counts.ar);
  sqlite::Stmt& pair = statement(
      "INSERT INTO lex_pair (en, ar, en_to_ar, ar_to_en) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (en, ar) DO UPDATE SET en_to_ar = en_to_ar + excluded.en_to_ar, "
      "ar_to_en = ar_to_en + excluded.ar_to_en");
  for (const LexiconCounts::Pair& p : counts.pairs) {
    if (p.en >= en.size() || p.ar >= ar.size()) {
      throw Error(ExitCode::kSoftware, "a lexicon pair names a word the counts do not hold");
    }
    pair.bind(1, en[p.en]).bind(2, ar[p.ar]).bind(3, p.en_to_ar).bind(4, p.ar_to_en).run();
  }
  // The words whose totals grew are the only ones whose pairs' shares fell.
  const std::string too_small =
      "en_to_ar < ?1 * (SELECT total FROM lex_word WHERE id = lex_pair.en) AND "
      "ar_to_en < ?1 * (SELECT total FROM lex_word WHERE id = lex_pair.ar)";
  sqlite::Stmt& prune_en = statement("DELETE FROM lex_pair WHERE en = ?2 AND " + too_small);
  for (const std::int64_t id : en)
    prune_en.bind(1, kMinPairShare).bind(2, id).run();
  sqlite::Stmt& prune_ar = statement("DELETE FROM lex_pair WHERE ar = ?2 AND " + too_small);
  for (const std::int64_t id : ar)
    prune_ar.bind(1, kMinPairShare).bind(2, id).run();
}

LexiconStats SqliteStore::lexicon_stats() {
  LexiconStats st;
  sqlite::Stmt& words = statement("SELECT lang, count(*) FROM lex_word GROUP BY lang");
  while (words.step()) {
    (words.int64(0) == kLangEn ? st.en_words : st.ar_words) = words.int64(1);
  }
  words.reset();
  sqlite::Stmt& pairs =
      statement("SELECT (SELECT count(*) FROM lex_pair), count(*) FROM lex_source");
  if (pairs.step()) {
    st.pairs = pairs.int64(0);
    st.sources = pairs.int64(1);
  }
  pairs.reset();
  return st;
}

}  // namespace mizan::tm
