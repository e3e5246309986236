#pragma once
// The bead file format of the Vecalign and Bertalign evaluation sets: one bead per line,
// "[0]:[0]", "[1,2]:[1]", "[3]:[]", "[]:[4]" (0-based sentence indices, English left); and the
// text and translation unit a bead stands for.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/align/bead.hpp"
#include "mizan/core/translation_unit.hpp"

namespace mizan::align {

/// "[1,2]:[3]" for one bead (confidence not written).
std::string format_bead(const Bead& bead);

/// Parses a bead file. Blank lines are skipped. Throws mizan::Error (kDataError) naming
/// `source_name` and the line of a malformed bead, of indices that are not consecutive or not in
/// order, or (when the sizes are given, i.e. not npos) of sentences left out or out of range.
std::vector<Bead> parse_beads(std::string_view text, const std::string& source_name,
                              std::size_t en_sentences = std::string_view::npos,
                              std::size_t ar_sentences = std::string_view::npos);

/// Sentences [begin, begin + count) joined by spaces: the text of one side of a bead.
std::string bead_text(const std::vector<std::string>& sentences, std::size_t begin,
                      std::size_t count);

/// The translation unit of a non-null bead of `document` (as `mizan ingest` stores it): both
/// sides' text, the document and the bead's first English sentence as its origin, the sentences
/// before and after it on each side as context (101 % matches), the bead's confidence.
TranslationUnit bead_unit(const Bead& bead, const std::vector<std::string>& en,
                          const std::vector<std::string>& ar, const std::string& document);

}  // namespace mizan::align
