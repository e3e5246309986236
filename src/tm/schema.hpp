#pragma once
// The database schema as an ordered list of migrations, and opening a file as a mizan database:
// refuse anything that is not one (or is from a newer mizan) before touching it, then switch to
// WAL and bring the schema up to date.

#include <span>
#include <string_view>

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

}  // namespace mizan::tm::schema
