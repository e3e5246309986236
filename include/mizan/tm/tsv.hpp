#pragma once
// Tab-separated pairs, the simplest exchange format translators have: one unit per line,
// English TAB Arabic. Further columns are ignored (exports often add a source or catalog
// column); a first line "en<TAB>ar" is taken as a header. UTF-8 (a BOM is skipped); CRLF is
// accepted. There is no quoting: a tab or line break cannot be part of a segment.

#include <functional>
#include <string>

#include "mizan/core/diagnostics.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/core/translation_unit.hpp"

namespace mizan::tm {

/// Reads `path` and calls `unit` for every good line, in order; each unit's origin is the file
/// name (without directories) and the 0-based line index. Bad lines (no tab, an empty side,
/// invalid UTF-8) are skipped and reported in `diagnostics` with their line number. Progress is
/// in bytes. Throws kNoInput when the file cannot be read, kDataError for UTF-16 input.
void read_tsv(const std::string& path, const std::function<void(TranslationUnit&&)>& unit,
              Diagnostics& diagnostics, const ProgressFn& progress = {});

}  // namespace mizan::tm
