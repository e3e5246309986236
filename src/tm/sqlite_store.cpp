#include "mizan/tm/sqlite_store.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "schema.hpp"
#include "sqlite_store.hpp"

namespace mizan::tm {
namespace {

// The columns of tu that make a TranslationUnit, in the order read_unit expects.
constexpr std::string_view kUnitColumns =
    "t.id, t.en, t.ar, d.name, t.pos, t.created, t.changed, t.usage_count, t.confidence, "
    "t.source_lang, t.en_locale, t.ar_locale, t.creator, t.notes, t.props, t.en_markup, "
    "t.ar_markup, t.prev_en, t.prev_ar, t.next_en, t.next_ar, t.tuid, t.changer, t.last_used, "
    "t.en_notes, t.ar_notes, t.en_props, t.ar_props, t.client, t.domain, t.project";

// Props are stored as "type<TAB>value<LF>" lines with \ t n escaped, a format simple enough to
// read with any tool and that never needs a JSON library.
void append_escaped(std::string& out, std::string_view s) {
  for (const char c : s) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char n = s[++i];
      out.push_back(n == 't' ? '\t' : n == 'n' ? '\n' : n);
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

std::string unit_query(std::string_view where, std::string_view table) {
  return "SELECT " + std::string(kUnitColumns) + " FROM " + std::string(table) +
         " t LEFT JOIN document d ON d.id = t.doc " + std::string(where);
}

// One row of unit_query().
TranslationUnit read_unit(const sqlite::Stmt& s) {
  TranslationUnit u;
  u.id = s.int64(0);
  u.en = s.text(1);
  u.ar = s.text(2);
  if (!s.is_null(3)) u.origins.push_back({std::string(s.text(3)), s.is_null(4) ? -1 : s.int64(4)});
  u.created = s.int64(5);
  u.changed = s.int64(6);
  u.usage_count = s.int64(7);
  u.confidence = s.is_null(8) ? 1.0 : s.real(8);
  u.source_language = s.text(9) == "ar" ? Language::kArabic : Language::kEnglish;
  if (!s.is_null(10)) u.en_locale = s.text(10);
  if (!s.is_null(11)) u.ar_locale = s.text(11);
  u.creator = s.text(12);
  u.notes = s.text(13);
  u.props = decode_props(s.text(14));
  u.en_markup = s.text(15);
  u.ar_markup = s.text(16);
  u.prev_en = s.text(17);
  u.prev_ar = s.text(18);
  u.next_en = s.text(19);
  u.next_ar = s.text(20);
  u.tuid = s.text(21);
  u.changer = s.text(22);
  u.last_used = s.int64(23);
  u.en_notes = s.text(24);
  u.ar_notes = s.text(25);
  u.en_props = decode_props(s.text(26));
  u.ar_props = decode_props(s.text(27));
  u.client = s.text(28);
  u.domain = s.text(29);
  u.project = s.text(30);
  return u;
}

std::string encode_props(const std::vector<std::pair<std::string, std::string>>& props) {
  std::string out;
  for (const auto& [type, value] : props) {
    append_escaped(out, type);
    out.push_back('\t');
    append_escaped(out, value);
    out.push_back('\n');
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> decode_props(std::string_view s) {
  std::vector<std::pair<std::string, std::string>> out;
  while (!s.empty()) {
    std::size_t nl = s.find('\n');
    if (nl == std::string_view::npos) nl = s.size();
    const std::string_view line = s.substr(0, nl);
    const std::size_t tab = line.find('\t');
    if (tab != std::string_view::npos) {
      out.emplace_back(unescape(line.substr(0, tab)), unescape(line.substr(tab + 1)));
    }
    s.remove_prefix(std::min(s.size(), nl + 1));
  }
  return out;
}

SqliteStore::SqliteStore(const OpenOptions& options)
    : db_(schema::connect(options)),
      read_only_(options.read_only),
      max_side_bytes_(options.max_side_bytes) {}

SqliteStore::~SqliteStore() = default;

sqlite::Stmt& SqliteStore::statement(std::string_view sql) {
  auto it = statements_.find(std::string(sql));
  if (it == statements_.end()) {
    it = statements_.emplace(std::string(sql), std::make_unique<sqlite::Stmt>(db_, sql)).first;
  }
  return *it->second;
}

std::int64_t SqliteStore::max_unit_id() {
  if (max_id_ < 0) {
    sqlite::Stmt& s = statement("SELECT coalesce(max(id), 0) FROM tu");
    max_id_ = s.step() ? s.int64(0) : 0;
    s.reset();
  }
  return max_id_;
}

std::int64_t SqliteStore::unit_count() {
  if (unit_count_ < 0) {
    // Cached per store like max_unit_id: SQLite counts on its smallest index (tu_doc, a few
    // bytes a unit) rather than the rows with their text; not measured at 1M units yet.
    sqlite::Stmt& s = statement("SELECT count(*) FROM tu");
    unit_count_ = s.step() ? s.int64(0) : 0;
    s.reset();
  }
  return unit_count_;
}

std::string SqliteStore::side_text(std::int64_t id, Language lang) {
  sqlite::Stmt& s = statement(lang == Language::kEnglish ? "SELECT en FROM tu WHERE id = ?"
                                                         : "SELECT ar FROM tu WHERE id = ?");
  s.bind(1, id);
  std::string out = s.step() ? std::string(s.text(0)) : std::string();
  s.reset();
  return out;
}

std::vector<std::int64_t> SqliteStore::units_with_key(Language lang, std::int64_t hash) {
  sqlite::Stmt& s = statement("SELECT tu FROM tu_key WHERE lang = ? AND hash = ?");
  s.bind(1, static_cast<std::int64_t>(lang_column(lang))).bind(2, hash);
  std::vector<std::int64_t> ids;
  while (s.step())
    ids.push_back(s.int64(0));
  s.reset();
  return ids;
}

std::optional<TranslationUnit> SqliteStore::get(std::int64_t id) {
  sqlite::Stmt& s = statement(unit_query("WHERE t.id = ?"));
  s.bind(1, id);
  if (!s.step()) {
    s.reset();
    return std::nullopt;
  }
  TranslationUnit u = read_unit(s);
  s.reset();
  sqlite::Stmt& o = statement(
      "SELECT d.name, o.pos FROM tu_origin o JOIN document d ON d.id = o.doc WHERE o.tu = ? "
      "ORDER BY o.seq");
  o.bind(1, id);
  while (o.step())
    u.origins.push_back({std::string(o.text(0)), o.int64(1)});
  o.reset();
  return u;
}

void SqliteStore::for_each_unit(const std::function<void(const TranslationUnit&)>& visit,
                                const ProgressFn& progress) {
  // A read transaction: one snapshot even while another process imports.
  sqlite::Txn txn(db_, sqlite::Txn::Mode::kRead);
  std::int64_t last_id = 0;
  if (progress) {
    sqlite::Stmt s(db_, "SELECT coalesce(max(id), 0) FROM tu");
    if (s.step()) last_id = s.int64(0);
  }
  sqlite::Stmt units(db_, unit_query("ORDER BY t.id"));
  // Further origins in key order (tu, doc, pos), as the table is stored: one pass beside the
  // units, no sort of the whole table; each unit's few are put in seq order here.
  sqlite::Stmt origins(db_,
                       "SELECT o.tu, d.name, o.pos, coalesce(o.seq, 0) FROM tu_origin o JOIN "
                       "document d ON d.id = o.doc ORDER BY o.tu");
  std::vector<std::pair<std::int64_t, TuOrigin>> further;
  bool origin_row = origins.step();
  while (units.step()) {
    TranslationUnit u = read_unit(units);
    while (origin_row && origins.int64(0) < u.id)
      origin_row = origins.step();
    further.clear();
    while (origin_row && origins.int64(0) == u.id) {
      further.push_back({origins.int64(3), {std::string(origins.text(1)), origins.int64(2)}});
      origin_row = origins.step();
    }
    std::stable_sort(further.begin(), further.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [seq, origin] : further)
      u.origins.push_back(std::move(origin));
    visit(u);
    if (progress && (u.id % 4096 == 0 || u.id == last_id)) {
      progress(static_cast<std::size_t>(u.id), static_cast<std::size_t>(last_id), "exporting");
    }
  }
}

StoreStats SqliteStore::stats() {
  sqlite::Txn txn(db_, sqlite::Txn::Mode::kRead);
  StoreStats st;
  st.location = db_.path();
  st.schema_version = schema::current_version();
  {
    sqlite::Stmt s(db_,
                   "SELECT count(*), count(doc), coalesce(sum(length(CAST(en AS BLOB))), 0), "
                   "coalesce(sum(length(CAST(ar AS BLOB))), 0) FROM tu");
    if (s.step()) {
      st.units = s.int64(0);
      st.origins = s.int64(1);
      st.en_bytes = s.int64(2);
      st.ar_bytes = s.int64(3);
    }
  }
  {
    sqlite::Stmt s(db_, "SELECT count(*), count(DISTINCT tu) FROM tu_origin");
    if (s.step()) {
      st.origins += s.int64(0);
      st.merged_units = s.int64(1);
    }
  }
  {
    sqlite::Stmt s(db_, "SELECT count(*) FROM document");
    if (s.step()) st.documents = s.int64(0);
  }
  {
    sqlite::Stmt s(db_, "SELECT count(*) FROM aside");
    if (s.step()) st.aside = s.int64(0);
  }
  {
    sqlite::Stmt s(db_, "SELECT count(*) FROM (SELECT DISTINCT lang, term FROM tu_posting)");
    if (s.step()) st.index_terms = s.int64(0);
  }
  {
    sqlite::Stmt s(db_,
                   "SELECT coalesce(en_locale, 'en'), coalesce(ar_locale, 'ar'), count(*) FROM tu "
                   "GROUP BY 1, 2 ORDER BY 3 DESC");
    while (s.step()) {
      st.locales.push_back({std::string(s.text(0)), std::string(s.text(1)), s.int64(2)});
    }
  }
  st.lexicon = lexicon_stats();
  std::error_code ec;
  for (const char* suffix : {"", "-wal"}) {
    const auto size = std::filesystem::file_size(db_.path() + suffix, ec);
    if (!ec) st.file_bytes += static_cast<std::int64_t>(size);
  }
  return st;
}

std::unique_ptr<Store> open_sqlite_store(const OpenOptions& options) {
  if (!options.create) {
    schema::require_file(
        options.path, "no translation memory here (create one with mizan add, import or ingest)");
  }
  return std::make_unique<SqliteStore>(options);
}

std::vector<std::string> database_files(const std::string& path) {
  // SQLite's names for them: the file name plus -wal, -shm (WAL mode) and -journal.
  return {path, path + "-wal", path + "-shm", path + "-journal"};
}

}  // namespace mizan::tm
