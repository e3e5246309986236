#include "unit_rows.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

#include "hash.hpp"
#include "index_terms.hpp"
#include "mizan/text/match_key.hpp"
#include "postings.hpp"

namespace mizan::tm {
namespace {

// One posting block of a term: the row key (lang, term, first) and its ids.
struct Block {
  std::int64_t first = 0;
  std::vector<std::uint32_t> ids;
};

[[noreturn]] void damaged(SqliteStore& store) {
  throw Error(ExitCode::kDataError,
              "the fuzzy-match index is damaged (a posting block does not decode); the database "
              "needs rebuilding",
              {.file = store.db().path()});
}

// The block that holds, or would hold, `id`: the last one starting at or before it, else the
// term's first block (an id below every stored one goes to its front); none when the term has
// no block.
std::optional<Block> block_for(SqliteStore& store, int lang, std::int64_t term, std::int64_t id) {
  sqlite::Stmt& before = store.statement(
      "SELECT first, ids FROM tu_posting WHERE lang = ? AND term = ? AND first <= ? "
      "ORDER BY first DESC LIMIT 1");
  sqlite::Stmt& first = store.statement(
      "SELECT first, ids FROM tu_posting WHERE lang = ? AND term = ? ORDER BY first LIMIT 1");
  before.bind(1, static_cast<std::int64_t>(lang)).bind(2, term).bind(3, id);
  first.bind(1, static_cast<std::int64_t>(lang)).bind(2, term);
  std::optional<Block> block;
  for (sqlite::Stmt* s : {&before, &first}) {
    if (!block && s->step()) {
      block.emplace();
      block->first = s->int64(0);
      if (!postings::decode(s->blob(1), block->ids)) {
        before.reset();
        first.reset();
        damaged(store);
      }
    }
  }
  before.reset();
  first.reset();
  return block;
}

void delete_block(SqliteStore& store, int lang, std::int64_t term, std::int64_t first) {
  store.statement("DELETE FROM tu_posting WHERE lang = ? AND term = ? AND first = ?")
      .bind(1, static_cast<std::int64_t>(lang))
      .bind(2, term)
      .bind(3, first)
      .run();
}

void insert_block(SqliteStore& store, int lang, std::int64_t term, const std::uint32_t* ids,
                  std::size_t count) {
  const std::string blob = postings::encode(ids, count);
  store.statement("INSERT INTO tu_posting (lang, term, first, n, ids) VALUES (?, ?, ?, ?, ?)")
      .bind(1, static_cast<std::int64_t>(lang))
      .bind(2, term)
      .bind(3, static_cast<std::int64_t>(ids[0]))
      .bind(4, static_cast<std::int64_t>(count))
      .bind_blob(5, blob.data(), blob.size())
      .run();
}

// Replaces block `old_first` by `ids` (several blocks when it grew past kBlockIds, none when it
// is empty): the row key holds the first id, so a block whose first id changed is a new row.
void rewrite_block(SqliteStore& store, int lang, std::int64_t term, std::int64_t old_first,
                   const std::vector<std::uint32_t>& ids) {
  delete_block(store, lang, term, old_first);
  for (std::size_t next = 0; next < ids.size(); next += postings::kBlockIds) {
    insert_block(store, lang, term, ids.data() + next,
                 std::min(postings::kBlockIds, ids.size() - next));
  }
}

void posting_insert(SqliteStore& store, int lang, std::int64_t term, std::uint32_t id) {
  std::optional<Block> block = block_for(store, lang, term, id);
  if (!block) {
    insert_block(store, lang, term, &id, 1);
    return;
  }
  const auto at = std::lower_bound(block->ids.begin(), block->ids.end(), id);
  if (at != block->ids.end() && *at == id) return;
  block->ids.insert(at, id);
  rewrite_block(store, lang, term, block->first, block->ids);
}

void posting_erase(SqliteStore& store, int lang, std::int64_t term, std::uint32_t id) {
  std::optional<Block> block = block_for(store, lang, term, id);
  if (!block) return;
  const auto at = std::lower_bound(block->ids.begin(), block->ids.end(), id);
  if (at == block->ids.end() || *at != id) return;
  block->ids.erase(at);
  rewrite_block(store, lang, term, block->first, block->ids);
}

template <typename Edit>
void for_each_entry(std::int64_t id, std::string_view en, std::string_view ar, Edit&& edit_key,
                    const std::function<void(int, std::int64_t)>& edit_term) {
  std::vector<std::int64_t> terms;
  for (const auto& [lang, text] : {std::pair{kLangEn, en}, std::pair{kLangAr, ar}}) {
    const std::string loose = text::loose_key(text);
    edit_key(lang, key_hash32(loose), id);
    index_terms(loose, terms);
    for (const std::int64_t t : terms)
      edit_term(lang, t);
  }
}

}  // namespace

void write_unit_row(SqliteStore& store, std::int64_t id, const TranslationUnit& unit,
                    std::string_view en, std::string_view ar, std::int64_t now) {
  sqlite::Stmt& insert = store.statement(
      "INSERT INTO tu (id, en, ar, doc, pos, created, changed, usage_count, confidence, "
      "source_lang, en_locale, ar_locale, creator, notes, props, en_markup, ar_markup, "
      "prev_en, prev_ar, next_en, next_ar, tuid, changer, last_used, en_notes, ar_notes, "
      "en_props, ar_props, client, domain, project) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, id).bind(2, en).bind(3, ar);
  if (unit.origins.empty()) {
    insert.bind_null(4).bind_null(5);
  } else {
    sqlite::Stmt& find = store.statement("SELECT id FROM document WHERE name = ?");
    find.bind(1, unit.origins.front().document);
    std::int64_t doc = 0;
    if (find.step()) doc = find.int64(0);
    find.reset();
    if (doc == 0) {
      store.statement("INSERT INTO document (name) VALUES (?)")
          .bind(1, unit.origins.front().document)
          .run();
      doc = sqlite3_last_insert_rowid(store.db().get());
    }
    insert.bind(4, doc).bind(5, unit.origins.front().position);
  }
  const std::int64_t created = unit.created > 0 ? unit.created : now;
  insert.bind(6, created).bind(7, unit.changed > 0 ? unit.changed : created);
  if (unit.usage_count == 0) {
    insert.bind_null(8);
  } else {
    insert.bind(8, unit.usage_count);
  }
  // NULL stands for the default 1 (added and imported units); any other value is kept exactly.
  if (unit.confidence == 1.0) {
    insert.bind_null(9);
  } else {
    insert.bind(9, unit.confidence);
  }
  if (unit.source_language == Language::kArabic) {
    insert.bind(10, std::string_view("ar"));
  } else {
    insert.bind_null(10);
  }
  insert.bind_text_or_null(11, unit.en_locale == "en" ? std::string_view() : unit.en_locale);
  insert.bind_text_or_null(12, unit.ar_locale == "ar" ? std::string_view() : unit.ar_locale);
  insert.bind_text_or_null(13, unit.creator).bind_text_or_null(14, unit.notes);
  const std::string props = encode_props(unit.props);
  insert.bind_text_or_null(15, props);
  insert.bind_text_or_null(16, unit.en_markup).bind_text_or_null(17, unit.ar_markup);
  const std::string prev_en = normalise_segment(unit.prev_en);
  const std::string prev_ar = normalise_segment(unit.prev_ar);
  const std::string next_en = normalise_segment(unit.next_en);
  const std::string next_ar = normalise_segment(unit.next_ar);
  insert.bind_text_or_null(18, prev_en).bind_text_or_null(19, prev_ar);
  insert.bind_text_or_null(20, next_en).bind_text_or_null(21, next_ar);
  insert.bind_text_or_null(22, unit.tuid).bind_text_or_null(23, unit.changer);
  if (unit.last_used == 0) {
    insert.bind_null(24);
  } else {
    insert.bind(24, unit.last_used);
  }
  insert.bind_text_or_null(25, unit.en_notes).bind_text_or_null(26, unit.ar_notes);
  const std::string en_props = encode_props(unit.en_props);
  const std::string ar_props = encode_props(unit.ar_props);
  insert.bind_text_or_null(27, en_props).bind_text_or_null(28, ar_props);
  insert.bind_text_or_null(29, unit.client).bind_text_or_null(30, unit.domain);
  insert.bind_text_or_null(31, unit.project);
  insert.run();
}

std::int64_t first_free_unit_id(SqliteStore& store) {
  sqlite::Stmt& s = store.statement(
      "SELECT max(coalesce((SELECT max(id) FROM tu), 0), "
      "coalesce((SELECT max(tu) FROM tu_change), 0)) + 1");
  const std::int64_t id = s.step() ? s.int64(0) : 1;
  s.reset();
  return id;
}

void index_unit(SqliteStore& store, std::int64_t id, std::string_view en, std::string_view ar) {
  for_each_entry(
      id, en, ar,
      [&](int lang, std::int64_t hash, std::int64_t unit) {
        store.statement("INSERT OR IGNORE INTO tu_key (lang, hash, tu) VALUES (?, ?, ?)")
            .bind(1, static_cast<std::int64_t>(lang))
            .bind(2, hash)
            .bind(3, unit)
            .run();
      },
      [&](int lang, std::int64_t term) {
        posting_insert(store, lang, term, static_cast<std::uint32_t>(id));
      });
}

void unindex_unit(SqliteStore& store, std::int64_t id, std::string_view en, std::string_view ar) {
  for_each_entry(
      id, en, ar,
      [&](int lang, std::int64_t hash, std::int64_t unit) {
        store.statement("DELETE FROM tu_key WHERE lang = ? AND hash = ? AND tu = ?")
            .bind(1, static_cast<std::int64_t>(lang))
            .bind(2, hash)
            .bind(3, unit)
            .run();
      },
      [&](int lang, std::int64_t term) {
        posting_erase(store, lang, term, static_cast<std::uint32_t>(id));
      });
}

}  // namespace mizan::tm
