#include "change_log.hpp"

#include <ctime>

#include "unit_rows.hpp"

namespace mizan::tm {
namespace {

// Every column of tu, in the order tu_before repeats them.
constexpr std::string_view kRowColumns =
    "id, en, ar, doc, pos, created, changed, usage_count, confidence, source_lang, en_locale, "
    "ar_locale, creator, notes, props, en_markup, ar_markup, prev_en, prev_ar, next_en, next_ar, "
    "tuid, changer, last_used, en_notes, ar_notes, en_props, ar_props, client, domain, project";

std::string row_sql(std::string_view head, std::string_view tail) {
  return std::string(head) + std::string(kRowColumns) + std::string(tail);
}

}  // namespace

std::int64_t now_seconds() {
  return static_cast<std::int64_t>(std::time(nullptr));
}

ChangeLog::ChangeLog(SqliteStore& store, std::string who)
    : store_(store), who_(std::move(who)), now_(now_seconds()) {}

void ChangeLog::record(std::int64_t unit, ChangeKind kind) {
  if (batch_ == 0) {
    sqlite::Stmt& s = store_.statement("SELECT coalesce(max(batch), 0) + 1 FROM tu_change");
    batch_ = s.step() ? s.int64(0) : 1;
    s.reset();
  }
  sqlite::Stmt& change =
      store_.statement("INSERT INTO tu_change (batch, tu, action, who, at) VALUES (?, ?, ?, ?, ?)");
  change.bind(1, batch_).bind(2, unit).bind(3, change_kind_name(kind));
  change.bind_text_or_null(4, who_).bind(5, now_).run();
  const std::int64_t id = sqlite3_last_insert_rowid(store_.db().get());
  store_
      .statement(row_sql("INSERT INTO tu_before (change, ", ") SELECT ?, ") +
                 std::string(kRowColumns) + " FROM tu WHERE id = ?")
      .bind(1, id)
      .bind(2, unit)
      .run();
  store_
      .statement(
          "INSERT INTO tu_before_origin (change, doc, pos, prev_en_hash, prev_ar_hash, seq) "
          "SELECT ?, doc, pos, prev_en_hash, prev_ar_hash, seq FROM tu_origin WHERE tu = ?")
      .bind(1, id)
      .bind(2, unit)
      .run();
}

void erase_unit(SqliteStore& store, std::int64_t id) {
  sqlite::Stmt& read = store.statement("SELECT en, ar FROM tu WHERE id = ?");
  read.bind(1, id);
  if (read.step()) {
    const std::string en(read.text(0)), ar(read.text(1));
    read.reset();
    unindex_unit(store, id, en, ar);
  } else {
    read.reset();
  }
  store.statement("DELETE FROM tu_origin WHERE tu = ?").bind(1, id).run();
  store.statement("DELETE FROM tu WHERE id = ?").bind(1, id).run();
  store.forget_cached_counts();
}

bool remove_origin(SqliteStore& store, std::int64_t id, std::int64_t doc, std::int64_t pos) {
  // The first origin is kept in tu itself with the text of the segment before it; without it
  // the unit keeps its further origins (and their context hashes) in tu_origin.
  store
      .statement(
          "UPDATE tu SET doc = NULL, pos = NULL, prev_en = NULL, prev_ar = NULL, next_en = NULL, "
          "next_ar = NULL WHERE id = ? AND doc = ? AND pos = ?")
      .bind(1, id)
      .bind(2, doc)
      .bind(3, pos)
      .run();
  store.statement("DELETE FROM tu_origin WHERE tu = ? AND doc = ? AND pos = ?")
      .bind(1, id)
      .bind(2, doc)
      .bind(3, pos)
      .run();
  sqlite::Stmt& left = store.statement(
      "SELECT (SELECT doc IS NOT NULL FROM tu WHERE id = ?1) OR "
      "EXISTS (SELECT 1 FROM tu_origin WHERE tu = ?1)");
  left.bind(1, id);
  const bool has_origin = left.step() && left.int64(0) != 0;
  left.reset();
  if (has_origin) return false;
  erase_unit(store, id);
  return true;
}

void restore_unit(SqliteStore& store, std::int64_t change, std::int64_t unit) {
  erase_unit(store, unit);
  store
      .statement(row_sql("INSERT INTO tu (", ") SELECT ") + std::string(kRowColumns) +
                 " FROM tu_before WHERE change = ?")
      .bind(1, change)
      .run();
  store
      .statement(
          "INSERT INTO tu_origin (tu, doc, pos, prev_en_hash, prev_ar_hash, seq) "
          "SELECT ?, doc, pos, prev_en_hash, prev_ar_hash, seq FROM tu_before_origin "
          "WHERE change = ?")
      .bind(1, unit)
      .bind(2, change)
      .run();
  sqlite::Stmt& read = store.statement("SELECT en, ar FROM tu WHERE id = ?");
  read.bind(1, unit);
  if (read.step()) {
    const std::string en(read.text(0)), ar(read.text(1));
    read.reset();
    index_unit(store, unit, en, ar);
  } else {
    read.reset();
  }
  store.forget_cached_counts();
}

bool edited_by_hand(SqliteStore& store, std::int64_t id) {
  sqlite::Stmt& s = store.statement(
      "SELECT 1 FROM tu_change WHERE tu = ? AND action = 'edit' AND undone_at IS NULL");
  s.bind(1, id);
  const bool edited = s.step();
  s.reset();
  return edited;
}

}  // namespace mizan::tm
