#pragma once
// TBX (TermBase eXchange, ISO 30042) in the TBX-Basic dialect: the 2019 edition (root <tbx>,
// conceptEntry / langSec / termSec, DCA style) that current CAT tools exchange, and the 2008
// edition (root <martif>, termEntry / langSet / tig) that older ones (OmegaT 3, MultiTerm 2011,
// translate-toolkit) read. Both are read; either is written.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/diagnostics.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/core/term_entry.hpp"

namespace mizan::formats {

enum class TbxEdition {
  k2019,  // ISO 30042:2019, TBX-Basic DCA: <tbx type="TBX-Basic" style="dca">
  k2008,  // ISO 30042:2008, TBX-Basic: <martif type="TBX-Basic">
};

/// Reads TBX (either edition, detected from the root element) from memory, streaming one concept
/// at a time. Each concept becomes one entry per Arabic term: the English term with preferred
/// status (else the first) is the entries' term, the other English terms variants of the first
/// entry; an Arabic
/// term with termType "variant" is a variant of the Arabic term before it. administrativeStatus
/// (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts
/// as deprecated; the short forms too), partOfSpeech, subjectField and notes are kept. A concept
/// without an English or an Arabic term is skipped with a diagnostic naming its line. Malformed
/// XML throws kDataError with line and column (nothing is returned).
std::vector<LocatedTermEntry> parse_tbx(std::string_view xml, const std::string& source_name,
                                        Diagnostics& diagnostics, const ProgressFn& progress = {});

/// Writes `entries` as TBX-Basic: one concept per English term (entries with the same English
/// term by matching key), its English variants as admitted English terms, each entry's Arabic
/// rendering with its status and the rendering's variants after it (termType variant).
std::string write_tbx(const std::vector<TermEntry>& entries, TbxEdition edition);

}  // namespace mizan::formats
