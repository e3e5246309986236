// The schema of a mizan database, one migration per version. To change the schema, append a
// Migration here with the next version number and the SQL that takes version N-1 to N (CREATE
// TABLE / ALTER TABLE ADD COLUMN / CREATE INDEX ...); nothing else needs to change: opening a
// database applies what it lacks in one transaction, and a build that knows fewer versions refuses
// the file. Never edit a migration that has shipped. Components that share the file (the
// terminology store) add their tables the same way, with table names prefixed by their module.

#include "schema.hpp"

#include <array>

namespace mizan::tm::schema {
namespace {

// Version 1: translation units.
// - tu: one row per distinct (English, Arabic) pair as stored; the first origin is kept inline
//   (doc, pos) because most units have exactly one; defaults are stored as NULL (confidence 1,
//   locales "en"/"ar", empty strings) so that a bulk import of plain pairs costs only its text.
// - tu_origin: the further origins of merged duplicates, with the loose-key hash of the
//   previous segment on each side (context matches against any occurrence).
// - tu_key: hash of the loose key (match_key without punctuation) of each side -> unit, for exact
//   (100%) and near-exact (99%) lookup and duplicate detection; 32-bit hashes, verified on read.
// - tu_posting: the fuzzy-match and concordance index, an inverted index of index terms (word
//   stems, see index_terms.hpp) -> delta-coded unit ids in blocks (see postings.hpp).
// - document: names of documents and imported files, referenced by tu.doc and tu_origin.doc.
// - aside: what ingest did not store as units (beads under --min-score, sentences without a
//   counterpart), kept for review; keyed by document, side and sentence position so that
//   re-ingesting a document replaces its rows instead of adding to them.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE tu (
  id INTEGER PRIMARY KEY,
  en TEXT NOT NULL,
  ar TEXT NOT NULL,
  doc INTEGER,
  pos INTEGER,
  created INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  usage_count INTEGER,
  confidence REAL,
  source_lang TEXT,
  en_locale TEXT,
  ar_locale TEXT,
  creator TEXT,
  notes TEXT,
  props TEXT,
  en_markup TEXT,
  ar_markup TEXT,
  prev_en TEXT,
  prev_ar TEXT,
  next_en TEXT,
  next_ar TEXT
);
CREATE TABLE tu_origin (
  tu INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  prev_en_hash INTEGER,
  prev_ar_hash INTEGER,
  PRIMARY KEY (tu, doc, pos)
) WITHOUT ROWID;
CREATE TABLE tu_key (
  lang INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  tu INTEGER NOT NULL,
  PRIMARY KEY (lang, hash, tu)
) WITHOUT ROWID;
CREATE TABLE aside (
  doc INTEGER NOT NULL,
  side TEXT NOT NULL,
  pos INTEGER NOT NULL,
  reason TEXT NOT NULL,
  en TEXT NOT NULL,
  ar TEXT NOT NULL,
  confidence REAL,
  PRIMARY KEY (doc, side, pos)
) WITHOUT ROWID;
CREATE TABLE tu_posting (
  lang INTEGER NOT NULL,
  term INTEGER NOT NULL,
  first INTEGER NOT NULL,
  n INTEGER NOT NULL,
  ids BLOB NOT NULL,
  PRIMARY KEY (lang, term, first)
) WITHOUT ROWID;
)sql";

// Version 2: the order of a unit's origins. tu_origin's key (tu, doc, pos) orders them by
// document id, which depends on what else the database held when they came, so an exported and
// re-imported memory listed them differently. seq counts a unit's further origins from 1 in the
// order they were seen (the first origin is tu.doc/pos); rows from version 1 keep NULL and come
// first, in key order, as before.
constexpr std::string_view kVersion2 = R"sql(
ALTER TABLE tu_origin ADD COLUMN seq INTEGER;
)sql";

// Version 3: the terminology store's glossary (term::TermStore, src/tm/sqlite_term_store.cpp).
// - term_entry: one row per glossary entry (an English term and one Arabic rendering of it), in
//   the order entries were added (id). en_key / ar_key are text::match_key of the two sides: the
//   glossary's identity of an entry (term::Glossary merges on it), so the database refuses a
//   second row for one pair even from a writer that skipped the glossary's merging. status is
//   0 preferred, 1 admitted, 2 deprecated (TBX's administrativeStatus). Variants are joined with
//   '|', which term::entry_problem refuses inside a term or variant; empty fields are NULL.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE term_entry (
  id INTEGER PRIMARY KEY,
  en TEXT NOT NULL,
  ar TEXT NOT NULL,
  en_key TEXT NOT NULL,
  ar_key TEXT NOT NULL,
  status INTEGER NOT NULL,
  en_variants TEXT,
  ar_variants TEXT,
  pos TEXT,
  domain TEXT,
  note TEXT,
  UNIQUE (en_key, ar_key)
);
)sql";

