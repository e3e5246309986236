#pragma once
// The translation memory as callers see it: add and import units, look segments up (exact, 99%,
// context and fuzzy), concordance, statistics and export. Store is an interface so that a server
// backend for teams can replace the embedded SQLite file without touching its callers; matching
// and ranking live in fuzzy.hpp so that every backend scores alike.
//
// A Store is used from one thread at a time. Nothing a caller does is visible to other processes
// until it is committed; an ImportSession that is destroyed without commit() leaves the database
// as it was (also when the process is killed half-way).

#include <chrono>
#include <cstddef>
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
#include "mizan/tm/fuzzy.hpp"

namespace mizan::tm {

/// What happened to one unit given to an ImportSession.
enum class AddOutcome {
  kAdded,      // a new unit
  kMerged,     // same English and Arabic as a stored unit: its origins, counts and notes merged
  kUnchanged,  // already stored from the same origin (a re-run of the same import)
};

struct AddResult {
  AddOutcome outcome = AddOutcome::kAdded;
  std::int64_t id = 0;  // the stored unit's id
};

struct ImportSummary {
  std::size_t added = 0;
  std::size_t merged = 0;
  std::size_t unchanged = 0;
  std::size_t aside = 0;  // segments kept aside (set_aside), new or replaced
};

/// What ingest keeps aside instead of storing as a unit, for review: a bead whose confidence is
/// under the threshold, or a sentence with no counterpart.
struct AsideSegment {
  enum class Reason { kLowScore, kUnaligned };
  Reason reason = Reason::kUnaligned;
  std::string document;
  Language side = Language::kEnglish;  // the side `position` counts on: English for beads
  std::int64_t position = 0;           // 0-based sentence index in the document on `side`
  std::string en, ar;                  // one of them empty for an unaligned sentence
  double confidence = 0;
};

/// One write transaction: it takes the database's write lock when it starts (waiting up to the
/// busy timeout, then kTempFail) and holds it until commit() or destruction (rollback).
/// Units are cleaned (text::clean, surrounding white space trimmed) before they are stored; a
/// unit with an empty side is refused (kDataError). Duplicates are two units whose cleaned
/// English and Arabic are identical; merging keeps every origin, sums usage counts, keeps the
/// earliest created and latest changed time, the highest confidence, and joins differing notes.
class ImportSession {
 public:
  virtual ~ImportSession() = default;
  virtual AddResult add(const TranslationUnit& unit) = 0;
  /// Keeps a segment aside; one per (document, side, position): ingesting a document again
  /// replaces what it set aside before. Not a unit: lookups never return it.
  virtual void set_aside(const AsideSegment& segment) = 0;
  /// Writes the indexes of the session's units (the slow part of a bulk import, reported
  /// through `progress` in units) and commits. The session is finished afterwards.
  virtual ImportSummary commit(const ProgressFn& progress = {}) = 0;
};

enum class MatchKind {
  kContext,    // 101%: exact, and the previous segment matches too
  kExact,      // 100%: the same text
  kNearExact,  // 99%: differs only in punctuation, case, diacritics or digit script
  kFuzzy,      // fuzzy percentage (fuzzy.hpp)
};

struct LookupOptions {
  Language from = Language::kEnglish;  // the query's language; matches give the other side
  int min_score = 70;                  // fuzzy matches below this are not returned
  std::size_t max_results = 5;
  std::string previous;  // the segment before the query, for 101% matches; empty: none
};

/// A unit found for a query, with the word alignment that produced its score.
struct Match {
  TranslationUnit unit;
  MatchKind kind = MatchKind::kFuzzy;
  int score = 0;    // 101, 100, 99, or the fuzzy percentage
  double rank = 0;  // finer than score, for ordering
  // Word diff between the query and the unit's source side (what to change): indexes of `edits`
  // point into these; spans point into normalise_segment(query) and into unit.en / unit.ar.
  std::vector<Word> query_words;
  std::vector<Word> match_words;
  std::vector<WordEdit> edits;
};

struct ConcordanceOptions {
  Language lang = Language::kEnglish;  // the side searched
  std::size_t max_results = 20;        // 0: all
};

/// A unit whose searched side contains the phrase; `spans` are byte ranges of each occurrence in
/// that side (unit.en or unit.ar).
struct ConcordanceHit {
  TranslationUnit unit;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
};

struct ConcordanceResult {
  std::vector<ConcordanceHit> hits;  // newest first
  bool truncated = false;            // more units contain the phrase than max_results
};

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

struct OpenOptions {
  std::string path;  // the database file
  /// Create the file when it does not exist; otherwise a missing file is kNoInput.
  bool create = true;
  /// How long to wait for another process's write lock before failing with kTempFail.
  std::chrono::milliseconds busy_timeout{5000};
  /// The caller only reads (lookups, stats, export); begin_import() then fails. A file this
  /// process may write is opened as usual (an older schema is upgraded); one it may not (a
  /// colleague's memory, a read-only mount) is read without the WAL switch and migrations, so
  /// its schema must be current. A WAL file in a folder it cannot write either, whose -shm
  /// index SQLite cannot create, is read as a snapshot when no writer is connected to it (no
  /// -wal file beside it).
  bool read_only = false;
};

/// Opens (or creates) an SQLite translation memory. Refuses, without changing it, a file that
/// is not a mizan database or was written by a newer schema (kConfig); upgrades an older schema
/// unless it cannot write the file.
std::unique_ptr<Store> open_sqlite_store(const OpenOptions& options);

/// A segment as stores keep and compare it: text::clean, surrounding white space trimmed.
/// Match::query_words spans point into normalise_segment(query).
std::string normalise_segment(std::string_view text);

/// "101%", "100%", "99%", "87%".
std::string format_score(int score);
std::string_view match_kind_name(MatchKind kind);  // "context", "exact", "near-exact", "fuzzy"

}  // namespace mizan::tm
