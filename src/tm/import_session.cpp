// Writing units: one SQLite write transaction per session. Rows go into tu as they come; their
// key hashes and index terms are collected in memory and written at commit, in sorted order,
// because filling a B-tree in key order is several times faster than inserting into it at
// random (measured: insert then index ~0.9M rows/s, indexing during insert ~0.2M rows/s).

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <unordered_map>

#include "change_log.hpp"
#include "hash.hpp"
#include "index_terms.hpp"
#include "mizan/text/match_key.hpp"
#include "postings.hpp"
#include "sqlite_store.hpp"
#include "unit_rows.hpp"

namespace mizan::tm {
namespace {

struct KeyEntry {
  std::int64_t lang;
  std::int64_t hash;
  std::int64_t unit;
  bool operator<(const KeyEntry& o) const {
    return std::tie(lang, hash, unit) < std::tie(o.lang, o.hash, o.unit);
  }
};

// tu_origin's prev_en_hash / prev_ar_hash: the previous segment's loose-key hash, NULL for none.
void bind_context_hash(sqlite::Stmt& s, int i, const std::string& previous) {
  if (previous.empty()) {
    s.bind_null(i);
  } else {
    s.bind(i, key_hash32(text::loose_key(previous)));
  }
}

std::string join_notes(std::string_view a, std::string_view b) {
  if (b.empty() || a == b) return std::string(a);
  if (a.empty()) return std::string(b);
  // Notes already holding b (a re-import of the same file) stay as they are.
  if (a.find(b) != std::string_view::npos) return std::string(a);
  return std::string(a) + "\n" + std::string(b);
}

class SqliteImportSession final : public ImportSession {
 public:
  explicit SqliteImportSession(SqliteStore& store)
      : store_(store), txn_(store.db(), sqlite::Txn::Mode::kWrite) {
    store_.forget_cached_counts();
    store_was_empty_ = store_.max_unit_id() == 0;
    next_id_ = first_free_unit_id(store_);
    first_new_id_ = next_id_;
  }

  AddResult add(const TranslationUnit& unit) override;
  void set_aside(const AsideSegment& segment) override;
  void replace_document(const std::string& document, std::string_view who) override;
  bool add_lexicon(std::string_view source, const LexiconCounts& counts) override;
  LexiconCounts lexicon_counts(const std::vector<std::string>& en_words,
                               const std::vector<std::string>& ar_words) override {
    return store_.read_lexicon(en_words, ar_words);
  }
  ImportSummary commit(const ProgressFn& progress) override;

 private:
  // The document being replaced: its origins stored before the session, by position, until the
  // new units confirm them.
  struct Replacing {
    std::string name;
    std::int64_t doc = 0;
    std::map<std::int64_t, std::vector<std::int64_t>> stale;  // position -> units
  };
  /// A unit of the replaced document arriving: confirms, moves or keeps what was stored; the
  /// result when the unit needs no adding.
  std::optional<AddResult> replace(const TranslationUnit& unit, std::optional<std::int64_t> same,
                                   const std::string& en, const std::string& ar);
  void move_origin(std::int64_t id, std::int64_t from, const TranslationUnit& unit);
  /// Takes off what the replaced document no longer has.
  void finish_document();

  std::int64_t document_id(const std::string& name);
  std::optional<std::int64_t> find_duplicate(const std::string& en, const std::string& ar,
                                             std::uint64_t pair, std::string_view en_loose);
  /// Records unit.origins[first...] for unit `id` unless already there; true when one was new.
  bool add_origins(std::int64_t id, const TranslationUnit& unit, std::size_t first);
  bool has_origin(std::int64_t unit, std::int64_t doc, std::int64_t pos);
  AddResult merge(std::int64_t id, const TranslationUnit& unit);
  void write_keys();
  void write_postings(const ProgressFn& progress);