// Version 4: a memory kept over years (issue 15).
// - tu gains what TMX and CAT tools keep about a unit and mizan lost on the way: tuid (the
//   unit's id in the file it came from, "CLIENT-0017"), changer (TMX changeid), last_used (TMX
//   lastusagedate, Unix seconds), the notes and props of each side's <tuv> (en_/ar_notes joined
//   by LF, en_/ar_props encoded as tu.props is), and client, domain and project, which lookups
//   filter and penalise on.
// - tu_doc, tu_origin_doc: the units of a document, for re-ingest (which replaces them) and
//   mizan rm --document, without reading the whole memory.
// - tu_change: every change made to stored units by hand or by a re-ingest (edit, rm, dedupe,
//   replace), who made it and when; batch groups one command's changes, the unit of
//   mizan undo (which sets undone_at/undone_by rather than forgetting the change).
// - tu_before, tu_before_origin: each change's unit as it was before it, row for row, so that
//   undo puts back exactly what was there (same id, origins in order, context hashes). A
//   migration that adds a column to tu adds it to tu_before too.
constexpr std::string_view kVersion4 = R"sql(
ALTER TABLE tu ADD COLUMN tuid TEXT;
ALTER TABLE tu ADD COLUMN changer TEXT;
ALTER TABLE tu ADD COLUMN last_used INTEGER;
ALTER TABLE tu ADD COLUMN en_notes TEXT;
ALTER TABLE tu ADD COLUMN ar_notes TEXT;
ALTER TABLE tu ADD COLUMN en_props TEXT;
ALTER TABLE tu ADD COLUMN ar_props TEXT;
ALTER TABLE tu ADD COLUMN client TEXT;
ALTER TABLE tu ADD COLUMN domain TEXT;
ALTER TABLE tu ADD COLUMN project TEXT;
CREATE INDEX tu_doc ON tu (doc, pos);
CREATE INDEX tu_origin_doc ON tu_origin (doc, pos);
CREATE TABLE tu_change (
  id INTEGER PRIMARY KEY,
  batch INTEGER NOT NULL,
  tu INTEGER NOT NULL,
  action TEXT NOT NULL,
  who TEXT,
  at INTEGER NOT NULL,
  undone_at INTEGER,
  undone_by TEXT
);
CREATE INDEX tu_change_tu ON tu_change (tu);
CREATE INDEX tu_change_batch ON tu_change (batch);
CREATE TABLE tu_before (
  change INTEGER PRIMARY KEY,
  id INTEGER NOT NULL,
  en TEXT NOT NULL,
  ar TEXT NOT NULL,
  doc INTEGER,
  pos INTEGER,
  created INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  usage_count INTEGER,
  confidence REAL,
  source_lang TEXT,
  en_locale TEXT,
  ar_locale TEXT,
  creator TEXT,
  notes TEXT,
  props TEXT,
  en_markup TEXT,
  ar_markup TEXT,
  prev_en TEXT,
  prev_ar TEXT,
  next_en TEXT,
  next_ar TEXT,
  tuid TEXT,
  changer TEXT,
  last_used INTEGER,
  en_notes TEXT,
  ar_notes TEXT,
  en_props TEXT,
  ar_props TEXT,
  client TEXT,
  domain TEXT,
  project TEXT
);
CREATE TABLE tu_before_origin (
  change INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  prev_en_hash INTEGER,
  prev_ar_hash INTEGER,
  seq INTEGER
);
CREATE INDEX tu_before_origin_change ON tu_before_origin (change);
)sql";

// Version 5: the aligner's lexicon (tm/lexicon.hpp, src/tm/lexicon.cpp): IBM Model 1 expected
// counts learnt from ingested documents and imported units, summed, that the aligner of a later
// document starts from.
// - lex_word: a word in the aligner's lexical form (lang 0 English, 1 Arabic) and its total: the
//   expected number of words of the other language it generated, also through pairs too rare to
//   keep, so that en_to_ar / total is t(ar | en) (and ar_to_en / the Arabic word's total the
//   other direction).
// - lex_pair: the expected counts of one English and one Arabic word, by lex_word ids; keyed by
//   the English word, which is how a document's words are looked up.
//   lex_pair_ar finds an Arabic word's pairs, which the bound on the table needs (lexicon.cpp:
//   a pair stays while it is a share of at least kMinPairShare of either word's total).
// - lex_source: the documents and imported files (document ids) whose counts are in, so that
//   ingesting or importing one again does not count it twice.
constexpr std::string_view kVersion5 = R"sql(
CREATE TABLE lex_word (
  id INTEGER PRIMARY KEY,
  lang INTEGER NOT NULL,
  form TEXT NOT NULL,
  total REAL NOT NULL,
  UNIQUE (lang, form)
);
CREATE TABLE lex_pair (
  en INTEGER NOT NULL,
  ar INTEGER NOT NULL,
  en_to_ar REAL NOT NULL,
  ar_to_en REAL NOT NULL,
  PRIMARY KEY (en, ar)
) WITHOUT ROWID;
CREATE INDEX lex_pair_ar ON lex_pair (ar);
CREATE TABLE lex_source (
  doc INTEGER PRIMARY KEY
);
)sql";

constexpr std::array<Migration, 5> kMigrations = {{
    {1, "translation units", kVersion1},
    {2, "origin order", kVersion2},
    {3, "terminology", kVersion3},
    {4, "maintenance and metadata", kVersion4},
    {5, "aligner lexicon", kVersion5},
}};

}  // namespace

std::span<const Migration> migrations() {
  return kMigrations;
}

}  // namespace mizan::tm::schema
