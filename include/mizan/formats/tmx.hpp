#pragma once
// TMX (Translation Memory eXchange, LISA/GALA), the format every CAT tool reads and writes.
//
// The writer is in tmx_writer.hpp, the reader in tmx_reader.hpp, dates in tmx_date.hpp; this
// header includes all three and describes what they share.
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

#include "mizan/formats/tmx_date.hpp"    // IWYU pragma: export
#include "mizan/formats/tmx_reader.hpp"  // IWYU pragma: export
#include "mizan/formats/tmx_writer.hpp"  // IWYU pragma: export
