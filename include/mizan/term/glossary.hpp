#pragma once
// The glossary: terminology entries with merge-on-add, grouped into concepts by English term.
// Identity is by matching key (text::match_key), so "CENTCOM" / "Centcom" or a rendering written
// with and without hamza or diacritics is one entry, and adding it again merges.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "mizan/core/diagnostics.hpp"
#include "mizan/core/term_entry.hpp"

namespace mizan::term {

/// What Glossary::add did.
enum class MergeOutcome {
  kAdded,      // a new entry
  kMerged,     // an existing entry gained variants or changed a field
  kUnchanged,  // an exact duplicate
};

struct MergeResult {
  MergeOutcome outcome = MergeOutcome::kAdded;
  std::size_t index = 0;  // of the entry in entries()
  /// Fields that the new entry changed on an existing one ("status admitted -> preferred");
  /// empty when nothing was overwritten (added variants are not conflicts).
  std::string changed;
};

/// Why an entry cannot be stored, or empty: a side empty (after trimming), a tab or line break in
/// a field (the TSV format could not hold it), no Arabic letter in the Arabic side, Arabic but no
/// Latin letter or digit in the English side.
std::string entry_problem(const TermEntry& entry);

/// Trims every field and variant, drops empty variants, variants repeated (by matching key) and
/// variants equal to the entry's own term.
void tidy(TermEntry& entry);

class Glossary {
 public:
  /// Adds `entry` (tidied), or merges it into the entry with the same English term and Arabic
  /// rendering: variants are united, and non-empty status / part of speech / domain / note of the
  /// new entry replace the old ones (a later import updates a glossary). Throws kDataError when
  /// entry_problem(entry) is not empty.
  MergeResult add(TermEntry entry);

  /// Removes the entry with this English term and Arabic rendering, or with `ar` empty every
  /// entry of the concept. Returns how many were removed.
  std::size_t remove(std::string_view en, std::string_view ar = {});

  const std::vector<TermEntry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  /// Index of the entry with this English term and Arabic rendering (by matching key).
  std::optional<std::size_t> find(std::string_view en, std::string_view ar) const;

  /// Indexes of the entries of the concept whose English term is `en` (by matching key), in
  /// insertion order; empty when there is none.
  std::vector<std::size_t> concept_entries(std::string_view en) const;

 private:
  void rebuild_index();

  std::vector<TermEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_pair_;  // key(en) '\t' key(ar) -> index
};

/// What an import did, for the user.
struct ImportSummary {
  std::size_t read = 0;       // entries the reader produced
  std::size_t added = 0;      // new entries
  std::size_t merged = 0;     // merged into an existing entry (duplicates in the file included)
  std::size_t unchanged = 0;  // exact duplicates
  std::size_t rejected = 0;   // refused (entry_problem), each with a diagnostic
};

/// Adds read entries to `glossary`. An entry with a problem is skipped with a diagnostic; an
/// entry that overwrites a field of an earlier one gets a diagnostic too ("merged with ..."), so
/// conflicting duplicates are visible. With `strict`, any problem, including those the reader
/// already reported in `diagnostics`, refuses the whole import: kDataError is thrown and the
/// glossary is left as it was.
ImportSummary import_entries(Glossary& glossary, std::vector<LocatedTermEntry> entries,
                             Diagnostics& diagnostics, bool strict);

/// One (English form, Arabic form) pair of an entry, for the aligner's anchors.
struct AnchorPair {
  std::string en, ar;
  /// Pairs from entries with the same English term (by matching key) share it: one concept, one
  /// anchor, whichever of its forms a sentence uses.
  std::size_t concept_id = 0;
  bool proper_noun = false;  // the entry's part of speech is properNoun
};

/// The glossary's term pairs for the aligner's anchors: every English form (term and variants)
/// with every Arabic form of each preferred or admitted entry. Deprecated renderings are left out:
/// they are what a translation should not contain.
std::vector<AnchorPair> anchor_pairs(const Glossary& glossary);

}  // namespace mizan::term
