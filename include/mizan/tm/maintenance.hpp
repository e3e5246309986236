#pragma once
// Keeping a translation memory right over the years: editing and removing units, settling
// duplicates, and the record of every such change (who, when, what the unit was before) that
// mizan history shows and mizan undo reverts. The Store members that do it are in store.hpp.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/core/translation_unit.hpp"

namespace mizan::tm {

/// What a recorded change did to a unit.
enum class ChangeKind {
  kEdit,     // mizan edit changed its text or note
  kRemove,   // mizan rm removed it
  kDedupe,   // mizan dedupe removed it (another unit with its source was kept)
  kReplace,  // a re-ingest of its document no longer had it: an origin or the unit went
};

/// "edit", "rm", "dedupe", "re-ingest".
std::string_view change_kind_name(ChangeKind kind);

/// One recorded change of one unit.
struct Change {
  std::int64_t id = 0;     // recording order
  std::int64_t batch = 0;  // the command it was part of; undo reverts a whole batch
  std::int64_t unit = 0;
  ChangeKind kind = ChangeKind::kEdit;
  std::string who;
  std::int64_t at = 0;         // Unix seconds, UTC
  TranslationUnit before;      // the unit as it was before the change, origins included
  std::int64_t undone_at = 0;  // 0 while in effect
  std::string undone_by;
};

/// New values for a unit's fields; what is not set stays.
struct UnitEdit {
  std::optional<std::string> en{}, ar{}, notes{};
};

/// The units to remove: the listed ids, or every unit matching all of the criteria given.
struct RemoveSelection {
  std::vector<std::int64_t> ids{};
  std::string document{};           // units with an origin in this document
  std::int64_t created_before = 0;  // units created before this time (Unix seconds); 0: any
  std::string creator{};            // units created by this user
  bool empty() const {
    return ids.empty() && document.empty() && created_before == 0 && creator.empty();
  }
};

struct RemoveResult {
  std::vector<std::int64_t> removed;   // units removed, in id order
  std::vector<std::int64_t> unlinked;  // units kept that lost their origins in the document
};

/// Which unit of a duplicate set stays.
enum class DedupePolicy {
  kNewest,    // the last changed (then the highest id)
  kMostUsed,  // the highest usage count (then the newest)
};

struct DedupeOptions {
  DedupePolicy policy = DedupePolicy::kNewest;
  Language source = Language::kEnglish;  // units are duplicates when this side is the same
  bool dry_run = false;                  // report only
};

/// Units with the same source and different targets.
struct DuplicateSet {
  std::vector<TranslationUnit> units;  // in id order
  std::int64_t kept = 0;               // the unit the policy keeps; the others go
};

struct DedupeResult {
  std::vector<DuplicateSet> sets;
  std::size_t removed = 0;  // 0 on a dry run
};

/// What mizan undo reverted: one batch of changes.
struct UndoResult {
  std::int64_t batch = 0;
  ChangeKind kind = ChangeKind::kEdit;
  std::string who;
  std::int64_t at = 0;
  std::vector<std::int64_t> units;  // the units put back as they were, in id order
};

}  // namespace mizan::tm
