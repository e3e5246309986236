#include "tm_options.hpp"

#include <unistd.h>

#include <cstdlib>

#include "mizan/core/error.hpp"
#include "mizan/text/bidi.hpp"
#include "mizan/tm/sqlite_store.hpp"
#include "mizan/tm/sqlite_term_store.hpp"

namespace mizan::cli {

void add_db_options(po::options_description& options, DbOptions& db) {
  options.add_options()("db", po::value(&db.db),
                        "translation memory file (default: $MIZAN_DB, else ./mizan.db)")(
      "busy-timeout", po::value(&db.busy_timeout_ms)->default_value(5000),
      "milliseconds to wait for another process's write lock before giving up (exit 75)");
}

std::string resolve_db_path(const DbOptions& db) {
  if (!db.db.empty()) return db.db;
  if (const char* env = std::getenv("MIZAN_DB"); env != nullptr && *env != '\0') return env;
  return "mizan.db";
}

namespace {

tm::OpenOptions open_options(const DbOptions& db, StoreUse use) {
  if (db.busy_timeout_ms < 0) throw Error(ExitCode::kUsage, "--busy-timeout must be >= 0");
  return {.path = resolve_db_path(db),
          .create = use == StoreUse::kWrite,
          .busy_timeout = std::chrono::milliseconds(db.busy_timeout_ms),
          .read_only = use == StoreUse::kRead};
}

}  // namespace

std::unique_ptr<tm::Store> open_store(const DbOptions& db, StoreUse use) {
  return tm::open_sqlite_store(open_options(db, use));
}

std::unique_ptr<term::TermStore> open_term_store(const DbOptions& db, StoreUse use) {
  return tm::open_sqlite_term_store(open_options(db, use));
}

bool json_format(const std::string& format) {
  if (format != "text" && format != "json") {
    throw Error(ExitCode::kUsage, "--format must be text or json, not \"" + format + "\"");
  }
  return format == "json";
}

Language parse_language(const std::string& value, std::string_view option) {
  if (value == "en") return Language::kEnglish;
  if (value == "ar") return Language::kArabic;
  throw Error(ExitCode::kUsage, std::string(option) + " must be en or ar, not \"" + value + "\"");
}

std::string Display::text(std::string_view s) const {
  switch (bidi) {
    case Bidi::kIsolate:
      return text::bidi_isolate(s);
    case Bidi::kVisual:
      return text::bidi_visual(s);
    case Bidi::kNone:
      break;
  }
  return std::string(s);
}

void add_display_options(po::options_description& options, DisplayOptions& display) {
  const char* env = std::getenv("MIZAN_BIDI");
  if (env != nullptr && *env != '\0') display.bidi = env;
  options.add_options()(
      "bidi", po::value(&display.bidi)->default_value(display.bidi),
      "Arabic on a terminal: isolate (bidi-aware terminals: GNOME Terminal, Konsole), visual "
      "(terminals without bidi: xterm), none, or auto (isolate on a terminal, none in a pipe); "
      "default from $MIZAN_BIDI")("color", po::value(&display.colour)->default_value("auto"),
                                  "colour the diff: auto, always, never");
}

Display resolve_display(const DisplayOptions& options) {
  const bool tty = isatty(STDOUT_FILENO) == 1;
  Display d;
  if (options.bidi == "auto") {
    d.bidi = tty ? Display::Bidi::kIsolate : Display::Bidi::kNone;
  } else if (options.bidi == "isolate") {
    d.bidi = Display::Bidi::kIsolate;
  } else if (options.bidi == "visual") {
    d.bidi = Display::Bidi::kVisual;
  } else if (options.bidi == "none") {
    d.bidi = Display::Bidi::kNone;
  } else {
    throw Error(ExitCode::kUsage,
                "--bidi must be auto, isolate, visual or none, not \"" + options.bidi + "\"");
  }
  if (options.colour == "auto") {
    d.colour = tty && std::getenv("NO_COLOR") == nullptr;
  } else if (options.colour == "always") {
    d.colour = true;
  } else if (options.colour == "never") {
    d.colour = false;
  } else {
    throw Error(ExitCode::kUsage,
                "--color must be auto, always or never, not \"" + options.colour + "\"");
  }
  // Colour codes would be reordered with the text in visual mode.
  if (d.bidi == Display::Bidi::kVisual) d.colour = false;
  return d;
}

}  // namespace mizan::cli
