// Edit, rm, dedupe, history and undo through the store interface, and the promise that goes with
// them: after any change the fuzzy and concordance indexes are what a memory rebuilt from
// scratch would hold, so lookups and concordance answer alike.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <map>
#include <set>

#include "hash.hpp"
#include "index_terms.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/tm/sqlite_store.hpp"
#include "postings.hpp"
#include "support/test_support.hpp"

namespace mizan::tm {
namespace {

using mizan::testing::expect_error;
using mizan::testing::TempDir;

// Pairs from tests/data/l10n-en-ar.tsv (software strings: short, many sharing words).
std::vector<std::pair<std::string, std::string>> pairs(std::size_t count) {
  std::ifstream in(std::string(MIZAN_TEST_DATA) + "/data/l10n-en-ar.tsv");
  std::vector<std::pair<std::string, std::string>> out;
  std::set<std::string> seen;
  std::string line;
  std::getline(in, line);  // header
  while (out.size() < count && std::getline(in, line)) {
    const auto tab = line.find('\t');
    const auto tab2 = line.find('\t', tab + 1);
    if (tab == std::string::npos) continue;
    std::string en = line.substr(0, tab), ar = line.substr(tab + 1, tab2 - tab - 1);
    if (normalise_segment(en).empty() || normalise_segment(ar).empty()) continue;
    if (!seen.insert(normalise_segment(en) + "\t" + normalise_segment(ar)).second) continue;
    out.emplace_back(std::move(en), std::move(ar));
  }
  return out;
}

using mizan::testing::unit;

// Rows of an SQL query as strings, read with SQLite itself.
std::vector<std::vector<std::string>> rows(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::vector<std::string>> out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return out;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      const auto* p = static_cast<const char*>(sqlite3_column_blob(st, i));
      row.emplace_back(p == nullptr ? "" : std::string(p, sqlite3_column_bytes(st, i)));
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// The index as stored, and as the units stored say it should be: term -> ids, key -> ids.
using IndexImage = std::map<std::pair<int, std::int64_t>, std::vector<std::uint32_t>>;

IndexImage stored_postings(const std::string& path) {
  IndexImage image;
  for (const auto& r : rows(path,
                            "SELECT lang, term, first, n, ids FROM tu_posting "
                            "ORDER BY lang, term, first")) {
    std::vector<std::uint32_t> ids;
    EXPECT_TRUE(postings::decode(r[4], ids));
    EXPECT_EQ(ids.size(), std::stoul(r[3]));
    EXPECT_FALSE(ids.empty());
    EXPECT_EQ(std::to_string(ids.front()), r[2]) << "a block's key is its first id";
    EXPECT_LE(ids.size(), postings::kBlockIds);
    auto& all = image[{std::stoi(r[0]), std::stoll(r[1])}];
    all.insert(all.end(), ids.begin(), ids.end());
  }
  return image;
}

IndexImage expected_postings(const std::string& path, IndexImage* keys) {
  IndexImage image;
  std::vector<std::int64_t> terms;
  for (const auto& r : rows(path, "SELECT id, en, ar FROM tu ORDER BY id")) {
    const auto id = static_cast<std::uint32_t>(std::stoul(r[0]));
    for (int lang = 0; lang < 2; ++lang) {
      const std::string loose = text::loose_key(r[1 + lang]);
      if (keys != nullptr) (*keys)[{lang, key_hash32(loose)}].push_back(id);
      index_terms(loose, terms);
      for (const std::int64_t t : terms)
        image[{lang, t}].push_back(id);
    }
  }
  return image;
}

void expect_index_exact(const std::string& path) {
  IndexImage keys;
  EXPECT_EQ(stored_postings(path), expected_postings(path, &keys));
  IndexImage stored_keys;
  for (const auto& r : rows(path, "SELECT lang, hash, tu FROM tu_key ORDER BY lang, hash, tu")) {
    stored_keys[{std::stoi(r[0]), std::stoll(r[1])}].push_back(
        static_cast<std::uint32_t>(std::stoul(r[2])));
  }
  EXPECT_EQ(stored_keys, keys);
}

// What a lookup or concordance answers, without the ids (a rebuilt memory numbers anew).
std::vector<std::string> answers(Store& store, const std::vector<std::string>& queries) {
  std::vector<std::string> out;
  for (const std::string& q : queries) {
    for (const Language from : {Language::kEnglish, Language::kArabic}) {
      LookupOptions o;
      o.from = from;
      o.min_score = 40;
      o.max_results = 10;
      for (const Match& m : store.lookup(q, o)) {
        out.push_back(q + " -> " + std::to_string(m.score) + " " + m.unit.en + " | " + m.unit.ar);
      }
      ConcordanceOptions c;
      c.lang = from;
      c.max_results = 0;
      std::vector<std::string> hits;
      for (const auto& hit : store.concordance(q, c).hits)
        hits.push_back(hit.unit.en + " | " + hit.unit.ar);
      std::sort(hits.begin(), hits.end());
      for (const auto& h : hits)
        out.push_back(q + " ~ " + h);
    }
  }
  return out;
}

class MaintenanceTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> open(const std::string& name = "tm.db") {
    return open_sqlite_store({.path = (dir_.path() / name).string()});
  }
  std::string path(const std::string& name = "tm.db") { return (dir_.path() / name).string(); }
  // A memory rebuilt from scratch from the units `store` holds now, in their order.
  std::unique_ptr<Store> rebuilt(Store& store) {
    std::filesystem::remove(path("rebuilt.db"));
    auto fresh = open("rebuilt.db");
    auto session = fresh->begin_import();
    store.for_each_unit([&](const TranslationUnit& u) { session->add(unit(u.en, u.ar)); });
    session->commit();
    return fresh;
  }
  TempDir dir_{"mizan-maintenance"};
};

TEST_F(MaintenanceTest, EditChangesTheTextAndRecordsWhatItWas) {
  auto store = open();
  const std::int64_t id =
      store->add(unit("The operation was a success.", "كانت العملية ناجحه.")).id;
  const TranslationUnit edited = store->edit(id, {.ar = "كانت العملية ناجحة."}, "alice");
  EXPECT_EQ(edited.ar, "كانت العملية ناجحة.");
  EXPECT_EQ(edited.changer, "alice");
  LookupOptions o;
  const auto matches = store->lookup("The operation was a success.", o);
  ASSERT_EQ(matches.size(), 1U);
  EXPECT_EQ(matches[0].unit.ar, "كانت العملية ناجحة.");
  const auto history = store->history(id);
  ASSERT_EQ(history.size(), 1U);
  EXPECT_EQ(history[0].kind, ChangeKind::kEdit);
  EXPECT_EQ(history[0].who, "alice");
  EXPECT_EQ(history[0].before.ar, "كانت العملية ناجحه.");
  EXPECT_GT(history[0].at, 0);
}

TEST_F(MaintenanceTest, EditRefusesToMakeACopyOfAnotherUnitOrAnEmptySide) {
  auto store = open();
  store->add(unit("Yes", "نعم"));
  const std::int64_t id = store->add(unit("No", "لا")).id;
  expect_error([&] { store->edit(id, {.en = "Yes", .ar = "نعم"}, "a"); }, ExitCode::kDataError,
               "copy of #1");
  expect_error([&] { store->edit(id, {.ar = "  "}, "a"); }, ExitCode::kDataError,
               "Arabic side is empty");
  expect_error([&] { store->edit(99, {.ar = "x"}, "a"); }, ExitCode::kDataError, "no unit #99");
  EXPECT_TRUE(store->history(id).empty());
}

TEST_F(MaintenanceTest, RemovedIdsAreNeverGivenAgain) {
  auto store = open();
  store->add(unit("Yes", "نعم"));
  const std::int64_t last = store->add(unit("No", "لا")).id;
  EXPECT_EQ(store->remove({.ids = {last}}, "a", false).removed, std::vector<std::int64_t>{last});
  // SQLite alone would hand the highest id out again; history and undo mean the removed unit.
  EXPECT_GT(store->add(unit("Cancel", "إلغاء")).id, last);
  ASSERT_TRUE(store->undo("a"));
  EXPECT_EQ(store->get(last)->en, "No");
}

TEST_F(MaintenanceTest, RemoveByDocumentKeepsAUnitSeenElsewhere) {
  auto store = open();
  auto session = store->begin_import();
  session->add(unit("Yes", "نعم", "a.txt", 0));
  session->add(unit("No", "لا", "a.txt", 1));
  session->add(unit("No", "لا", "b.txt", 4));
  session->commit();
  const RemoveResult r = store->remove({.document = "a.txt"}, "x", false);
  EXPECT_EQ(r.removed, std::vector<std::int64_t>{1});
  EXPECT_EQ(r.unlinked, std::vector<std::int64_t>{2});
  const auto no = store->get(2);
  ASSERT_TRUE(no);
  ASSERT_EQ(no->origins.size(), 1U);
  EXPECT_EQ(no->origins[0].document, "b.txt");
  expect_error([&] { store->remove({.document = "c.txt"}, "x", false); }, ExitCode::kDataError,
               "no unit comes from a document named \"c.txt\"");
  ASSERT_TRUE(store->undo("x"));
  EXPECT_EQ(store->get(2)->origins.size(), 2U);
  EXPECT_TRUE(store->get(1));
}

TEST_F(MaintenanceTest, RemoveDryRunReportsAndChangesNothing) {
  auto store = open();
  store->add(unit("Yes", "نعم"));
  store->add(unit("No", "لا"));
  EXPECT_EQ(store->remove({.ids = {1, 2}}, "x", true).removed.size(), 2U);
  EXPECT_TRUE(store->get(1) && store->get(2));
  EXPECT_FALSE(store->undo("x")) << "a dry run records nothing";
  expect_error(
      [&] {
        store->remove({.ids = {2, 7, 9}}, "x", false);
      },
      ExitCode::kDataError, "no unit #7, #9; nothing removed");
  EXPECT_TRUE(store->get(2));
}

TEST_F(MaintenanceTest, DedupeKeepsTheUnitThePolicyNames) {
  auto store = open();
  auto session = store->begin_import();
  TranslationUnit old = unit("Save", "حفظ");
  old.changed = 1000;
  old.usage_count = 9;
  TranslationUnit fresh = unit("Save", "احفظ");
  fresh.changed = 2000;
  session->add(old);
  session->add(fresh);
  session->add(unit("Open", "فتح"));
  session->commit();
  DedupeResult dry = store->dedupe({.policy = DedupePolicy::kMostUsed, .dry_run = true}, "x");
  ASSERT_EQ(dry.sets.size(), 1U);
  EXPECT_EQ(dry.sets[0].kept, 1);
  EXPECT_EQ(dry.removed, 0U);
  DedupeResult done = store->dedupe({.policy = DedupePolicy::kNewest}, "x");
  ASSERT_EQ(done.sets.size(), 1U);
  EXPECT_EQ(done.sets[0].kept, 2);
  EXPECT_EQ(done.removed, 1U);
  EXPECT_FALSE(store->get(1));
  EXPECT_EQ(store->history(1).at(0).kind, ChangeKind::kDedupe);
  EXPECT_TRUE(store->dedupe({}, "x").sets.empty());
}

TEST_F(MaintenanceTest, UndoRevertsOneBatchAtATimeNewestFirst) {
  auto store = open();
  store->add(unit("Yes", "نعم"));
  store->add(unit("No", "لا"));
  store->edit(1, {.notes = "checked"}, "a");
  store->remove({.ids = {1, 2}}, "b", false);
  const auto undone = store->undo("c");
  ASSERT_TRUE(undone);
  EXPECT_EQ(undone->kind, ChangeKind::kRemove);
  EXPECT_EQ(undone->who, "b");
  EXPECT_EQ(undone->units, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(store->get(1)->notes, "checked");
  ASSERT_TRUE(store->undo("c"));
  EXPECT_EQ(store->get(1)->notes, "");
  EXPECT_FALSE(store->undo("c"));
  const auto history = store->history(1);
  ASSERT_EQ(history.size(), 2U);
  EXPECT_EQ(history[0].undone_by, "c");
  EXPECT_NE(history[1].undone_at, 0);
}

// Ingest a document's units through one session that replaces what the document gave before.
ImportSummary ingest(Store& store, const std::vector<TranslationUnit>& units) {
  auto session = store.begin_import();
  session->replace_document("doc", "ingest");
  for (const TranslationUnit& u : units)
    session->add(u);
  return session->commit();
}

TEST_F(MaintenanceTest, ReplacingADocumentTakesOffWhatItNoLongerHas) {
  auto store = open();
  ingest(*store, {unit("Yes", "نعم", "doc", 0), unit("No", "لا", "doc", 1),
                  unit("Cancel", "الغاء", "doc", 2)});
  // Unit 3 is fixed in the document; unit 1 is also seen in another file.
  store->add(unit("Yes", "نعم", "other.tsv", 9));
  const ImportSummary again =
      ingest(*store, {unit("Yes", "نعم", "doc", 0), unit("No", "لا", "doc", 1),
                      unit("Cancel", "إلغاء", "doc", 2)});
  EXPECT_EQ(again.added, 1U);
  EXPECT_EQ(again.unchanged, 2U);
  EXPECT_EQ(again.replaced, 1U);
  EXPECT_FALSE(store->get(3));
  EXPECT_EQ(store->history(3).at(0).kind, ChangeKind::kReplace);
  // The document drops its first sentence: unit 1 stays for the other file, without "doc".
  const ImportSummary shorter =
      ingest(*store, {unit("No", "لا", "doc", 0), unit("Cancel", "إلغاء", "doc", 1)});
  EXPECT_EQ(shorter.added, 0U);
  EXPECT_EQ(shorter.replaced, 1U);
  ASSERT_TRUE(store->get(1));
  ASSERT_EQ(store->get(1)->origins.size(), 1U);
  EXPECT_EQ(store->get(1)->origins[0].document, "other.tsv");
  EXPECT_EQ(store->get(2)->origins.at(0).position, 0) << "moved, not added again";
  expect_index_exact(path());
  ASSERT_TRUE(store->undo("x"));
  EXPECT_EQ(store->get(1)->origins.size(), 2U);
}

TEST_F(MaintenanceTest, ReplacingADocumentKeepsAndReportsHandEdits) {
  auto store = open();
  ingest(*store, {unit("Yes", "نعم", "doc", 0), unit("No", "لا", "doc", 1)});
  store->edit(2, {.ar = "كلا"}, "reviewer");
  const ImportSummary again =
      ingest(*store, {unit("Yes", "نعم", "doc", 0), unit("No", "لا", "doc", 1)});
  EXPECT_EQ(again.added, 0U);
  EXPECT_EQ(again.replaced, 0U);
  ASSERT_EQ(again.kept_edits.size(), 1U);
  EXPECT_EQ(again.kept_edits[0].unit, 2);
  EXPECT_EQ(again.kept_edits[0].ar, "لا");
  EXPECT_EQ(store->get(2)->ar, "كلا");
}

// The index is what a memory rebuilt from scratch would hold after every kind of change,
// across posting blocks (more units share a word than one block holds) and at both ends of
// them, and lookups and concordance answer alike.
TEST_F(MaintenanceTest, IndexesStayExactAfterEveryChange) {
  auto store = open();
  const auto data = pairs(300);
  {
    auto session = store->begin_import();
    for (const auto& [en, ar] : data)
      session->add(unit(en, ar));
    // More units with one word than a posting block holds.
    for (std::size_t i = 0; i < postings::kBlockIds + 100; ++i) {
      session->add(unit("Coalition report number " + std::to_string(i),
                        "تقرير التحالف رقم " + std::to_string(i)));
    }
    session->commit();
  }
  const std::vector<std::string> queries = {
      data[3].first,   data[10].first, data[42].second, "Coalition report number 7",
      "تقرير التحالف", "file",         "Open the file"};
  const auto check = [&](const char* step) {
    SCOPED_TRACE(step);
    expect_index_exact(path());
    auto fresh = rebuilt(*store);
    EXPECT_EQ(answers(*store, queries), answers(*fresh, queries));
  };
  check("imported");
  const std::int64_t last = static_cast<std::int64_t>(data.size() + postings::kBlockIds + 100);
  store->remove({.ids = {1, 2, 300, 301, 302, 2348, last}}, "x", false);
  check("removed the first ids, ids at a block edge and the last");
  store->edit(10, {.en = "Open the file now", .ar = "افتح الملف الآن"}, "x");
  store->edit(303, {.en = "Coalition report", .ar = "تقرير"}, "x");
  check("edited");
  store->dedupe({}, "x");
  check("deduplicated");
  ASSERT_TRUE(store->undo("x"));
  check("undid the dedupe");
  ASSERT_TRUE(store->undo("x"));
  ASSERT_TRUE(store->undo("x"));
  check("undid the edits");
  ASSERT_TRUE(store->undo("x"));
  check("undid the removal: the first ids are back at the front of their blocks");
  store->add(unit("Coalition report number 99999", "تقرير التحالف رقم 99999"));
  check("added after the undo");
}

}  // namespace
}  // namespace mizan::tm
