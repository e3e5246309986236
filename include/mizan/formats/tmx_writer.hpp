#pragma once
// TMX (Translation Memory eXchange, LISA/GALA), the format every CAT tool reads and writes.
// Export: TMX 1.4b in UTF-8 with the header OmegaT, Trados, memoQ and Okapi expect, one <tu> per
// unit. The reader (tmx_reader.hpp) reads the same mapping back; dates are in tmx_date.hpp.
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

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "mizan/core/translation_unit.hpp"
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

/// Streaming TMX 1.4b writer: memory stays flat however many units pass through. It buffers
/// output, so one thread writes to it.
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

}  // namespace mizan::formats
