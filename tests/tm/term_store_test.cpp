// The glossary kept in the memory's database (tm::open_sqlite_term_store, table term_entry).

#include "mizan/tm/sqlite_term_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "mizan/core/error.hpp"
#include "schema.hpp"
#include "support/test_support.hpp"

namespace mizan::tm {
namespace {

namespace fs = std::filesystem;
using mizan::testing::expect_error;
using mizan::testing::term_entry;

// Runs SQL on the file with SQLite itself, as another program would; returns the first column of
// the first row (empty when none).
std::string sqlite_value(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string value;
  sqlite3_exec(
      db, sql.c_str(),
      [](void* out, int columns, char** values, char**) {
        if (columns > 0 && values[0] != nullptr && static_cast<std::string*>(out)->empty())
          *static_cast<std::string*>(out) = values[0];
        return 0;
      },
      &value, nullptr);
  sqlite3_close(db);
  return value;
}

class TermStoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<term::TermStore> open(bool create = true,
                                        std::chrono::milliseconds busy = std::chrono::seconds(2)) {
    return open_sqlite_term_store({.path = path_, .create = create, .busy_timeout = busy});
  }
  static term::Glossary sample() {
    term::Glossary g;
    TermEntry a = term_entry("Deir ez-Zor", "دير الزور");
    a.en_variants = {"Dayr az-Zawr", "Deir el-Zour"};
    a.part_of_speech = "properNoun";
    a.domain = "geography";
    a.note = "city and governorate";
    g.add(a);
    TermEntry b = term_entry("CENTCOM", "القيادة المركزية الأمريكية");
    b.ar_variants = {"القيادة المركزية الأميركية"};
    g.add(b);
    g.add(term_entry("ISIS", "الدولة الإسلامية", TermStatus::kDeprecated));
    g.add(term_entry("ISIS", "تنظيم داعش", TermStatus::kAdmitted));
    return g;
  }

  mizan::testing::TempDir tmp_{"mizan-term-store-test"};
  fs::path dir_ = tmp_.path();
  std::string path_ = (dir_ / "tm.db").string();
};

TEST_F(TermStoreTest, KeepsEveryFieldInTheOrderEntriesWereAdded) {
  open()->save(sample());
  const term::Glossary got = open(/*create=*/false)->load();
  const term::Glossary want = sample();
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const TermEntry& g = got.entries()[i];
    const TermEntry& w = want.entries()[i];
    EXPECT_EQ(g.id, static_cast<std::int64_t>(i + 1));
    EXPECT_EQ(g.en, w.en);
    EXPECT_EQ(g.ar, w.ar);
    EXPECT_EQ(g.status, w.status);
    EXPECT_EQ(g.en_variants, w.en_variants);
    EXPECT_EQ(g.ar_variants, w.ar_variants);
    EXPECT_EQ(g.part_of_speech, w.part_of_speech);
    EXPECT_EQ(g.domain, w.domain);
    EXPECT_EQ(g.note, w.note);
  }
  // The matching keys the glossary merges on are stored, and make a pair unique.
  EXPECT_EQ(sqlite_value(path_, "SELECT en_key FROM term_entry WHERE id = 2"), "centcom");
  EXPECT_EQ(sqlite_value(path_, "SELECT status FROM term_entry WHERE id = 3"), "2");
}

TEST_F(TermStoreTest, SavingWritesOnlyWhatChangedAndEntriesKeepTheirIds) {
  auto store = open();
  store->save(sample());
  // Every write to the table, logged by triggers behind the store's back.
  sqlite_value(path_,
               "CREATE TABLE log (what TEXT);"
               "CREATE TRIGGER i AFTER INSERT ON term_entry BEGIN "
               "INSERT INTO log VALUES ('insert ' || new.en); END;"
               "CREATE TRIGGER u AFTER UPDATE ON term_entry BEGIN "
               "INSERT INTO log VALUES ('update ' || new.id); END;"
               "CREATE TRIGGER d AFTER DELETE ON term_entry BEGIN "
               "INSERT INTO log VALUES ('delete ' || old.id); END;");
  term::Glossary g = store->load();
  g.remove("ISIS", "الدولة الإسلامية");  // id 3
  TermEntry more = term_entry("CENTCOM", "القيادة المركزية الأمريكية");
  more.note = "U.S. Central Command";
  g.add(more);                          // merged into id 2
  g.add(term_entry("Raqqa", "الرقة"));  // new
  store->save(g);
  EXPECT_EQ(sqlite_value(path_, "SELECT group_concat(what, ', ') FROM log"),
            "delete 3, update 2, insert Raqqa");
  const term::Glossary got = store->load();
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got.entries()[0].id, 1);
  EXPECT_EQ(got.entries()[1].id, 2);
  EXPECT_EQ(got.entries()[1].note, "U.S. Central Command");
  EXPECT_EQ(got.entries()[2].id, 4);  // تنظيم داعش
  EXPECT_EQ(got.entries()[3].en, "Raqqa");
  EXPECT_GT(got.entries()[3].id, 4);
}

