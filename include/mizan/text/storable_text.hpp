#pragma once
// The one gate for text entering a translation memory or a glossary: `mizan add`, the import of
// every format, `term add` and `term import`, ingest. Each of them used to check what its own
// format could carry (TMX refused control characters because XML cannot hold them, TSV did not),
// so a unit or term could go in that could not come out again (an export that fails, a TBX that
// xmllint rejects). Every path now asks this one function, in tm::unit_problem and
// term::entry_problem, so they cannot drift apart again.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mizan::text {

/// Whether a field may span lines: a segment or a note may hold TAB, LF and CR (TSV escapes
/// them, TMX carries them); a term, a locale or a name may not.
enum class FieldLines { kOne, kMany };

/// What is wrong with a text, and where: `offset` is the byte offset of the offending sequence.
struct TextProblem {
  std::size_t offset = 0;
  std::string what;  // "invalid UTF-8", "the control character U+0001", ...
};

/// The first reason `text` cannot be stored: ill-formed UTF-8 (including encoded surrogates,
/// overlong forms and code points above U+10FFFF), NUL, a C0 control other than TAB/LF/CR (those
/// only in kMany fields), DEL or a C1 control (U+0080-U+009F), a noncharacter (U+FDD0-U+FDEF and
/// the last two code points of every plane, U+FFFE/U+FFFF...). These are what XML 1.0 cannot
/// carry or what the Unicode standard reserves for a program's internal use (chapter 23.7), so
/// a stored text can always be exported as TMX, TBX or TSV. nullopt when the text is fine.
std::optional<TextProblem> storable_text_problem(std::string_view text, FieldLines lines);

/// storable_text_problem as a sentence naming `field` ("the English side"): "the English side
/// has the control character U+0001 at byte 3"; empty when the text is fine.
std::string describe_storable_text_problem(std::string_view text, FieldLines lines,
                                           std::string_view field);

}  // namespace mizan::text
