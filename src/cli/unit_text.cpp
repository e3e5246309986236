#include "unit_text.hpp"

#include <cstdlib>
#include <ctime>

#include "mizan/core/error.hpp"
#include "mizan/formats/tmx_date.hpp"

namespace mizan::cli {

std::string current_user() {
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "unknown";
}

std::string format_date(std::int64_t unix_seconds) {
  if (unix_seconds == 0) return "-";
  const auto t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

std::int64_t parse_date_option(std::string_view value, std::string_view option) {
  const std::optional<std::int64_t> t = formats::parse_tmx_date(value);
  if (!t) {
    throw Error(ExitCode::kUsage, std::string(option) + " must be a date (2025-01-31 or " +
                                      "2025-01-31T12:00:00Z), not \"" + std::string(value) + "\"");
  }
  return *t;
}

void write_unit(Output& out, const TranslationUnit& unit, const Display& display,
                std::string_view indent) {
  const std::string pad(indent);
  out.line(pad + "en: " + display.text(unit.en));
  out.line(pad + "ar: " + display.text(unit.ar));
  if (!unit.notes.empty()) out.line(pad + "note: " + display.text(unit.notes));
}

}  // namespace mizan::cli
