#pragma once
// Tab-separated glossaries: mizan's own format (glossary/README.md: a header naming the columns,
// one entry per line, variants separated by '|') and OmegaT's glossary files (source, target,
// comment; the format OmegaT reads from a project's glossary/ folder).

#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/diagnostics.hpp"
#include "mizan/core/term_entry.hpp"

namespace mizan::formats {

/// The columns of mizan's glossary TSV, in the order the writer uses.
inline constexpr std::string_view kGlossaryColumns[] = {
    "en", "ar", "status", "en_variants", "ar_variants", "pos", "domain", "note"};

/// Parses mizan's glossary TSV (valid UTF-8). Lines starting with '#' and blank lines are
/// skipped; the first other line is the header (columns in any order; en and ar required;
/// unknown columns ignored with a diagnostic). A malformed line (more fields than the header,
/// unknown status) is skipped with a diagnostic naming its line; missing trailing fields are
/// empty. Entries are returned as written (validation and merging are the glossary's job). Throws
/// kDataError when there is no usable header.
std::vector<LocatedTermEntry> parse_glossary_tsv(std::string_view text,
                                                 const std::string& source_name,
                                                 Diagnostics& diagnostics);

/// mizan's glossary TSV for `entries`: a comment line, the header, one line per entry.
std::string write_glossary_tsv(const std::vector<TermEntry>& entries);

/// Parses an OmegaT glossary (source<TAB>target[<TAB>comment], '#' comments). Every line becomes
/// a preferred entry with the comment as note, except what write_omegat_glossary() encodes: a
/// comment "variant of TERM ..." makes the line an English variant of TERM when TERM has its own
/// line, and "admitted" / "deprecated" at the start of a comment set the status.
std::vector<LocatedTermEntry> parse_omegat_glossary(std::string_view text,
                                                    const std::string& source_name,
                                                    Diagnostics& diagnostics);

/// An OmegaT glossary: one line per English form (term and variants) of every preferred or
/// admitted entry, the comment carrying status, Arabic variants, renderings to avoid and note
/// (OmegaT has no fields for them). Deprecated renderings get no line of their own: OmegaT would
/// offer them to the translator.
std::string write_omegat_glossary(const std::vector<TermEntry>& entries);

}  // namespace mizan::formats
