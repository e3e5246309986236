#pragma once
// Options shared by the commands that use a mizan database (add, import, lookup, concord, stats,
// ingest, term): which database, how long to wait for a lock, and how to show Arabic and diffs in
// a terminal.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"
#include "mizan/core/language.hpp"
#include "mizan/term/term_store.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::cli {

struct DbOptions {
  std::string db;  // --db; empty: $MIZAN_DB, else ./mizan.db
  int busy_timeout_ms = 5000;
  std::size_t max_side_bytes = tm::kDefaultMaxSideBytes;  // --max-unit-bytes
  /// Check the file's pages when opening (tm::OpenOptions::verify): set by the commands that
  /// read or write the whole memory.
  bool verify = false;
};

void add_db_options(po::options_description& options, DbOptions& db);
/// --max-unit-bytes, for the commands that store units (add, import, ingest).
void add_unit_limit_option(po::options_description& options, DbOptions& db);

/// --db, else $MIZAN_DB, else ./mizan.db.
std::string resolve_db_path(const DbOptions& db);

/// What a command does with the database: kWrite creates a missing file; kRead makes it an error
/// (exit 66) and also reads a file this process cannot write (tm::OpenOptions::read_only).
enum class StoreUse { kRead, kWrite };

/// Opens the store for `use`.
std::unique_ptr<tm::Store> open_store(const DbOptions& db, StoreUse use);

/// Opens the glossary kept in the same database (the terminology store), the same way.
std::unique_ptr<term::TermStore> open_term_store(const DbOptions& db, StoreUse use);

/// Refuses (exit 64) before anything is written an output (a file of `outputs`, or standard
/// output when it is a file) that is one of `inputs` or a file of the database of `db`
/// (formats::refuse_overwriting_inputs): every command that writes files calls this first.
void refuse_overwriting_inputs(std::vector<std::string> outputs, std::vector<std::string> inputs,
                               const DbOptions& db);
/// --client, --domain, --project: whose work the units stored are (add, import, ingest).
struct OwnerOptions {
  std::string client, domain, project;
};
void add_owner_options(po::options_description& options, OwnerOptions& owner);
/// Fills the unit's client, domain and project from the options where the unit has none.
void apply_owner(const OwnerOptions& owner, TranslationUnit& unit);

/// --format must be "text" or "json" (usage error otherwise); true for json.
bool json_format(const std::string& format);

/// "en" / "ar" for an option value, else a usage error naming the option.
Language parse_language(const std::string& value, std::string_view option);

/// How text is shown on stdout: Arabic isolation or visual order, and colour.
struct Display {
  enum class Bidi { kIsolate, kVisual, kNone };
  Bidi bidi = Bidi::kNone;
  bool colour = false;
  /// A segment ready to print inside a line.
  std::string text(std::string_view s) const;
};

struct DisplayOptions {
  std::string bidi = "auto";    // auto | isolate | visual | none
  std::string colour = "auto";  // auto | always | never
};

void add_display_options(po::options_description& options, DisplayOptions& display);
/// auto: isolates and colour when stdout is a terminal, nothing when it is a pipe or file.
/// $MIZAN_BIDI sets the default of --bidi (visual for terminals without bidi support).
Display resolve_display(const DisplayOptions& options);

}  // namespace mizan::cli
