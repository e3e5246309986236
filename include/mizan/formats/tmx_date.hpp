#pragma once
// Dates as TMX writes them (creationdate, changedate: YYYYMMDDThhmmssZ, UTC) and as real files
// have them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mizan::formats {

/// "20250106T093000Z" for Unix seconds (UTC).
std::string format_tmx_date(std::int64_t unix_seconds);

/// Unix seconds of a TMX date: YYYYMMDDThhmmssZ as the standard writes it, and the variants real
/// files have (no Z, ISO 8601 with - and :, a date without time). nullopt when it is none of them.
std::optional<std::int64_t> parse_tmx_date(std::string_view text);

}  // namespace mizan::formats
