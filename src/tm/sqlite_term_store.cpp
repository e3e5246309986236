// The terminology store in the memory's SQLite file (table term_entry, migration 3 in
// migrations.cpp). The whole glossary is loaded (recognition needs all of it) and saved back by
// difference: rows whose entry is gone are deleted, changed ones updated, new ones inserted, all
// in one transaction, so a `term add` to a 100,000-entry glossary writes one row.

#include "mizan/tm/sqlite_term_store.hpp"

#include <unordered_map>

#include "mizan/text/match_key.hpp"
#include "schema.hpp"
#include "sqlite.hpp"

namespace mizan::tm {
namespace {

// term_entry.status: fixed numbers, not the enum's values, so that reordering TermStatus can
// never reinterpret a stored glossary.
std::int64_t status_column(TermStatus s) {
  switch (s) {
    case TermStatus::kPreferred:
      return 0;
    case TermStatus::kAdmitted:
      return 1;
    case TermStatus::kDeprecated:
      return 2;
  }
  return 0;
}

std::optional<TermStatus> status_from_column(std::int64_t v) {
  switch (v) {
    case 0:
      return TermStatus::kPreferred;
    case 1:
      return TermStatus::kAdmitted;
    case 2:
      return TermStatus::kDeprecated;
    default:
      return std::nullopt;
  }
}

// Variants joined with '|' (term::entry_problem keeps '|' out of terms and variants).
std::string join_variants(const std::vector<std::string>& variants) {
  std::string out;
  for (const std::string& v : variants) {
    if (!out.empty()) out.push_back('|');
    out += v;
  }
  return out;
}

std::vector<std::string> split_variants(std::string_view joined) {
  std::vector<std::string> out;
  while (!joined.empty()) {
    const std::size_t bar = joined.find('|');
    out.emplace_back(joined.substr(0, bar));
    if (bar == std::string_view::npos) break;
    joined.remove_prefix(bar + 1);
  }
  return out;
}

constexpr std::string_view kColumns =
    "id, en, ar, status, en_variants, ar_variants, pos, domain, note";

bool same_content(const TermEntry& a, const TermEntry& b) {
  return a.en == b.en && a.ar == b.ar && a.status == b.status && a.en_variants == b.en_variants &&
         a.ar_variants == b.ar_variants && a.part_of_speech == b.part_of_speech &&
         a.domain == b.domain && a.note == b.note;
}

// One connection: one thread at a time (open_sqlite_term_store).
class SqliteTermStore final : public term::TermStore {
 public:
  explicit SqliteTermStore(const OpenOptions& options) : db_(schema::connect(options)) {}

  term::Glossary load() override {
    sqlite::Txn snapshot(db_, sqlite::Txn::Mode::kRead);
    term::Glossary glossary;
    for (TermEntry& e : read_rows())
      glossary.add(std::move(e));
    return glossary;
  }

  void save(const term::Glossary& glossary) override {
    sqlite::Txn txn(db_, sqlite::Txn::Mode::kWrite);
    write(glossary);
    txn.commit();
  }

  term::Glossary update(const std::function<void(term::Glossary&)>& change) override {
    // The write lock from the first read to the commit: no other writer's entries are lost.
    sqlite::Txn txn(db_, sqlite::Txn::Mode::kWrite);
    term::Glossary glossary;
    for (TermEntry& e : read_rows())
      glossary.add(std::move(e));
    change(glossary);
    write(glossary);
    txn.commit();
    return glossary;
  }

 private:
  // Every row in id order, checked: the file may have been edited by another program.
  std::vector<TermEntry> read_rows() {
    sqlite::Stmt s(db_, "SELECT " + std::string(kColumns) + " FROM term_entry ORDER BY id");
    std::vector<TermEntry> rows;
    while (s.step()) {
      TermEntry e;
      e.id = s.int64(0);
      e.en = s.text(1);
      e.ar = s.text(2);
      const std::optional<TermStatus> status = status_from_column(s.int64(3));
      if (!status) damaged(e.id, "unknown status " + std::to_string(s.int64(3)));
      e.status = *status;
      e.en_variants = split_variants(s.text(4));
      e.ar_variants = split_variants(s.text(5));
      e.part_of_speech = s.text(6);
      e.domain = s.text(7);
      e.note = s.text(8);
      if (const std::string problem = term::entry_problem(e); !problem.empty())
        damaged(e.id, problem);
      rows.push_back(std::move(e));
    }
    return rows;
  }

  [[noreturn]] void damaged(std::int64_t id, const std::string& problem) const {
    throw Error(ExitCode::kDataError,
                "glossary entry " + std::to_string(id) + " in the database is damaged: " + problem,
                {.file = db_.path()});
  }

  // Inside the caller's write transaction.
  void write(const term::Glossary& glossary) {
    std::unordered_map<std::int64_t, TermEntry> stored;
    for (TermEntry& e : read_rows()) {
      const std::int64_t id = e.id;
      stored.emplace(id, std::move(e));
    }
    std::vector<const TermEntry*> changed, added;
    for (const TermEntry& e : glossary.entries()) {
      const auto it = e.id > 0 ? stored.find(e.id) : stored.end();
      if (it == stored.end()) {
        added.push_back(&e);
        continue;
      }
      if (!same_content(it->second, e)) changed.push_back(&e);
      stored.erase(it);
    }
    // What is left was removed. Deleting first frees the (en_key, ar_key) of a removed entry that
    // comes back as a new one.
    sqlite::Stmt remove(db_, "DELETE FROM term_entry WHERE id = ?");
    for (const auto& [id, entry] : stored) {
      remove.bind(1, id);
      remove.run();
    }
    sqlite::Stmt update(db_,
                        "UPDATE term_entry SET en = ?2, ar = ?3, en_key = ?4, ar_key = ?5, "
                        "status = ?6, en_variants = ?7, ar_variants = ?8, pos = ?9, domain = ?10, "
                        "note = ?11 WHERE id = ?1");
    for (const TermEntry* e : changed)
      bind_and_run(update, *e, e->id);
    sqlite::Stmt insert(db_,
                        "INSERT INTO term_entry (id, en, ar, en_key, ar_key, status, en_variants, "
                        "ar_variants, pos, domain, note) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (const TermEntry* e : added)
      bind_and_run(insert, *e, 0);
  }

  // Binds ?1 (the id, NULL for a new row) to ?11 and runs the statement.
  void bind_and_run(sqlite::Stmt& s, const TermEntry& e, std::int64_t id) {
    const std::string en_key = text::match_key(e.en), ar_key = text::match_key(e.ar);
    const std::string en_variants = join_variants(e.en_variants);
    const std::string ar_variants = join_variants(e.ar_variants);
    if (id > 0) {
      s.bind(1, id);
    } else {
      s.bind_null(1);
    }
    s.bind(2, e.en).bind(3, e.ar).bind(4, en_key).bind(5, ar_key);
    s.bind(6, status_column(e.status));
    s.bind_text_or_null(7, en_variants).bind_text_or_null(8, ar_variants);
    s.bind_text_or_null(9, e.part_of_speech).bind_text_or_null(10, e.domain);
    s.bind_text_or_null(11, e.note);
    s.run();
  }

  sqlite::Db db_;
};

}  // namespace

std::unique_ptr<term::TermStore> open_sqlite_term_store(const OpenOptions& options) {
  if (!options.create) {
    schema::require_file(options.path,
                         "no mizan database here (create one with mizan term import, ingest or "
                         "import)");
  }
  return std::make_unique<SqliteTermStore>(options);
}

}  // namespace mizan::tm