TEST_F(TermStoreTest, ARemovedEntryAddedAgainIsStoredAgain) {
  auto store = open();
  store->save(sample());
  store->update([](term::Glossary& g) {
    g.remove("CENTCOM");
    g.add(term_entry("Centcom", "القيادة المركزية الامريكية"));  // same pair by matching key
  });
  const term::Glossary got = store->load();
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got.entries().back().en, "Centcom");
}

TEST_F(TermStoreTest, UpdateHoldsTheWriteLockSoNoConcurrentEditIsLost) {
  auto a = open();
  auto b = open(/*create=*/false, std::chrono::milliseconds(200));
  a->save(sample());
  a->update([&](term::Glossary& g) {
    g.add(term_entry("Raqqa", "الرقة"));
    // Another writer cannot load-change-save in between: it waits, then gives up (exit 75).
    expect_error([&] { b->update([](term::Glossary& h) { h.add(term_entry("Homs", "حمص")); }); },
                 ExitCode::kTempFail, "locked");
  });
  b->update([](term::Glossary& h) { h.add(term_entry("Homs", "حمص")); });
  const term::Glossary got = open(false)->load();
  EXPECT_TRUE(got.find("Raqqa", "الرقة"));
  EXPECT_TRUE(got.find("Homs", "حمص"));
}

TEST_F(TermStoreTest, AChangeThatThrowsSavesNothing) {
  auto store = open();
  store->save(sample());
  EXPECT_THROW(store->update([](term::Glossary& g) {
    g.remove("ISIS");
    throw Error(ExitCode::kDataError, "refused");
  }),
               Error);
  EXPECT_EQ(store->load().size(), 4u);
}

TEST_F(TermStoreTest, TheGlossaryAndTheUnitsShareOneFile) {
  {
    auto memory = open_sqlite_store({.path = path_});
    TranslationUnit u;
    u.en = "CENTCOM forces struck ISIS.";
    u.ar = "ضربت قوات القيادة المركزية الأمريكية داعش.";
    memory->add(u);
  }
  open(false)->save(sample());
  EXPECT_EQ(open_sqlite_store({.path = path_, .create = false})->stats().units, 1);
  EXPECT_EQ(open(false)->load().size(), 4u);
}

TEST_F(TermStoreTest, AVersion1MemoryIsUpgradedKeepingItsUnits) {
  {
    // A database as the first mizan release wrote it: migration 1 only.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    const std::string v1(schema::migrations()[0].sql);
    ASSERT_EQ(sqlite3_exec(db, v1.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    const std::string ids =
        "INSERT INTO tu (en, ar, created, changed) VALUES ('Iraq', 'العراق', "
        "0, 0); PRAGMA user_version=1; PRAGMA application_id=" +
        std::to_string(schema::kApplicationId);
    ASSERT_EQ(sqlite3_exec(db, ids.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  open(false)->save(sample());
  EXPECT_EQ(sqlite_value(path_, "PRAGMA user_version"), std::to_string(schema::current_version()));
  EXPECT_EQ(sqlite_value(path_, "SELECT ar FROM tu"), "العراق");
  EXPECT_EQ(open(false)->load().size(), 4u);
}

TEST_F(TermStoreTest, MissingFileIsNoInputWhenNotCreating) {
  expect_error([&] { open(/*create=*/false); }, ExitCode::kNoInput, "no mizan database");
  EXPECT_FALSE(fs::exists(path_));
}

TEST_F(TermStoreTest, RefusesAFileThatIsNotAMizanDatabaseUntouched) {
  const std::string content = "en\tar\nIraq\tالعراق\n";
  std::ofstream(path_, std::ios::binary) << content;
  expect_error([&] { open(); }, ExitCode::kConfig, "not a mizan database");
  std::ifstream in(path_, std::ios::binary);
  std::stringstream now;
  now << in.rdbuf();
  EXPECT_EQ(now.str(), content);
}

TEST_F(TermStoreTest, ADamagedRowIsReportedNotLoaded) {
  open()->save(sample());
  sqlite_value(path_, "UPDATE term_entry SET status = 7 WHERE id = 2");
  expect_error([&] { open(false)->load(); }, ExitCode::kDataError, "glossary entry 2");
  sqlite_value(path_, "UPDATE term_entry SET status = 0, ar = 'CENTCOM' WHERE id = 2");
  expect_error([&] { open(false)->load(); }, ExitCode::kDataError, "no Arabic letter");
}

}  // namespace
}  // namespace mizan::tm
