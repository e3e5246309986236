#pragma once
// TMX import: TMX 1.1-1.4b in any encoding libxml2 detects (UTF-8, UTF-16 LE/BE with BOM: Trados
// exports UTF-16), streaming, one <tu> at a time, with parser options that refuse XXE and entity
// bombs (src/formats/xml_util.hpp). The mapping to TranslationUnit fields is in tmx_writer.hpp.
//
// Inline elements (bpt, ept, it, ph, hi, ut, sub) are kept verbatim in the *_markup field and the
// text gets their plain reading: codes (bpt, ept, it, ph, ut with their sub) are dropped, <hi>
// keeps its text, and a standalone code (ph, it, ut) between two word characters becomes a space
// ("line<ph>&lt;br/&gt;</ph>break" -> "line break"), so that a tagged segment has the same
// matching key as its untagged twin.

#include <cstdint>
#include <string>
#include <string_view>

#include "mizan/core/progress.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// What the file's <header> said.
struct TmxHeader {
  std::string version;  // <tmx version>
  std::string creationtool, creationtoolversion, segtype, o_tmf, adminlang, srclang, datatype;
  std::int64_t created = 0;
};

struct TmxReadResult {
  TmxHeader header;
  ImportSummary summary;
};

/// Reads a TMX file, calling `on_unit` for every <tu> with a usable English/Arabic pair; a <tu>
/// without one is skipped and listed in summary.skipped with its tuid, line and reason. Throws
/// mizan::Error: kNoInput (cannot open), kDataError (not well-formed, with line:column; not TMX;
/// DTD entities, which TMX never needs and attacks use), kIoError. Units already delivered when
/// an error is found are the caller's to roll back. `progress` gets bytes read of the file size.
TmxReadResult read_tmx_file(const std::string& path, const UnitCallback& on_unit,
                            const ProgressFn& progress = {});

/// The same over bytes in memory (tests, fuzzing); `source_name` names it in errors.
TmxReadResult read_tmx_memory(std::string_view bytes, const std::string& source_name,
                              const UnitCallback& on_unit);

}  // namespace mizan::formats
