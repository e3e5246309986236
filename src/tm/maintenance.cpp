// mizan edit, rm, dedupe, history and undo over the SQLite store: each one write transaction
// and one batch in the change log (change_log.hpp), the indexes kept exact as it goes
// (unit_rows.hpp).

#include <algorithm>
#include <map>

#include "change_log.hpp"
#include "hash.hpp"
#include "mizan/text/match_key.hpp"
#include "sqlite_store.hpp"
#include "unit_rows.hpp"

namespace mizan::tm {
namespace {

constexpr std::pair<ChangeKind, std::string_view> kChangeNames[] = {
    {ChangeKind::kEdit, "edit"},
    {ChangeKind::kRemove, "rm"},
    {ChangeKind::kDedupe, "dedupe"},
    {ChangeKind::kReplace, "re-ingest"},
};

ChangeKind change_kind(std::string_view name) {
  for (const auto& [kind, n] : kChangeNames) {
    if (n == name) return kind;
  }
  return ChangeKind::kEdit;
}

void refuse_read_only(const SqliteStore& store, sqlite::Db& db) {
  if (store.read_only()) {
    throw Error(ExitCode::kSoftware, "the translation memory was opened for reading only",
                {.file = db.path()});
  }
}

std::string id_list(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (const std::int64_t id : ids)
    out += (out.empty() ? "#" : ", #") + std::to_string(id);
  return out;
}

bool unit_exists(SqliteStore& store, std::int64_t id) {
  sqlite::Stmt& s = store.statement("SELECT 1 FROM tu WHERE id = ?");
  s.bind(1, id);
  const bool found = s.step();
  s.reset();
  return found;
}

// Another unit with exactly this English and Arabic (edit must not make a copy of one).
std::optional<std::int64_t> other_unit_with(SqliteStore& store, std::int64_t id,
                                            const std::string& en, const std::string& ar) {
  for (const std::int64_t other :
       store.units_with_key(Language::kEnglish, key_hash32(text::loose_key(en)))) {
    if (other == id) continue;
    sqlite::Stmt& s = store.statement("SELECT en, ar FROM tu WHERE id = ?");
    s.bind(1, other);
    const bool same = s.step() && s.text(0) == en && s.text(1) == ar;
    s.reset();
    if (same) return other;
  }
  return std::nullopt;
}

std::int64_t document_id(SqliteStore& store, const std::string& name) {
  sqlite::Stmt& s = store.statement("SELECT id FROM document WHERE name = ?");
  s.bind(1, name);
  const std::int64_t id = s.step() ? s.int64(0) : 0;
  s.reset();
  return id;
}

}  // namespace

std::string_view change_kind_name(ChangeKind kind) {
  for (const auto& [k, name] : kChangeNames) {
    if (k == kind) return name;
  }
  return "edit";
}

TranslationUnit SqliteStore::edit(std::int64_t id, const UnitEdit& edit, std::string_view who) {
  refuse_read_only(*this, db_);
  sqlite::Txn txn(db_, sqlite::Txn::Mode::kWrite);
  std::optional<TranslationUnit> unit = get(id);
  if (!unit) throw Error(ExitCode::kDataError, "no unit #" + std::to_string(id) + " to edit");
  const std::string en = edit.en ? normalise_segment(*edit.en) : unit->en;
  const std::string ar = edit.ar ? normalise_segment(*edit.ar) : unit->ar;
  if (en.empty() || ar.empty()) {
    throw Error(ExitCode::kDataError, std::string("a translation unit needs both sides; the new ") +
                                          (en.empty() ? "English" : "Arabic") + " side is empty");
  }
  const std::string notes = edit.notes ? *edit.notes : unit->notes;
  if (en == unit->en && ar == unit->ar && notes == unit->notes) return *unit;
  if (const auto copy = other_unit_with(*this, id, en, ar)) {
    throw Error(ExitCode::kDataError, "unit #" + std::to_string(id) + " would become a copy of #" +
                                          std::to_string(*copy) +
                                          "; remove one of them (mizan rm) instead");
  }
  ChangeLog log(*this, std::string(who));
  log.record(id, ChangeKind::kEdit);
  const bool text_changed = en != unit->en || ar != unit->ar;
  if (text_changed) unindex_unit(*this, id, unit->en, unit->ar);
  // Inline markup belongs to the text it was read with: a side typed anew has none.
  statement(
      "UPDATE tu SET en = ?2, ar = ?3, notes = ?4, changed = ?5, changer = ?6, "
      "en_markup = CASE WHEN en = ?2 THEN en_markup END, "
      "ar_markup = CASE WHEN ar = ?3 THEN ar_markup END WHERE id = ?1")
      .bind(1, id)
      .bind(2, std::string_view(en))
      .bind(3, std::string_view(ar))
      .bind_text_or_null(4, notes)
      .bind(5, log.now())
      .bind_text_or_null(6, who)
      .run();
  if (text_changed) index_unit(*this, id, en, ar);
  txn.commit();
  forget_cached_counts();
  return *get(id);
}

RemoveResult SqliteStore::remove(const RemoveSelection& selection, std::string_view who,
                                 bool dry_run) {
  refuse_read_only(*this, db_);
  if (selection.empty()) throw Error(ExitCode::kUsage, "no unit selected for removal");
  sqlite::Txn txn(db_, sqlite::Txn::Mode::kWrite);
  RemoveResult result;
  // (unit, doc, pos) origins to take off when a document is named; whole units otherwise.
  std::vector<std::int64_t> units;
  std::vector<std::pair<std::int64_t, std::int64_t>> origins;  // doc, pos per unit
  if (!selection.ids.empty()) {
    std::vector<std::int64_t> missing;
    for (const std::int64_t id : selection.ids) {
      (unit_exists(*this, id) ? units : missing).push_back(id);
    }
    if (!missing.empty()) {
      throw Error(ExitCode::kDataError, "no unit " + id_list(missing) + "; nothing removed");
    }
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
  } else {
    std::int64_t doc = 0;
    if (!selection.document.empty()) {
      doc = document_id(*this, selection.document);
      if (doc == 0) {
        throw Error(ExitCode::kDataError,
                    "no unit comes from a document named \"" + selection.document + "\"");
      }
    }
    // With a document, one row per origin in it; else one per unit.
    sqlite::Stmt s(db_, doc != 0 ? "SELECT o.tu, o.pos FROM (SELECT id AS tu, doc, pos FROM tu "
                                   "WHERE doc = ?1 UNION ALL SELECT tu, doc, pos FROM tu_origin "
                                   "WHERE doc = ?1) o JOIN tu t ON t.id = o.tu "
                                   "WHERE (?2 = 0 OR t.created < ?2) "
                                   "AND (?3 = '' OR t.creator = ?3) ORDER BY o.tu, o.pos"
                                 : "SELECT id, pos FROM tu t WHERE ?1 = 0 "
                                   "AND (?2 = 0 OR t.created < ?2) "
                                   "AND (?3 = '' OR t.creator = ?3) ORDER BY id");
    s.bind(1, doc).bind(2, selection.created_before).bind(3, std::string_view(selection.creator));
    while (s.step()) {
      units.push_back(s.int64(0));
      if (doc != 0) origins.emplace_back(doc, s.int64(1));
    }
  }
  // A dry run does the work and rolls it back: what it reports is what would happen.
  ChangeLog log(*this, std::string(who));
  for (std::size_t i = 0; i < units.size(); ++i) {
    const std::int64_t id = units[i];
    if (!unit_exists(*this, id)) continue;  // its last origin in the document went before
    log.record(id, ChangeKind::kRemove);
    if (origins.empty()) {
      erase_unit(*this, id);
      result.removed.push_back(id);
    } else if (remove_origin(*this, id, origins[i].first, origins[i].second)) {
      result.removed.push_back(id);
    } else if (result.unlinked.empty() || result.unlinked.back() != id) {
      result.unlinked.push_back(id);
    }
  }
  // A unit that lost one origin in the document and then its last one is removed, not unlinked.
  std::erase_if(result.unlinked, [&](std::int64_t id) { return !unit_exists(*this, id); });
  std::sort(result.removed.begin(), result.removed.end());
  result.removed.erase(std::unique(result.removed.begin(), result.removed.end()),
                       result.removed.end());
  if (!dry_run) txn.commit();
  forget_cached_counts();
  return result;
}

DedupeResult SqliteStore::dedupe(const DedupeOptions& options, std::string_view who) {
  if (!options.dry_run) refuse_read_only(*this, db_);
  sqlite::Txn txn(db_, options.dry_run ? sqlite::Txn::Mode::kRead : sqlite::Txn::Mode::kWrite);
  const std::string_view side = options.source == Language::kEnglish ? "en" : "ar";
  sqlite::Stmt s(db_, "SELECT id, " + std::string(side) + " FROM tu WHERE " + std::string(side) +
                          " IN (SELECT " + std::string(side) + " FROM tu GROUP BY 1 HAVING " +
                          "count(*) > 1) ORDER BY 2, 1");
  std::vector<std::vector<std::int64_t>> groups;
  std::string previous;
  while (s.step()) {
    if (groups.empty() || s.text(1) != previous) groups.emplace_back();
    previous = s.text(1);
    groups.back().push_back(s.int64(0));
  }
  DedupeResult result;
  ChangeLog log(*this, std::string(who));
  for (const std::vector<std::int64_t>& ids : groups) {
    DuplicateSet set;
    for (const std::int64_t id : ids) {
      if (std::optional<TranslationUnit> u = get(id)) set.units.push_back(std::move(*u));
    }
    const auto better = [&](const TranslationUnit& a, const TranslationUnit& b) {
      if (options.policy == DedupePolicy::kMostUsed && a.usage_count != b.usage_count)
        return a.usage_count > b.usage_count;
      if (a.changed != b.changed) return a.changed > b.changed;
      return a.id > b.id;
    };
    set.kept = std::min_element(set.units.begin(), set.units.end(), better)->id;
    if (!options.dry_run) {
      for (const TranslationUnit& u : set.units) {
        if (u.id == set.kept) continue;
        log.record(u.id, ChangeKind::kDedupe);
        erase_unit(*this, u.id);
        ++result.removed;
      }
    }
    result.sets.push_back(std::move(set));
  }
  txn.commit();
  forget_cached_counts();
  return result;
}

std::vector<Change> SqliteStore::history(std::int64_t id) {
  sqlite::Txn txn(db_, sqlite::Txn::Mode::kRead);
  std::vector<Change> changes;
  sqlite::Stmt s(db_,
                 "SELECT id, batch, tu, action, coalesce(who, ''), at, coalesce(undone_at, 0), "
                 "coalesce(undone_by, '') FROM tu_change WHERE tu = ? ORDER BY id");
  s.bind(1, id);
  sqlite::Stmt before(db_, unit_query("WHERE t.change = ?", "tu_before"));
  sqlite::Stmt origins(db_,
                       "SELECT d.name, o.pos FROM tu_before_origin o JOIN document d ON "
                       "d.id = o.doc WHERE o.change = ? ORDER BY coalesce(o.seq, 0)");
  while (s.step()) {
    Change c;
    c.id = s.int64(0);
    c.batch = s.int64(1);
    c.unit = s.int64(2);
    c.kind = change_kind(s.text(3));
    c.who = s.text(4);
    c.at = s.int64(5);
    c.undone_at = s.int64(6);
    c.undone_by = s.text(7);
    before.bind(1, c.id);
    if (before.step()) c.before = read_unit(before);
    before.reset();
    origins.bind(1, c.id);
    while (origins.step())
      c.before.origins.push_back({std::string(origins.text(0)), origins.int64(1)});
    origins.reset();
    changes.push_back(std::move(c));
  }
  return changes;
}

std::optional<UndoResult> SqliteStore::undo(std::string_view who) {
  refuse_read_only(*this, db_);
  sqlite::Txn txn(db_, sqlite::Txn::Mode::kWrite);
  sqlite::Stmt last(db_,
                    "SELECT batch, action, coalesce(who, ''), at FROM tu_change WHERE undone_at "
                    "IS NULL ORDER BY batch DESC LIMIT 1");
  if (!last.step()) return std::nullopt;
  UndoResult result;
  result.batch = last.int64(0);
  result.kind = change_kind(last.text(1));
  result.who = last.text(2);
  result.at = last.int64(3);
  last.reset();
  // Newest first, so that a unit changed twice in the batch ends as it was before the first.
  sqlite::Stmt changes(db_, "SELECT id, tu FROM tu_change WHERE batch = ? ORDER BY id DESC");
  changes.bind(1, result.batch);
  std::vector<std::pair<std::int64_t, std::int64_t>> todo;
  while (changes.step())
    todo.emplace_back(changes.int64(0), changes.int64(1));
  changes.reset();
  for (const auto& [change, unit] : todo) {
    restore_unit(*this, change, unit);
    result.units.push_back(unit);
  }
  std::sort(result.units.begin(), result.units.end());
  result.units.erase(std::unique(result.units.begin(), result.units.end()), result.units.end());
  sqlite::Stmt mark(db_, "UPDATE tu_change SET undone_at = ?, undone_by = ? WHERE batch = ?");
  mark.bind(1, now_seconds()).bind_text_or_null(2, who).bind(3, result.batch).run();
  txn.commit();
  forget_cached_counts();
  return result;
}

}  // namespace mizan::tm
