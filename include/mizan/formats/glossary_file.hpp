#pragma once
// Glossary files in any format mizan reads, one way for every command that takes one (term import,
// align --glossary, ingest --glossary): mizan's glossary TSV (glossary/README.md; a two-column
// file with the header line "en<TAB>ar" is one), TBX (2019 or 2008, glossary::parse_tbx) and
// OmegaT's tab-separated glossary.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/diagnostics.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/core/term_entry.hpp"

namespace mizan::formats {

enum class GlossaryFormat {
  kAuto,    // by extension, then content (detect_glossary_format)
  kTsv,     // mizan's glossary TSV
  kTbx,     // TBX-Basic, either edition
  kOmegat,  // OmegaT glossary: source<TAB>target[<TAB>comment], no header
};

/// "auto", "tsv", "tbx", "omegat"; nullopt for anything else.
std::optional<GlossaryFormat> glossary_format_from_name(std::string_view name);

/// The format of a glossary file from its name and (decoded) content: .tbx / .xml, or content
/// starting with '<', is TBX; .utf8 / .tab (OmegaT's extensions) is OmegaT; otherwise a file whose
/// first line that is not a '#' comment names an "en" column is mizan TSV, and one without such
/// a header is OmegaT (source<TAB>target lines). Never kAuto.
GlossaryFormat detect_glossary_format(std::string_view path, std::string_view content);

/// Reads the glossary file at `path` in `format` (kAuto: detected). TSV and OmegaT files may be
/// UTF-8 (with or without BOM) or UTF-16 with BOM; TBX goes to libxml2 as it is (it reads the
/// encoding declaration). Malformed lines and concepts are reported in `diagnostics` and skipped
/// (the caller decides whether that refuses the import); entries are returned as written, with
/// their file and line. Throws kNoInput (missing file), kDataError (invalid UTF-8, malformed XML,
/// no TSV header).
std::vector<LocatedTermEntry> read_glossary_file(const std::string& path, GlossaryFormat format,
                                                 Diagnostics& diagnostics,
                                                 const ProgressFn& progress = {});

/// The glossary mizan ships (glossary/press-release.tsv, embedded at build time), parsed as
/// read_glossary_file would; its entries name "glossary/press-release.tsv (built in)".
std::vector<LocatedTermEntry> builtin_glossary(Diagnostics& diagnostics);

}  // namespace mizan::formats
