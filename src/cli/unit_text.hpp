#pragma once
// How the maintenance commands (edit, rm, dedupe, history, undo) and lookup show units, users
// and dates.

#include <cstdint>
#include <string>
#include <string_view>

#include "mizan/core/translation_unit.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

/// Who is making a change: $USER, else "unknown" (the change log names somebody).
std::string current_user();

/// "2025-01-06 09:30 UTC"; "-" for 0.
std::string format_date(std::int64_t unix_seconds);

/// Unix seconds of a date option ("2025-01-06", "2025-01-06T09:30:00Z"), else a usage error
/// naming `option`.
std::int64_t parse_date_option(std::string_view value, std::string_view option);

/// "#7  en: ...\n    ar: ...\n" lines for a unit, with its note when it has one.
void write_unit(Output& out, const TranslationUnit& unit, const Display& display,
                std::string_view indent = "  ");

}  // namespace mizan::cli
