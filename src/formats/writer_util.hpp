#pragma once
// What the unit writers share.

#include <cstddef>
#include <string_view>

#include "mizan/core/translation_unit.hpp"

namespace mizan::formats {

/// Writers hand bytes to their sink in chunks of about this size: large file writes, and never
/// more than this (plus one unit) held in memory.
inline constexpr std::size_t kSinkChunk = 256 * 1024;

/// Throws kDataError "unit ID: invalid UTF-8 in WHAT at byte N" unless `text` is valid UTF-8.
void require_utf8(std::string_view text, const TranslationUnit& unit, std::string_view what);

}  // namespace mizan::formats
