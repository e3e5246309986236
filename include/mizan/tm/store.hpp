#pragma once
// The translation memory as callers see it: add and import units, look segments up (exact, 99%,
// context and fuzzy), concordance, statistics and export. Store is an interface so that a server
// backend for teams can replace the embedded SQLite file (sqlite_store.hpp) without touching its
// callers; what lookups ask and answer is in match.hpp and concordance.hpp, writing in
// import_session.hpp.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/core/translation_unit.hpp"
#include "mizan/tm/concordance.hpp"
#include "mizan/tm/import_session.hpp"
#include "mizan/tm/match.hpp"

namespace mizan::tm {

struct LocaleCount {
  std::string en_locale, ar_locale;
  std::int64_t units = 0;
};

struct StoreStats {
  std::string location;  // file path (or server address)
  int schema_version = 0;
  std::int64_t units = 0;
  std::int64_t origins = 0;       // places units were seen (a merged duplicate has several)
  std::int64_t documents = 0;     // distinct documents and imported files
  std::int64_t merged_units = 0;  // units seen more than once
  std::int64_t aside = 0;         // segments kept aside by ingest (not units)
  std::int64_t en_bytes = 0;      // text sizes, UTF-8
  std::int64_t ar_bytes = 0;
  std::int64_t index_terms = 0;  // distinct terms in the fuzzy/concordance index (both sides)
  std::int64_t file_bytes = 0;   // database file plus its write-ahead log
  std::vector<LocaleCount> locales;
};

/// A translation memory. It holds a database connection and reused lookup state, so it is used
/// from one thread at a time (a server opens one per worker thread). Nothing a caller does is
/// visible to other processes until it is committed; an ImportSession that is destroyed without
/// commit() leaves the database as it was (also when the process is killed half-way).
class Store {
 public:
  virtual ~Store() = default;

  virtual std::unique_ptr<ImportSession> begin_import() = 0;
  /// One unit in its own transaction (begin_import, add, commit).
  virtual AddResult add(const TranslationUnit& unit);

  /// Matches for `query` (any text; it is cleaned like stored units), best first: 101, 100, 99,
  /// then fuzzy matches >= min_score; at most max_results.
  virtual std::vector<Match> lookup(std::string_view query, const LookupOptions& options) = 0;
  /// Units containing `phrase` (its words in order, matched by key; Arabic words also under
  /// clitics: قيادة finds والقيادة, للقيادة, بقيادتها; English words also in plural/possessive).
  virtual ConcordanceResult concordance(std::string_view phrase,
                                        const ConcordanceOptions& options) = 0;
  virtual StoreStats stats() = 0;
  virtual std::optional<TranslationUnit> get(std::int64_t id) = 0;
  /// Every unit in id order (export), from one snapshot: units committed meanwhile by another
  /// process are not visited. The callback may throw to stop. `progress` gets the id reached of
  /// the highest id, now and then.
  virtual void for_each_unit(const std::function<void(const TranslationUnit&)>& visit,
                             const ProgressFn& progress = {}) = 0;
};

/// A segment as stores keep and compare it: text::clean, surrounding white space trimmed.
/// Match::query_words spans point into normalise_segment(query).
std::string normalise_segment(std::string_view text);

}  // namespace mizan::tm
