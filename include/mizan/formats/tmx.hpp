#pragma once
// TMX (Translation Memory eXchange, LISA/GALA), the format every CAT tool reads and writes.
//
// Export writes TMX 1.4b in UTF-8 with the header OmegaT, Trados, memoQ and Okapi expect. Import
// reads TMX 1.1-1.4b in any encoding libxml2 detects (UTF-8, UTF-16 LE/BE with BOM: Trados
// exports UTF-16), streaming, one <tu> at a time, with parser options that refuse XXE and entity
// bombs (src/formats/xml_util.hpp).
//
// Mapping between a TranslationUnit and a <tu> (both directions, so import(export(u)) == u):
//   tuid                       <- unit.id (the writer's running number when the id is 0)
//   creationdate / changedate  <- created / changed, YYYYMMDDThhmmssZ (left out when 0)
//   creationid                 <- creator;  usagecount <- usage_count
//   source_language            the header's srclang side comes first in every <tu>; a unit
//                              whose own source differs says so in <prop type=
//                              "x-source-language">; under srclang="*all*" each <tu> has its
//                              own srclang and its source side first
//   <prop type="x-document">   one per origin, followed by <prop type="x-position"> when known
//   <prop type="x-confidence"> alignment confidence (shortest decimal that reads back exactly)
//   <prop type="x-context-{prev,next}-{en,ar}">  neighbouring segments, when known
//   <prop type="...">          every other prop, in order
//   <note>                     notes (several <note>s of a foreign file are joined with "\n")
//   <tuv xml:lang>             en_locale / ar_locale (or the locales the options force);
//                              <seg> holds en_markup / ar_markup unchanged when the
//                              unit came with inline markup, else the escaped text
// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF)
// are written inside a segment as <ph type="x-mizan-char">U+0001</ph>, which CAT tools show as a
// tag and mizan reads back as the character; in notes, props and attributes they become U+FFFD.
//
// On import, inline elements (bpt, ept, it, ph, hi, ut, sub) are kept verbatim in the *_markup
// field and the text gets their plain reading: codes (bpt, ept, it, ph, ut with their sub) are
// dropped, <hi> keeps its text, and a standalone code (ph, it, ut) between two word characters
// becomes a space ("line<ph>&lt;br/&gt;</ph>break" -> "line break"), so that a tagged segment has
// the same matching key as its untagged twin.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "mizan/core/language.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// The header's srclang: which side is the source of the memory, or "*all*" (either).
enum class TmxSourceLanguage { kEnglish, kArabic, kAll };

struct TmxWriteOptions {
  TmxSourceLanguage srclang = TmxSourceLanguage::kEnglish;
  // xml:lang of every English / Arabic tuv ("en-US", "ar-SA"); empty: each unit's own locale
  // (en / ar unless it was imported with a region).
  std::string en_locale = {};
  std::string ar_locale = {};
  std::string adminlang = "en";
  std::int64_t creation_date = 0;  // header creationdate, Unix seconds (left out when 0)
};

/// Streaming TMX 1.4b writer: memory stays flat however many units pass through.
class TmxWriter : public UnitWriter {
 public:
  /// Writes the XML declaration and <header> into its buffer (the sink sees bytes in chunks).
  TmxWriter(ByteSink sink, TmxWriteOptions options = {});
  ~TmxWriter() override;
  void write(const TranslationUnit& unit) override;
  void finish() override;
  /// Characters XML cannot carry that were replaced by U+FFFD (in notes, props, attributes).
  std::size_t replaced_characters() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

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

/// "20250106T093000Z" for Unix seconds (UTC).
std::string format_tmx_date(std::int64_t unix_seconds);

/// Unix seconds of a TMX date: YYYYMMDDThhmmssZ as the standard writes it, and the variants real
/// files have (no Z, ISO 8601 with - and :, a date without time). nullopt when it is none of them.
std::optional<std::int64_t> parse_tmx_date(std::string_view text);

}  // namespace mizan::formats