  SqliteStore& store_;
  sqlite::Txn txn_;
  bool store_was_empty_ = false;
  bool finished_ = false;
  ImportSummary summary_;
  std::unordered_map<std::string, std::int64_t> documents_;
  // Units added in this session by the 64-bit hash of their English and Arabic: they are not in
  // tu_key before commit.
  std::unordered_multimap<std::uint64_t, std::int64_t> pending_;
  std::vector<KeyEntry> keys_;
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> postings_[2];
  std::vector<std::int64_t> terms_;
  std::int64_t now_ = now_seconds();
  std::int64_t next_id_ = 1;  // ids are given here: see first_free_unit_id
  std::int64_t first_new_id_ = 1;
  std::optional<Replacing> replacing_;
  std::unique_ptr<ChangeLog> log_;  // one batch for the session's replacements
};

std::int64_t SqliteImportSession::document_id(const std::string& name) {
  const auto it = documents_.find(name);
  if (it != documents_.end()) return it->second;
  sqlite::Stmt& find = store_.statement("SELECT id FROM document WHERE name = ?");
  find.bind(1, name);
  std::int64_t id = 0;
  if (find.step()) {
    id = find.int64(0);
    find.reset();
  } else {
    find.reset();
    sqlite::Stmt& insert = store_.statement("INSERT INTO document (name) VALUES (?)");
    insert.bind(1, name).run();
    id = sqlite3_last_insert_rowid(store_.db().get());
  }
  documents_.emplace(name, id);
  return id;
}

std::optional<std::int64_t> SqliteImportSession::find_duplicate(const std::string& en,
                                                                const std::string& ar,
                                                                std::uint64_t pair,
                                                                std::string_view en_loose) {
  const auto same_pair = [&](std::int64_t id) {
    sqlite::Stmt& s = store_.statement("SELECT en, ar FROM tu WHERE id = ?");
    s.bind(1, id);
    const bool same = s.step() && s.text(0) == en && s.text(1) == ar;
    s.reset();
    return same;
  };
  const auto [begin, end] = pending_.equal_range(pair);
  for (auto it = begin; it != end; ++it) {
    if (same_pair(it->second)) return it->second;
  }
  if (!store_was_empty_) {
    for (const std::int64_t id : store_.units_with_key(Language::kEnglish, key_hash32(en_loose))) {
      if (same_pair(id)) return id;
    }
  }
  return std::nullopt;
}

bool SqliteImportSession::has_origin(std::int64_t unit, std::int64_t doc, std::int64_t pos) {
  sqlite::Stmt& s = store_.statement(
      "SELECT 1 FROM tu WHERE id = ?1 AND doc = ?2 AND pos = ?3 UNION ALL "
      "SELECT 1 FROM tu_origin WHERE tu = ?1 AND doc = ?2 AND pos = ?3");
  s.bind(1, unit).bind(2, doc).bind(3, pos);
  const bool found = s.step();
  s.reset();
  return found;
}

bool SqliteImportSession::add_origins(std::int64_t id, const TranslationUnit& unit,
                                      std::size_t first) {
  bool new_origin = false;
  const std::string prev_en = normalise_segment(unit.prev_en);
  const std::string prev_ar = normalise_segment(unit.prev_ar);
  for (std::size_t i = first; i < unit.origins.size(); ++i) {
    const TuOrigin& o = unit.origins[i];
    const std::int64_t doc = document_id(o.document);
    if (has_origin(id, doc, o.position)) continue;
    sqlite::Stmt& s = store_.statement(
        "INSERT OR IGNORE INTO tu_origin (tu, doc, pos, prev_en_hash, prev_ar_hash, seq) "
        "VALUES (?1, ?2, ?3, ?4, ?5, "
        "(SELECT coalesce(max(seq), 0) + 1 FROM tu_origin WHERE tu = ?1))");
    s.bind(1, id).bind(2, doc).bind(3, o.position);
    bind_context_hash(s, 4, prev_en);
    bind_context_hash(s, 5, prev_ar);
    s.run();
    new_origin = true;
  }
  return new_origin;
}

AddResult SqliteImportSession::merge(std::int64_t id, const TranslationUnit& unit) {
  const bool new_origin = add_origins(id, unit, 0);
  // Units without origins (mizan add) merge their counts and notes; units with origins only
  // when one of them is new, so that re-running an import changes nothing.
  if (!new_origin && !unit.origins.empty()) {
    ++summary_.unchanged;
    return {AddOutcome::kUnchanged, id};
  }
  sqlite::Stmt& read = store_.statement("SELECT notes, usage_count FROM tu WHERE id = ?");
  read.bind(1, id);
  std::string notes;
  std::int64_t usage = 0;
  if (read.step()) {
    notes = read.text(0);
    usage = read.int64(1);
  }
  read.reset();
  const std::string joined = join_notes(notes, unit.notes);
  if (!new_origin && joined == notes && unit.usage_count == 0) {
    ++summary_.unchanged;
    return {AddOutcome::kUnchanged, id};
  }
  sqlite::Stmt& update = store_.statement(
      "UPDATE tu SET usage_count = ?2, notes = ?3, "
      "created = min(created, ?4), changed = max(changed, ?5), "
      "confidence = nullif(max(coalesce(confidence, 1.0), ?6), 1.0) WHERE id = ?1");
  update.bind(1, id).bind(2, usage + unit.usage_count).bind_text_or_null(3, joined);
  update.bind(4, unit.created > 0 ? unit.created : now_);
  update.bind(5, unit.changed > 0 ? unit.changed : (unit.created > 0 ? unit.created : now_));
  update.bind(6, unit.confidence);
  update.run();
  ++summary_.merged;
  return {AddOutcome::kMerged, id};
}

AddResult SqliteImportSession::add(const TranslationUnit& unit) {
  if (finished_) throw Error(ExitCode::kSoftware, "import session used after commit");
  if (std::string problem = unit_problem(unit, store_.max_side_bytes()); !problem.empty())
    throw Error(ExitCode::kDataError, problem);
  const std::string en = normalise_segment(unit.en);
  const std::string ar = normalise_segment(unit.ar);
  const std::string en_loose = text::loose_key(en);
  const std::string ar_loose = text::loose_key(ar);
  const std::uint64_t pair = fnv1a64(en) ^ (fnv1a64(ar) * 0x9E3779B97F4A7C15ULL);
  const std::optional<std::int64_t> existing = find_duplicate(en, ar, pair, en_loose);
  if (replacing_ && !unit.origins.empty() && unit.origins.front().document == replacing_->name) {
    if (const auto done = replace(unit, existing, en, ar)) return *done;
  }
  if (existing) return merge(*existing, unit);

  const std::int64_t id = next_id_++;
  write_unit_row(store_, id, unit, en, ar, now_);
  // Further origins of a unit that arrives already merged (a TMX unit seen twice).
  add_origins(id, unit, 1);
  pending_.emplace(pair, id);
  keys_.push_back({kLangEn, key_hash32(en_loose), id});
  keys_.push_back({kLangAr, key_hash32(ar_loose), id});
  index_terms(en_loose, terms_);
  for (const std::int64_t t : terms_)
    postings_[kLangEn][t].push_back(static_cast<std::uint32_t>(id));
  index_terms(ar_loose, terms_);
  for (const std::int64_t t : terms_)
    postings_[kLangAr][t].push_back(static_cast<std::uint32_t>(id));
  ++summary_.added;
  return {AddOutcome::kAdded, id};
}

void SqliteImportSession::set_aside(const AsideSegment& segment) {
  if (finished_) throw Error(ExitCode::kSoftware, "import session used after commit");
  sqlite::Stmt& s = store_.statement(
      "INSERT OR REPLACE INTO aside (doc, side, pos, reason, en, ar, confidence) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  const std::string en = normalise_segment(segment.en);
  const std::string ar = normalise_segment(segment.ar);
  s.bind(1, document_id(segment.document));
  s.bind(2, language_code(segment.side));
  s.bind(3, segment.position);
  s.bind(4, std::string_view(segment.reason == AsideSegment::Reason::kLowScore ? "low-score"
                                                                               : "unaligned"));
  s.bind(5, std::string_view(en)).bind(6, std::string_view(ar)).bind(7, segment.confidence);
  s.run();
  ++summary_.aside;
}

void SqliteImportSession::replace_document(const std::string& document, std::string_view who) {
  if (finished_) throw Error(ExitCode::kSoftware, "import session used after commit");
  finish_document();
  if (!log_) log_ = std::make_unique<ChangeLog>(store_, std::string(who));
  Replacing r;
  r.name = document;
  r.doc = document_id(document);
  sqlite::Stmt& s = store_.statement(
      "SELECT id, pos FROM tu WHERE doc = ?1 AND id < ?2 UNION ALL "
      "SELECT tu, pos FROM tu_origin WHERE doc = ?1 AND tu < ?2");
  s.bind(1, r.doc).bind(2, first_new_id_);
  while (s.step())
    r.stale[s.int64(1)].push_back(s.int64(0));
  s.reset();
  replacing_ = std::move(r);
}

std::optional<AddResult> SqliteImportSession::replace(const TranslationUnit& unit,
                                                      std::optional<std::int64_t> same,
                                                      const std::string& en,
                                                      const std::string& ar) {
  const std::int64_t pos = unit.origins.front().position;
  auto& stale = replacing_->stale;
  const auto take = [&](std::int64_t at, std::int64_t id) {
    auto it = stale.find(at);
    if (it == stale.end()) return false;
    auto& ids = it->second;
    const auto found = std::find(ids.begin(), ids.end(), id);
    if (found == ids.end()) return false;
    ids.erase(found);
    if (ids.empty()) stale.erase(it);
    return true;
  };
  if (same) {
    if (take(pos, *same)) return std::nullopt;  // still there: merge() finds it unchanged
    // The same sentence at another position (text was added or removed above it): moved.
    for (auto& [at, ids] : stale) {
      if (std::find(ids.begin(), ids.end(), *same) == ids.end()) continue;
      const std::int64_t from = at;
      take(from, *same);
      move_origin(*same, from, unit);
      ++summary_.unchanged;
      return AddResult{AddOutcome::kUnchanged, *same};
    }
    return std::nullopt;
  }
  // A new text where a unit edited by hand was, or for the English of one that moved: the hand
  // edit stays (at the new position).
  const auto keep = [&](std::int64_t at, std::int64_t old) {
    take(at, old);
    if (at != pos) move_origin(old, at, unit);
    summary_.kept_edits.push_back({old, replacing_->name, pos, en, ar});
    ++summary_.unchanged;
    return AddResult{AddOutcome::kUnchanged, old};
  };
  if (const auto it = stale.find(pos); it != stale.end()) {
    for (const std::int64_t old : it->second) {
      if (edited_by_hand(store_, old)) return keep(pos, old);
    }
  }
  for (const auto& [at, ids] : stale) {
    for (const std::int64_t old : ids) {
      if (edited_by_hand(store_, old) && store_.side_text(old, Language::kEnglish) == en) {
        return keep(at, old);
      }
    }
  }
  return std::nullopt;
}

void SqliteImportSession::move_origin(std::int64_t id, std::int64_t from,
                                      const TranslationUnit& unit) {
  const std::int64_t to = unit.origins.front().position;
  const std::string prev_en = normalise_segment(unit.prev_en);
  const std::string prev_ar = normalise_segment(unit.prev_ar);
  const std::string next_en = normalise_segment(unit.next_en);
  const std::string next_ar = normalise_segment(unit.next_ar);
  store_
      .statement(
          "UPDATE tu SET pos = ?4, prev_en = ?5, prev_ar = ?6, next_en = ?7, next_ar = ?8 "
          "WHERE id = ?1 AND doc = ?2 AND pos = ?3")
      .bind(1, id)
      .bind(2, replacing_->doc)
      .bind(3, from)
      .bind(4, to)
      .bind_text_or_null(5, prev_en)
      .bind_text_or_null(6, prev_ar)
      .bind_text_or_null(7, next_en)
      .bind_text_or_null(8, next_ar)
      .run();
  sqlite::Stmt& origin = store_.statement(
      "UPDATE tu_origin SET pos = ?4, prev_en_hash = ?5, prev_ar_hash = ?6 "
      "WHERE tu = ?1 AND doc = ?2 AND pos = ?3");
  origin.bind(1, id).bind(2, replacing_->doc).bind(3, from).bind(4, to);
  bind_context_hash(origin, 5, prev_en);
  bind_context_hash(origin, 6, prev_ar);
  origin.run();
}

void SqliteImportSession::finish_document() {
  if (!replacing_) return;
  for (const auto& [pos, ids] : replacing_->stale) {
    for (const std::int64_t id : ids) {
      if (edited_by_hand(store_, id)) {
        summary_.kept_edits.push_back({id, replacing_->name, pos, "", ""});
        continue;
      }
      log_->record(id, ChangeKind::kReplace);
      remove_origin(store_, id, replacing_->doc, pos);
      ++summary_.replaced;
    }
  }
  replacing_.reset();
}

bool SqliteImportSession::add_lexicon(std::string_view source, const LexiconCounts& counts) {
  if (finished_) throw Error(ExitCode::kSoftware, "import session used after commit");
  sqlite::Stmt& s = store_.statement("INSERT OR IGNORE INTO lex_source (doc) VALUES (?)");
  s.bind(1, document_id(std::string(source))).run();
  if (sqlite3_changes(store_.db().get()) == 0) return false;
  store_.add_lexicon_counts(counts);
  return true;
}

void SqliteImportSession::write_keys() {
  std::sort(keys_.begin(), keys_.end());
  sqlite::Stmt& s =
      store_.statement("INSERT OR IGNORE INTO tu_key (lang, hash, tu) VALUES (?, ?, ?)");
  for (const KeyEntry& k : keys_)
    s.bind(1, k.lang).bind(2, k.hash).bind(3, k.unit).run();
  keys_.clear();
  keys_.shrink_to_fit();
}

void SqliteImportSession::write_postings(const ProgressFn& progress) {
  sqlite::Stmt& insert =
      store_.statement("INSERT INTO tu_posting (lang, term, first, n, ids) VALUES (?, ?, ?, ?, ?)");
  sqlite::Stmt& last = store_.statement(
      "SELECT first, n, ids FROM tu_posting WHERE lang = ? AND term = ? ORDER BY first DESC "
      "LIMIT 1");
  sqlite::Stmt& update = store_.statement(
      "UPDATE tu_posting SET n = ?, ids = ? WHERE lang = ? AND term = ? AND first = ?");
  std::size_t total = postings_[0].size() + postings_[1].size();
  std::size_t done = 0;
  std::vector<std::uint32_t> ids;
  for (int lang = 0; lang < 2; ++lang) {
    // Terms in key order: the B-tree is then filled from left to right.
    std::vector<std::int64_t> terms;
    terms.reserve(postings_[lang].size());
    for (const auto& [term, list] : postings_[lang])
      terms.push_back(term);
    std::sort(terms.begin(), terms.end());
    for (const std::int64_t term : terms) {
      std::vector<std::uint32_t>& fresh = postings_[lang][term];
      std::size_t next = 0;
      if (!store_was_empty_) {
        // Extend the term's last block while it has room.
        last.bind(1, static_cast<std::int64_t>(lang)).bind(2, term);
        if (last.step() && static_cast<std::size_t>(last.int64(1)) < postings::kBlockIds) {
          const std::int64_t first = last.int64(0);
          ids.clear();
          postings::decode(last.blob(2), ids);
          last.reset();
          while (ids.size() < postings::kBlockIds && next < fresh.size())
            ids.push_back(fresh[next++]);
          const std::string blob = postings::encode(ids.data(), ids.size());
          update.bind(1, static_cast<std::int64_t>(ids.size()))
              .bind_blob(2, blob.data(), blob.size());
          update.bind(3, static_cast<std::int64_t>(lang)).bind(4, term).bind(5, first).run();
        } else {
          last.reset();
        }
      }
      while (next < fresh.size()) {
        const std::size_t count = std::min(postings::kBlockIds, fresh.size() - next);
        const std::string blob = postings::encode(fresh.data() + next, count);
        insert.bind(1, static_cast<std::int64_t>(lang)).bind(2, term);
        insert.bind(3, static_cast<std::int64_t>(fresh[next]));
        insert.bind(4, static_cast<std::int64_t>(count)).bind_blob(5, blob.data(), blob.size());
        insert.run();
        next += count;
      }
      std::vector<std::uint32_t>().swap(fresh);
      if (progress && (++done % 4096 == 0 || done == total)) progress(done, total, "indexing");
    }
    postings_[lang].clear();
  }
}

ImportSummary SqliteImportSession::commit(const ProgressFn& progress) {
  if (finished_) throw Error(ExitCode::kSoftware, "import session committed twice");
  finish_document();
  write_keys();
  write_postings(progress);
  txn_.commit();
  finished_ = true;
  store_.forget_cached_counts();
  if (summary_.added > 10000) {
    // A big import leaves a WAL as large as what it wrote; fold it into the database now, while
    // nobody waits on it. Readers may still hold old pages: then SQLite does it later.
    // No waiting here: the busy handler is off for the checkpoint.
    sqlite3_busy_timeout(store_.db().get(), 0);
    sqlite3_wal_checkpoint_v2(store_.db().get(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                              nullptr);
    store_.db().set_busy_timeout(store_.db().busy_timeout());
  }
  return summary_;
}

}  // namespace

std::unique_ptr<ImportSession> SqliteStore::begin_import() {
  if (read_only_) {
    throw Error(ExitCode::kSoftware, "the translation memory was opened for reading only",
                {.file = db_.path()});
  }
  return std::make_unique<SqliteImportSession>(*this);
}

}  // namespace mizan::tm
