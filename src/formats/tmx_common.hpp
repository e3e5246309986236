#pragma once
// What the TMX reader and writer must agree on: mizan's prop types and the placeholder for
// characters XML 1.0 cannot carry.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mizan::formats::tmx {

// Prop types mizan writes and reads back into TranslationUnit fields. "x-" because TMX 1.4b
// reserves unprefixed types for the standard; the names avoid OmegaT's "file", "id", "prev" and
// "next", which would turn our units into context-bound alternative translations there.
inline constexpr const char* kPropDocument = "x-document";
inline constexpr const char* kPropPosition = "x-position";
inline constexpr const char* kPropConfidence = "x-confidence";
// The unit's own source side when it differs from the srclang the export declares.
inline constexpr const char* kPropSourceLanguage = "x-source-language";
inline constexpr const char* kPropPrevEn = "x-context-prev-en";
inline constexpr const char* kPropPrevAr = "x-context-prev-ar";
inline constexpr const char* kPropNextEn = "x-context-next-en";
inline constexpr const char* kPropNextAr = "x-context-next-ar";
// Whose work a unit is (TranslationUnit::client, domain, project), as memoQ and Trados keep
// custom fields: lookups filter and penalise on them.
inline constexpr const char* kPropClient = "x-client";
inline constexpr const char* kPropDomain = "x-domain";
inline constexpr const char* kPropProject = "x-project";

/// <ph type="x-mizan-char">U+0001</ph> stands for one character XML 1.0 cannot carry.
inline constexpr const char* kCharPlaceholderType = "x-mizan-char";

/// Byte position, at or after `from`, of the first character of valid UTF-8 `s` that XML 1.0
/// forbids (C0 controls other than tab, LF, CR; U+FFFE; U+FFFF), or npos.
std::size_t find_unrepresentable(std::string_view s, std::size_t from);
/// Length in bytes of the forbidden character at `pos` (1 or 3).
std::size_t unrepresentable_length(std::string_view s, std::size_t pos);
/// "U+0001" for the character's bytes.
std::string char_placeholder_content(std::string_view character);
/// The character's UTF-8 bytes for "U+0001", when it names a character XML forbids.
std::optional<std::string> char_from_placeholder(std::string_view content);

}  // namespace mizan::formats::tmx
