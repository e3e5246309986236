#pragma once
// Owners of SQLite handles (the only place in mizan that includes sqlite3.h): Db (a connection),
// Stmt (a prepared statement) and Txn (a transaction that rolls back unless committed), and the
// mapping from SQLite result codes to mizan exit codes.

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "mizan/core/error.hpp"

namespace mizan::tm::sqlite {

/// A connection. Opening never creates the file unless `create`; errors name the file. Used from
/// one thread at a time, with its statements and transactions (a thread opens its own).
class Db {
 public:
  /// `immutable`: the file is read as a snapshot nobody writes (SQLite's immutable=1: no locks,
  /// no -shm index), for a WAL database in a folder this process cannot write.
  Db(const std::string& path, bool create, bool read_only, bool immutable = false);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  Db(Db&& other) noexcept;
  Db& operator=(Db&&) = delete;

  sqlite3* get() const { return db_; }
  const std::string& path() const { return path_; }

  /// Runs one or more statements without results.
  void exec(std::string_view sql);
  void set_busy_timeout(std::chrono::milliseconds timeout);
  std::chrono::milliseconds busy_timeout() const { return busy_timeout_; }

  /// Throws mizan::Error for a failed call: `rc` picks the exit code (locked -> 75, not a
  /// database -> 78, disk full or I/O -> 74 ...), `what` says what mizan was doing.
  [[noreturn]] void fail(int rc, std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::chrono::milliseconds busy_timeout_{0};
};

/// A prepared statement, reset after each use by its users (reset()); on its Db's thread.
class Stmt {
 public:
  Stmt(Db& db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

  // Parameters are 1-based, as in SQLite.
  Stmt& bind(int i, std::int64_t value);
  Stmt& bind(int i, double value);
  /// Text is copied only when `transient` (SQLITE_TRANSIENT); otherwise it must outlive step().
  Stmt& bind(int i, std::string_view text, bool transient = false);
  Stmt& bind_blob(int i, const void* data, std::size_t size);
  Stmt& bind_null(int i);
  /// Binds NULL for an empty string, else the text.
  Stmt& bind_text_or_null(int i, std::string_view text);

  /// Next row: true when a row is available, false when done.
  bool step();
  /// Runs a statement that returns no row.
  void run();
  void reset();

  std::int64_t int64(int column) const { return sqlite3_column_int64(stmt_, column); }
  double real(int column) const { return sqlite3_column_double(stmt_, column); }
  bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  /// An INTEGER or REAL value (not NULL, text or a blob).
  bool is_number(int column) const {
    const int type = sqlite3_column_type(stmt_, column);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
  }
  /// Text of a column (empty for NULL); valid until the next step/reset.
  std::string_view text(int column) const;
  std::string_view blob(int column) const;

 private:
  Db* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// BEGIN IMMEDIATE (takes the write lock now, waiting up to the busy timeout) or a deferred
/// read transaction; rolled back by the destructor unless commit() ran.
class Txn {
 public:
  enum class Mode { kRead, kWrite };
  Txn(Db& db, Mode mode);
  ~Txn();
  Txn(const Txn&) = delete;
  Txn& operator=(const Txn&) = delete;
  void commit();

 private:
  Db& db_;
  bool open_ = false;
};

}  // namespace mizan::tm::sqlite
