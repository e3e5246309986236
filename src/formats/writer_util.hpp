#pragma once
// What the unit writers share.

#include <cstddef>
#include <string>
#include <string_view>

#include "mizan/core/translation_unit.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// Writers hand bytes to their sink in chunks of about this size: large file writes, and never
/// more than this (plus one unit) held in memory.
inline constexpr std::size_t kSinkChunk = 256 * 1024;

/// Throws kDataError "unit ID: invalid UTF-8 in WHAT at byte N" unless `text` is valid UTF-8.
void require_utf8(std::string_view text, const TranslationUnit& unit, std::string_view what);

/// require_utf8 on the unit's English and Arabic text.
void require_utf8_text(const TranslationUnit& unit);

/// Hands `buffer` to `sink` and empties it once it holds kSinkChunk bytes; with `all`, as soon as
/// it holds any.
void pass_chunk(const ByteSink& sink, std::string& buffer, bool all = false);

}  // namespace mizan::formats
