#pragma once
// Writing to a translation memory: one write transaction that adds units (merging duplicates)
// and keeps aside what ingest could not align, committed whole or not at all.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/core/translation_unit.hpp"
#include "mizan/tm/lexicon.hpp"

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

/// A unit edited by hand (mizan edit) that a re-ingest did not overwrite.
struct KeptEdit {
  std::int64_t unit = 0;
  std::string document;
  std::int64_t position = -1;
  std::string en, ar;  // what the document has there now; empty when it has nothing there
};

struct ImportSummary {
  std::size_t added = 0;
  std::size_t merged = 0;
  std::size_t unchanged = 0;
  std::size_t aside = 0;     // segments kept aside (set_aside), new or replaced
  std::size_t replaced = 0;  // stale origins a re-ingest took off (the unit too, if its last)
  std::vector<KeptEdit> kept_edits;
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
/// The lexicon it reads (LexiconReader) includes what it added.
/// A session belongs to the Store that began it and is used from that store's thread; it must
/// not outlive the store.
class ImportSession : public LexiconReader {
 public:
  virtual ~ImportSession() = default;
  virtual AddResult add(const TranslationUnit& unit) = 0;
  /// Adds the lexicon counts learnt from `source` (a document or an imported file) to the
  /// memory's, once per source: false, and nothing added, when that source's counts are already
  /// there (a document ingested again, a file imported again).
  virtual bool add_lexicon(std::string_view source, const LexiconCounts& counts) = 0;
  /// Keeps a segment aside; one per (document, side, position): ingesting a document again
  /// replaces what it set aside before. Not a unit: lookups never return it.
  virtual void set_aside(const AsideSegment& segment) = 0;
  /// The units added next from `document` replace what an earlier import stored from it (until
  /// the next replace_document or commit): a unit at a (document, position) the document no
  /// longer has there loses that origin, and the unit itself when it was its last (recorded as
  /// a change by `who`, which mizan undo reverts). A unit seen at another position is moved
  /// there. A unit edited by hand since is kept, not overwritten, and listed in
  /// ImportSummary::kept_edits.
  virtual void replace_document(const std::string& document, std::string_view who) = 0;
  /// Writes the indexes of the session's units (the slow part of a bulk import, reported
  /// through `progress` in units) and commits. The session is finished afterwards.
  virtual ImportSummary commit(const ProgressFn& progress = {}) = 0;
};

}  // namespace mizan::tm
