#pragma once
// A glossary entry: one English term and one Arabic rendering of it, with the rendering's status.
// Plain data shared by the term store (which keeps and recognises them), the memory (which
// persists them) and the exchange formats (TBX, glossary TSV, OmegaT), none of which need to know
// about the others.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/error.hpp"

namespace mizan {

/// How a rendering may be used, after TBX's administrativeStatus (ISO 30042, TBX-Basic picklist).
enum class TermStatus {
  kPreferred,   // the rendering to use
  kAdmitted,    // acceptable, not the first choice
  kDeprecated,  // do not use (a check reports it)
};

/// "preferred" / "admitted" / "deprecated".
std::string_view term_status_name(TermStatus status);

/// Parses the names above (any case); nullopt for anything else.
std::optional<TermStatus> term_status_from_name(std::string_view name);

/// Entries with the same English term (by matching key) form one concept: its renderings are the
/// entries' Arabic sides, each with its own status.
struct TermEntry {
  std::int64_t id = 0;  // assigned by a store; 0 for an entry not stored yet

  std::string en;  // English term as written ("CENTCOM", "Deir ez-Zor", "in support of")
  std::string ar;  // Arabic rendering ("القيادة المركزية الأمريكية")
  TermStatus status = TermStatus::kPreferred;  // status of `ar` as a rendering of `en`
  // Other written forms of the same term, recognised as it: spelling variants, abbreviations,
  // transliterations ("U.S. Central Command", "Dayr az-Zawr"; "الأميركية" for "الأمريكية").
  std::vector<std::string> en_variants;
  std::vector<std::string> ar_variants;
  std::string part_of_speech;  // TBX-Basic picklist: noun, properNoun, verb, adjective, adverb,
                               // other; plus "phrase" (written as other + termType in TBX)
  std::string domain;          // subject field ("military", "geography", "calendar")
  std::string note;            // usage note for the translator
};

/// An entry as read from a file, with where it was written (for diagnostics).
struct LocatedTermEntry {
  TermEntry entry;
  SourceLocation where;
};

}  // namespace mizan
