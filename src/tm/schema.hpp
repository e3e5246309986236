#pragma once
// The database schema as an ordered list of migrations, and opening a file as a mizan database:
// refuse anything that is not one (or is from a newer mizan) before touching it, then switch to
// WAL and bring the schema up to date.

#include <span>
#include <string>
#include <string_view>

#include "mizan/tm/sqlite_store.hpp"
#include "sqlite.hpp"

namespace mizan::tm::schema {

/// PRAGMA application_id of every mizan database ("mzan"): tells our files from other SQLite
/// files before anything is written.
constexpr int kApplicationId = 0x6D7A616E;

/// One step from version `version - 1` to `version`: SQL run inside the migration transaction.
struct Migration {
  int version;
  std::string_view name;  // what the step adds, for `mizan stats` and error messages
  std::string_view sql;
};

/// Every migration, in version order (src/tm/migrations.cpp).
std::span<const Migration> migrations();

/// The schema version this build writes (the last migration's).
int current_version();

/// Checks that `db` is empty or a mizan database no newer than this build (kConfig otherwise,
/// with the file untouched), then enables WAL and applies the pending migrations in one
/// transaction. A read-only connection is only checked; it must already be current.
void prepare(sqlite::Db& db, bool read_only);

/// What every part of src/tm that opens a mizan file (the memory, the terminology store) does
/// for a connection, so that they all check, lock and migrate alike: the busy timeout (a locked
/// database waits that long, then kTempFail), prepare() (kConfig for a foreign or newer file,
/// left untouched; pending migrations), the connection's cache settings. A reader
/// (options.read_only) is opened read-write when the process may write the file (so that it
/// migrates it and keeps it in WAL mode), else read-only, else as an immutable snapshot.
sqlite::Db connect(const OpenOptions& options);

/// Throws kNoInput naming `path` when there is no file there; `missing` says what is missing and
/// how to make one ("no translation memory here (create one with ...)").
void require_file(const std::string& path, std::string_view missing);

}  // namespace mizan::tm::schema
