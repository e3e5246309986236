#pragma once
// The SQLite translation memory behind tm::open_sqlite_store (mizan/tm/sqlite_store.hpp; the
// contract is mizan/tm/store.hpp, the tables are in migrations.cpp). Internal to src/tm. Its
// members are implemented by what they serve: opening, units, stats and export in
// sqlite_store.cpp, lookup, concordance and candidate search in lookup.cpp, begin_import in
// import_session.cpp, the aligner's lexicon in lexicon.cpp.

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "mizan/tm/sqlite_store.hpp"
#include "sqlite.hpp"

namespace mizan::tm {

/// tu_key.lang / tu_posting.lang values.
constexpr int kLangEn = 0;
constexpr int kLangAr = 1;
constexpr int lang_column(Language lang) {
  return lang == Language::kEnglish ? kLangEn : kLangAr;
}

/// tu.props encoding: one "type<TAB>value" line per prop, backslash escapes for \\ TAB LF.
std::string encode_props(const std::vector<std::pair<std::string, std::string>>& props);
std::vector<std::pair<std::string, std::string>> decode_props(std::string_view encoded);

/// SELECT of the columns read_unit reads, from tu (or tu_before, which has the same columns)
/// aliased t, then `where`.
std::string unit_query(std::string_view where, std::string_view table = "tu");
/// A unit from a row of unit_query(): its fields and its first origin.
TranslationUnit read_unit(const sqlite::Stmt& s);

/// One connection and the statements and lookup buffers reused on it: one thread at a time, like
/// every Store.
class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const OpenOptions& options);
  ~SqliteStore() override;

  std::unique_ptr<ImportSession> begin_import() override;
  std::vector<Match> lookup(std::string_view query, const LookupOptions& options) override;
  ConcordanceResult concordance(std::string_view phrase,
                                const ConcordanceOptions& options) override;
  StoreStats stats() override;
  std::optional<TranslationUnit> get(std::int64_t id) override;
  void for_each_unit(const std::function<void(const TranslationUnit&)>& visit,
                     const ProgressFn& progress) override;
  TranslationUnit edit(std::int64_t id, const UnitEdit& edit, std::string_view who) override;
  RemoveResult remove(const RemoveSelection& selection, std::string_view who,
                      bool dry_run) override;
  DedupeResult dedupe(const DedupeOptions& options, std::string_view who) override;
  std::vector<Change> history(std::int64_t id) override;
  std::optional<UndoResult> undo(std::string_view who) override;
  LexiconCounts lexicon_counts(const std::vector<std::string>& en_words,
                               const std::vector<std::string>& ar_words) override;

  // Used by the import session and the lookup code.
  sqlite::Db& db() { return db_; }
  bool read_only() const { return read_only_; }
  std::size_t max_side_bytes() const { return max_side_bytes_; }
  sqlite::Stmt& statement(std::string_view sql);
  WordAnalyzer& analyzer() { return analyzer_; }
  /// The side of unit `id` in `lang` (empty when there is no such unit).
  std::string side_text(std::int64_t id, Language lang);
  /// Ids of units whose `lang` side has the loose-key hash `hash`.
  std::vector<std::int64_t> units_with_key(Language lang, std::int64_t hash);
  /// Candidate units for a fuzzy query, best first by IDF-weighted shared index terms.
  std::vector<std::int64_t> fuzzy_candidates(std::string_view loose_key, Language lang,
                                             std::size_t count);
  /// Ascending ids of the units whose `lang` side has index term `term`.
  void posting_list(Language lang, std::int64_t term, std::vector<std::uint32_t>& out);
  std::int64_t document_frequency(Language lang, std::int64_t term);
  std::int64_t max_unit_id();
  /// Units stored (the N of the fuzzy index's IDF and of its common-term cut-off).
  std::int64_t unit_count();
  /// Was unit `id` seen after a segment with this loose key (101% context match)?
  bool has_context(std::int64_t id, Language lang, std::string_view previous_loose);
  void forget_cached_counts() {
    max_id_ = -1;
    unit_count_ = -1;
  }
  /// lexicon_counts inside the transaction already open (an import session's).
  LexiconCounts read_lexicon(const std::vector<std::string>& en_words,
                             const std::vector<std::string>& ar_words);
  /// Adds `counts` to the stored ones, inside the transaction already open.
  void add_lexicon_counts(const LexiconCounts& counts);
  LexiconStats lexicon_stats();

 private:
  sqlite::Db db_;
  bool read_only_ = false;  // OpenOptions::read_only
  std::size_t max_side_bytes_;
  WordAnalyzer analyzer_;
  std::unordered_map<std::string, std::unique_ptr<sqlite::Stmt>> statements_;
  std::int64_t max_id_ = -1;
  std::int64_t unit_count_ = -1;
  // Reused between lookups: one score per unit id, and the ids touched by the last query.
  std::vector<float> scores_;
  std::vector<std::uint32_t> touched_;
  std::vector<std::uint32_t> ids_;
};

}  // namespace mizan::tm
