#pragma once
// Names that ICU's locale data (CLDR) gives in both English and Arabic: countries and
// territories, languages, the exemplar cities of the time zones (the capitals and large cities a
// press release names), and the months and weekdays of the Arabic locales. The table is made
// from the ICU mizan is built with, when it is built (src/text/cldr_names_gen.cpp): loading the
// time-zone names costs a process more than aligning a press release.
//
// Immutable once read, safe to share between threads.

#include <cstdint>
#include <string_view>
#include <vector>

namespace mizan::text {

enum class CldrNameKind : std::uint8_t { kCountry, kLanguage, kCity, kMonth, kWeekday };

/// One name in English and in Arabic as CLDR writes them ("Iraq" / "العراق", "Baghdad" / "بغداد",
/// "January" / "كانون الثاني").
struct CldrName {
  CldrNameKind kind;
  std::string_view en;
  std::string_view ar;
};

/// Every name of the table, read once per process, in table order (by kind).
const std::vector<CldrName>& cldr_names();

}  // namespace mizan::text
