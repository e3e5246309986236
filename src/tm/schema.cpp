#include "schema.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

namespace mizan::tm::schema {
namespace {

struct Identity {
  int application_id = 0;
  int version = 0;
  bool has_tables = false;
};

int pragma_int(sqlite::Db& db, std::string_view pragma) {
  sqlite::Stmt s(db, pragma);
  const int value = s.step() ? static_cast<int>(s.int64(0)) : 0;
  s.reset();
  return value;
}

Identity identify(sqlite::Db& db) {
  Identity id;
  try {
    id.application_id = pragma_int(db, "PRAGMA application_id");
    id.version = pragma_int(db, "PRAGMA user_version");
    sqlite::Stmt tables(db, "SELECT count(*) FROM sqlite_schema");
    id.has_tables = tables.step() && tables.int64(0) > 0;
  } catch (const Error& e) {
    if (e.code() == ExitCode::kConfig || e.code() == ExitCode::kDataError) {
      // SQLITE_NOTADB / SQLITE_CORRUPT on the first read: some other kind of file.
      throw Error(ExitCode::kConfig,
                  "is not a mizan database (not an SQLite file); refusing to touch it",
                  {.file = db.path()});
    }
    throw;
  }
  return id;
}

}  // namespace

int current_version() {
  return migrations().back().version;
}

void prepare(sqlite::Db& db, bool read_only) {
  const Identity id = identify(db);
  const bool fresh = id.application_id == 0 && id.version == 0 && !id.has_tables;
  if (id.application_id != kApplicationId && !fresh) {
    throw Error(ExitCode::kConfig,
                "is not a mizan database (an SQLite database of another application); "
                "refusing to touch it",
                {.file = db.path()});
  }
  if (id.version > current_version()) {
    throw Error(ExitCode::kConfig,
                "was written by a newer mizan (schema version " + std::to_string(id.version) +
                    ", this build knows up to " + std::to_string(current_version()) +
                    "); upgrade mizan to use it",
                {.file = db.path()});
  }
  if (read_only) {
    if (id.version < current_version()) {
      throw Error(ExitCode::kConfig,
                  fresh ? "is not a mizan database yet (empty)"
                        : "needs a schema upgrade; open it once with write access",
                  {.file = db.path()});
    }
    return;
  }

  // WAL: readers never block the writer nor each other (lookups keep working during an import),
  // and a transaction interrupted by kill -9 is simply absent after recovery. synchronous=NORMAL
  // is what SQLite recommends with WAL: still atomic and consistent after a crash, only the last
  // commits may be lost on power failure.
  {
    sqlite::Stmt mode(db, "PRAGMA journal_mode");
    const std::string current = mode.step() ? std::string(mode.text(0)) : std::string();
    mode.reset();
    if (current != "wal") {
      sqlite::Stmt set(db, "PRAGMA journal_mode=WAL");
      const std::string now = set.step() ? std::string(set.text(0)) : std::string();
      set.reset();
      if (now != "wal") {
        throw Error(ExitCode::kIoError,
                    "cannot switch the database to WAL mode (got \"" + now +
                        "\"); is it on a network file system?",
                    {.file = db.path()});
      }
    }
  }
  db.exec("PRAGMA synchronous=NORMAL");
  if (id.version == current_version()) return;

  sqlite::Txn txn(db, sqlite::Txn::Mode::kWrite);
  // Another process may have migrated the file while we waited for the write lock.
  const int version = pragma_int(db, "PRAGMA user_version");
  if (version > current_version()) {
    throw Error(ExitCode::kConfig, "was upgraded by a newer mizan while opening it",
                {.file = db.path()});
  }
  for (const Migration& m : migrations()) {
    if (m.version > version) db.exec(m.sql);
  }
  db.exec("PRAGMA user_version=" + std::to_string(current_version()));
  db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
  txn.commit();
}

namespace {

// A new database appears whole or not at all: it is made (schema, WAL mode) under a temporary
// name beside it and then linked to its name, so that a creation that fails (a full disk, a
// kill) leaves neither an empty file nor a half-made one that a later command would take for a
// database. link() rather than rename(): when another process created the file meanwhile, link
// fails with EEXIST and that file is used, not replaced.
void create_database(const OpenOptions& options) {
  // SQLite creates the file, with the permissions it gives every database. The process id makes
  // the name this process's own; what a killed process of the same id left there is removed.
  const std::string temp = options.path + ".new-" + std::to_string(::getpid());
  struct RemoveTemp {
    const std::string& path;
    void operator()() const {
      for (const std::string& file : database_files(path))
        ::unlink(file.c_str());
    }
    ~RemoveTemp() { (*this)(); }
  } remove_temp{temp};
  remove_temp();
  try {
    sqlite::Db db(temp, /*create=*/true, /*read_only=*/false);
    db.set_busy_timeout(options.busy_timeout);
    prepare(db, /*read_only=*/false);
  } catch (const Error& e) {  // closing the only connection checkpoints the WAL into the file
    throw Error(e.code(), e.message(), {.file = options.path});  // the user's name, not ours
  }
  if (::link(temp.c_str(), options.path.c_str()) == 0 || errno == EEXIST) return;
  // A file system without hard links: rename, unless the file has appeared meanwhile.
  if (!std::filesystem::exists(options.path) &&
      std::rename(temp.c_str(), options.path.c_str()) == 0)
    return;
  throw Error(ExitCode::kCantCreate, std::string("cannot create: ") + std::strerror(errno),
              {.file = options.path});
}

sqlite::Db writable_connection(const OpenOptions& options) {
  if (options.create && !std::filesystem::exists(options.path)) create_database(options);
  sqlite::Db db(options.path, /*create=*/false, /*read_only=*/false);
  db.set_busy_timeout(options.busy_timeout);
  prepare(db, /*read_only=*/false);
  return db;
}

sqlite::Db read_only_connection(const OpenOptions& options, bool immutable) {
  sqlite::Db db(options.path, /*create=*/false, /*read_only=*/true, immutable);
  db.set_busy_timeout(options.busy_timeout);
  prepare(db, /*read_only=*/true);
  return db;
}

bool may_write(const std::string& path) {
  return ::access(path.c_str(), W_OK) == 0;
}

// A reader opens the file as a writer would when it may (so that it sees an upgraded schema and
// the file stays in WAL mode), else read-only, else, for a WAL database whose -shm index it
// cannot create (SQLITE_READONLY_CANTINIT, SQLITE_CANTOPEN), as an immutable snapshot. The
// snapshot is only safe while nobody writes: it is taken only when no -wal file exists, i.e.
// no connection is open on the database.
sqlite::Db open_file(const OpenOptions& options) {
  if (!options.read_only) {
    if (std::filesystem::exists(options.path) && !may_write(options.path)) {
      throw Error(ExitCode::kIoError,
                  "cannot write to this translation memory (no write permission); the "
                  "commands that only read it (lookup, concord, stats, export, term list, "
                  "find, suggest, check) still work",
                  {.file = options.path});
    }
    return writable_connection(options);
  }
  if (may_write(options.path)) {
    try {
      return writable_connection(options);
    } catch (const Error& e) {
      // A writable file in a folder this process cannot write: WAL cannot start there.
      if (e.code() != ExitCode::kIoError && e.code() != ExitCode::kCantCreate) throw;
    }
  }
  try {
    return read_only_connection(options, /*immutable=*/false);
  } catch (const Error& e) {
    if (e.code() != ExitCode::kIoError && e.code() != ExitCode::kCantCreate) throw;
    if (std::filesystem::exists(options.path + "-wal")) throw;
  }
  return read_only_connection(options, /*immutable=*/true);
}

}  // namespace

sqlite::Db connect(const OpenOptions& options) {
  sqlite::Db db = open_file(options);
  if (options.verify) {
    sqlite::Stmt check(db, "PRAGMA quick_check(1)");
    std::string verdict = check.step() ? std::string(check.text(0)) : std::string("ok");
    check.reset();
    // "*** in database main ***\nPage 3: ..." names the schema first: keep what is wrong.
    if (verdict.starts_with("***") && verdict.find('\n') != std::string::npos)
      verdict.erase(0, verdict.find('\n') + 1);
    if (verdict != "ok") db.fail(SQLITE_CORRUPT, "checking its pages (" + verdict + ")");
  }
  // 32 MB page cache (the default is 2 MB): bulk imports write the key and posting trees in
  // order and lookups touch a few hundred pages, both gain; WAL beyond 64 MB is truncated back
  // after checkpoints so a bulk import does not leave a WAL the size of the database.
  db.exec("PRAGMA cache_size=-32768; PRAGMA journal_size_limit=67108864");
  return db;
}

void require_file(const std::string& path, std::string_view missing) {
  if (!std::filesystem::exists(path))
    throw Error(ExitCode::kNoInput, std::string(missing), {.file = path});
}

}  // namespace mizan::tm::schema
