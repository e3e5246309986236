#include "sqlite.hpp"

namespace mizan::tm::sqlite {
namespace {

ExitCode exit_code_for(int rc) {
  switch (rc & 0xFF) {  // primary result code
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return ExitCode::kTempFail;
    case SQLITE_NOTADB:
      return ExitCode::kConfig;
    case SQLITE_CORRUPT:
      return ExitCode::kDataError;
    case SQLITE_CANTOPEN:
      return ExitCode::kCantCreate;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return ExitCode::kIoError;
    case SQLITE_NOMEM:
      return ExitCode::kSoftware;
    default:
      return ExitCode::kSoftware;
  }
}

// "file:PATH?immutable=1" with the characters URIs reserve percent-encoded.
std::string immutable_uri(std::string_view path) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto u = static_cast<unsigned char>(c);
      uri += '%';
      uri += kHex[u >> 4];
      uri += kHex[u & 15];
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

}  // namespace

Db::Db(const std::string& path, bool create, bool read_only, bool immutable) : path_(path) {
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  // NOMUTEX: a connection belongs to one Store, used from one thread at a time.
  flags |= SQLITE_OPEN_NOMUTEX;
  if (immutable) flags |= SQLITE_OPEN_URI;
  const std::string name = immutable ? immutable_uri(path) : path;
  const int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    throw Error(exit_code_for(rc), "cannot open the database: " + message, {.file = path});
  }
  sqlite3_extended_result_codes(db_, 1);
}

Db::Db(Db&& other) noexcept
    : db_(other.db_), path_(std::move(other.path_)), busy_timeout_(other.busy_timeout_) {
  other.db_ = nullptr;
}

Db::~Db() {
  // Statements are owned by Stmt objects that die first; close_v2 copes with stragglers.
  sqlite3_close_v2(db_);
}

void Db::exec(std::string_view sql) {
  const std::string s(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    sqlite3_free(message);
    fail(rc, "running " + s.substr(0, 60));
  }
}

void Db::set_busy_timeout(std::chrono::milliseconds timeout) {
  busy_timeout_ = timeout;
  sqlite3_busy_timeout(db_, static_cast<int>(timeout.count()));
}

void Db::fail(int rc, std::string_view what) const {
  const ExitCode code = exit_code_for(rc);
  std::string message;
  if ((rc & 0xFF) == SQLITE_CORRUPT) {
    // Not the input's fault, whatever was being read or written: say so, and what to do.
    message = "the database is damaged (" + std::string(sqlite3_errstr(rc)) + ", " +
              std::string(what) + "); `mizan check --db " + path_ +
              "` says what is wrong; restore a backup, or export what can still be read";
  } else if (code == ExitCode::kTempFail) {
    message = "the database is locked by another process (waited " +
              std::to_string(busy_timeout_.count()) +
              " ms); try again when it has finished, or raise --busy-timeout";
  } else {
    message = std::string(what) + ": " + sqlite3_errmsg(db_);
  }
  throw Error(code, message, {.file = path_});
}

Stmt::Stmt(Db& db, std::string_view sql) : db_(&db) {
  const int rc = sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (rc != SQLITE_OK) db.fail(rc, "preparing " + std::string(sql.substr(0, 60)));
}

Stmt::~Stmt() {
  sqlite3_finalize(stmt_);
}

Stmt& Stmt::bind(int i, std::int64_t value) {
  const int rc = sqlite3_bind_int64(stmt_, i, value);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a parameter");
  return *this;
}

Stmt& Stmt::bind(int i, double value) {
  const int rc = sqlite3_bind_double(stmt_, i, value);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a parameter");
  return *this;
}

Stmt& Stmt::bind(int i, std::string_view text, bool transient) {
  const int rc = sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()),
                                   transient ? SQLITE_TRANSIENT : SQLITE_STATIC);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a parameter");
  return *this;
}

Stmt& Stmt::bind_blob(int i, const void* data, std::size_t size) {
  const int rc = sqlite3_bind_blob(stmt_, i, data, static_cast<int>(size), SQLITE_STATIC);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a parameter");
  return *this;
}

Stmt& Stmt::bind_null(int i) {
  const int rc = sqlite3_bind_null(stmt_, i);
  if (rc != SQLITE_OK) db_->fail(rc, "binding a parameter");
  return *this;
}

Stmt& Stmt::bind_text_or_null(int i, std::string_view text) {
  return text.empty() ? bind_null(i) : bind(i, text);
}

bool Stmt::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  db_->fail(rc, std::string("running ") + std::string(sqlite3_sql(stmt_)).substr(0, 60));
}

void Stmt::run() {
  step();
  reset();
}

void Stmt::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string_view Stmt::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  if (p == nullptr) return {};
  return {reinterpret_cast<const char*>(p),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::string_view Stmt::blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  if (p == nullptr) return {};
  return {static_cast<const char*>(p),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

Txn::Txn(Db& db, Mode mode) : db_(db) {
  db_.exec(mode == Mode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
  open_ = true;
}

Txn::~Txn() {
  if (!open_) return;
  // Never throws: a failed rollback leaves SQLite to roll back when the connection closes.
  sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Txn::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

}  // namespace mizan::tm::sqlite
