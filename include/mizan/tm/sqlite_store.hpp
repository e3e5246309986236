#pragma once
// The translation memory in an SQLite file (the embedded backend of Store; the tables are
// described in src/tm/migrations.cpp).

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "mizan/tm/store.hpp"

namespace mizan::tm {

/// How to open a mizan database file (the memory here, its glossary in sqlite_term_store.hpp).
struct OpenOptions {
  std::string path;  // the database file
  /// Create the file when it does not exist; otherwise a missing file is kNoInput.
  bool create = true;
  /// How long to wait for another process's write lock before failing with kTempFail.
  std::chrono::milliseconds busy_timeout{5000};
  /// The caller only reads (lookups, stats, export); begin_import() then fails. A file this
  /// process may write is opened as usual (an older schema is upgraded); one it may not (a
  /// colleague's memory, a read-only mount) is read without the WAL switch and migrations, so
  /// its schema must be current. A WAL file in a folder it cannot write either, whose -shm
  /// index SQLite cannot create, is read as a snapshot when no writer is connected to it (no
  /// -wal file beside it).
  bool read_only = false;
  /// Run SQLite's PRAGMA quick_check when opening, and refuse a damaged file (kDataError) before
  /// anything is read or written. It reads every page (90 ms for 100,000 units, warm): worth it
  /// for what reads or writes the whole memory (stats, export, import, ingest, term import and
  /// export), whose result would be silently partial or would write into damage; the small
  /// commands (lookup, add) meet a damaged page when they read it.
  bool verify = false;
  /// Units with a longer side are refused (tm::unit_problem).
  std::size_t max_side_bytes = kDefaultMaxSideBytes;
};

/// Opens (or creates) an SQLite translation memory. Refuses, without changing it, a file that
/// is not a mizan database or was written by a newer schema (kConfig); upgrades an older schema
/// unless it cannot write the file. The store owns one connection: use it from one thread at a
/// time, and open another for another thread (SQLite's WAL lets readers and one writer share the
/// file).
std::unique_ptr<Store> open_sqlite_store(const OpenOptions& options);

/// The files of the database at `path`: the file itself, its write-ahead log, shared-memory
/// index and rollback journal. No command may write its output over any of them.
std::vector<std::string> database_files(const std::string& path);

}  // namespace mizan::tm
