// The aligner's lexicon kept in the memory (tm/lexicon.hpp; tables lex_*, migration 4).

#include "mizan/tm/lexicon.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "mizan/core/error.hpp"
#include "mizan/tm/sqlite_store.hpp"
#include "schema.hpp"
#include "support/test_support.hpp"

namespace mizan::tm {
namespace {

namespace fs = std::filesystem;
using mizan::testing::expect_error;

// Runs SQL on the file with SQLite itself, as another program would; returns the first column of
// the first row (empty when none).
std::string sqlite_value(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string value;
  char* error = nullptr;
  sqlite3_exec(
      db, sql.c_str(),
      [](void* out, int columns, char** values, char**) {
        if (columns > 0 && values[0] != nullptr && static_cast<std::string*>(out)->empty())
          *static_cast<std::string*>(out) = values[0];
        return 0;
      },
      &value, &error);
  EXPECT_EQ(error, nullptr) << error;
  sqlite3_free(error);
  sqlite3_close(db);
  return value;
}

// council -> مجلس 3 of its 4 generated words; الخطة's stem and council share nothing.
LexiconCounts council_counts() {
  LexiconCounts c;
  c.en = {{"council", 4.0}, {"plan", 2.0}};
  c.ar = {{"مجلس", 3.5}, {"خط", 2.0}, {"ال+", 6.0}};
  c.pairs = {{0, 0, 3.0, 3.0}, {1, 1, 1.5, 1.8}, {0, 2, 0.5, 0.25}};
  return c;
}

double pair_count(const LexiconCounts& c, std::string_view en, std::string_view ar,
                  bool en_to_ar = true) {
  for (const LexiconCounts::Pair& p : c.pairs) {
    if (c.en[p.en].form == en && c.ar[p.ar].form == ar) return en_to_ar ? p.en_to_ar : p.ar_to_en;
  }
  return -1;
}

double total(const std::vector<LexiconCounts::Word>& words, std::string_view form) {
  for (const LexiconCounts::Word& w : words) {
    if (w.form == form) return w.total;
  }
  return -1;
}

class LexiconStoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> open() {
    return open_sqlite_store(
        {.path = path_, .create = true, .busy_timeout = std::chrono::seconds(2)});
  }
  // Adds `counts` from `source` in one session and commits; returns add_lexicon's answer.
  bool add(Store& s, std::string_view source, const LexiconCounts& counts) {
    auto session = s.begin_import();
    const bool added = session->add_lexicon(source, counts);
    session->commit();
    return added;
  }

  mizan::testing::TempDir tmp_{"mizan-lexicon-test"};
  std::string path_ = (tmp_.path() / "tm.db").string();
};

TEST_F(LexiconStoreTest, CountsComeBackForTheWordsAsked) {
  {
    auto s = open();
    EXPECT_TRUE(add(*s, "doc-1", council_counts()));
  }
  auto s = open();
  const LexiconCounts c = s->lexicon_counts({"council", "plan", "council"}, {"مجلس", "ال+", "خط"});
  ASSERT_EQ(c.en.size(), 2u);  // "council" asked twice, read once
  ASSERT_EQ(c.ar.size(), 3u);
  EXPECT_EQ(total(c.en, "council"), 4.0);
  EXPECT_EQ(total(c.ar, "مجلس"), 3.5);
  EXPECT_EQ(pair_count(c, "council", "مجلس"), 3.0);
  EXPECT_EQ(pair_count(c, "plan", "خط", false), 1.8);
  EXPECT_EQ(pair_count(c, "council", "ال+", false), 0.25);
  EXPECT_EQ(c.pairs.size(), 3u);
}

TEST_F(LexiconStoreTest, OnlyPairsWhoseTwoWordsWereAskedAreRead) {
  auto s = open();
  add(*s, "doc-1", council_counts());
  const LexiconCounts c = s->lexicon_counts({"council", "unknown"}, {"مجلس"});
  ASSERT_EQ(c.en.size(), 1u);
  EXPECT_EQ(c.en[0].form, "council");
  ASSERT_EQ(c.pairs.size(), 1u);
  EXPECT_EQ(pair_count(c, "council", "مجلس"), 3.0);
  EXPECT_TRUE(s->lexicon_counts({"unknown"}, {"مجلس"}).pairs.empty());
  EXPECT_TRUE(s->lexicon_counts({}, {}).en.empty());
}

TEST_F(LexiconStoreTest, CountsOfAnotherSourceAddUpAndASourceCountsOnce) {
  auto s = open();
  EXPECT_TRUE(add(*s, "doc-1", council_counts()));
  EXPECT_TRUE(add(*s, "doc-2", council_counts()));
  EXPECT_FALSE(add(*s, "doc-1", council_counts()));  // ingested again: not counted twice
  const LexiconCounts c = s->lexicon_counts({"council"}, {"مجلس"});
  EXPECT_EQ(total(c.en, "council"), 8.0);
  EXPECT_EQ(pair_count(c, "council", "مجلس"), 6.0);
  const LexiconStats st = s->stats().lexicon;
  EXPECT_EQ(st.sources, 2);
  EXPECT_EQ(st.en_words, 2);
  EXPECT_EQ(st.ar_words, 3);
  EXPECT_EQ(st.pairs, 3);
}

TEST_F(LexiconStoreTest, APairSmallForBothItsWordsIsDroppedAndTheTotalsStay) {
  auto s = open();
  LexiconCounts first;
  first.en = {{"the", 100.0}};
  first.ar = {{"ال+", 50.0}, {"نادر", 1.5}, {"شائع", 100.0}};
  first.pairs = {{0, 0, 50.0, 40.0},  // half of both words: kept
                 {0, 1, 1.0, 1.0},    // a hundredth of "the", two thirds of نادر: kept
                 {0, 2, 1.0, 1.0}};   // a hundredth of both: dropped
  EXPECT_TRUE(add(*s, "doc-1", first));
  const LexiconCounts c = s->lexicon_counts({"the"}, {"ال+", "نادر", "شائع"});
  EXPECT_EQ(pair_count(c, "the", "ال+"), 50.0);
  EXPECT_EQ(pair_count(c, "the", "نادر"), 1.0);
  EXPECT_EQ(pair_count(c, "the", "شائع"), -1);
  EXPECT_EQ(total(c.ar, "شائع"), 100.0);  // its dropped pair still counts in its total
  EXPECT_EQ(s->stats().lexicon.pairs, 2);

  // Another source makes نادر common with another word: "the" is not in it, and its pair with
  // نادر, now a small share of both, goes.
  LexiconCounts second;
  second.en = {{"rare", 200.0}};
  second.ar = {{"نادر", 200.0}};
  second.pairs = {{0, 0, 190.0, 190.0}};
  EXPECT_TRUE(add(*s, "doc-2", second));
  const LexiconCounts d = s->lexicon_counts({"the", "rare"}, {"ال+", "نادر"});
  EXPECT_EQ(pair_count(d, "the", "نادر"), -1);
  EXPECT_EQ(pair_count(d, "rare", "نادر"), 190.0);
  EXPECT_EQ(pair_count(d, "the", "ال+"), 50.0);
  EXPECT_EQ(total(d.en, "the"), 100.0);
  EXPECT_EQ(total(d.ar, "نادر"), 201.5);
}

TEST_F(LexiconStoreTest, AWordKeepsABoundedNumberOfPairsHoweverManySourcesAdd) {
  // Every source pairs "the" with ال+ and with forty new Arabic words, each a hundredth of that
  // word's total: the table keeps ال+ and not the words that only co-occur, however many sources.
  auto s = open();
  for (int doc = 0; doc < 20; ++doc) {
    LexiconCounts c;
    c.en = {{"the", 60.0}};
    c.ar = {{"ال+", 20.0}};
    c.pairs = {{0, 0, 20.0, 20.0}};
    for (int k = 1; k <= 40; ++k) {
      c.ar.push_back({"كلمة" + std::to_string(doc * 40 + k), 100.0});
      c.pairs.push_back({0, static_cast<std::uint32_t>(k), 1.0, 1.0});
    }
    EXPECT_TRUE(add(*s, "doc-" + std::to_string(doc), c));
  }
  const LexiconStats st = s->stats().lexicon;
  EXPECT_EQ(st.ar_words, 801);
  EXPECT_EQ(st.pairs, 1);
  const LexiconCounts c = s->lexicon_counts({"the"}, {"ال+", "كلمة1", "كلمة800"});
  EXPECT_EQ(pair_count(c, "the", "ال+"), 400.0);
  EXPECT_EQ(total(c.en, "the"), 1200.0);
}

TEST_F(LexiconStoreTest, ASessionReadsWhatItAddedAndARollbackKeepsNothing) {
  auto s = open();
  {
    auto session = s->begin_import();
    session->add_lexicon("doc-1", council_counts());
    EXPECT_EQ(pair_count(session->lexicon_counts({"council"}, {"مجلس"}), "council", "مجلس"), 3.0);
    // destroyed without commit
  }
  EXPECT_TRUE(s->lexicon_counts({"council"}, {"مجلس"}).en.empty());
  EXPECT_EQ(s->stats().lexicon.sources, 0);
  EXPECT_TRUE(add(*s, "doc-1", council_counts()));  // the rolled-back source was not recorded
}

TEST_F(LexiconStoreTest, ADamagedRowIsADataErrorNamingTheDatabase) {
  { add(*open(), "doc-1", council_counts()); }
  sqlite_value(path_, "UPDATE lex_word SET total = 'many' WHERE form = 'council'");
  try {
    open()->lexicon_counts({"council"}, {"مجلس"});
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_NE(std::string(e.what()).find(path_), std::string::npos) << e.what();
    EXPECT_NE(e.message().find("which is no number"), std::string::npos) << e.message();
  }
  sqlite_value(path_, "UPDATE lex_word SET total = 4 WHERE form = 'council'");
  sqlite_value(path_, "UPDATE lex_pair SET en_to_ar = -3");
  expect_error([&] { open()->lexicon_counts({"council"}, {"مجلس"}); }, ExitCode::kDataError,
               "negative");
  sqlite_value(path_, "UPDATE lex_pair SET en_to_ar = 40");
  expect_error([&] { open()->lexicon_counts({"council"}, {"مجلس"}); }, ExitCode::kDataError,
               "more than its word's total");
  sqlite_value(path_, "UPDATE lex_pair SET en_to_ar = 3");
  EXPECT_EQ(pair_count(open()->lexicon_counts({"council"}, {"مجلس"}), "council", "مجلس"), 3.0);
}

TEST_F(LexiconStoreTest, AVersion3MemoryIsUpgradedKeepingItsUnitsAndGlossary) {
  {
    // A database as the build before the lexicon wrote it: migrations 1 to 3.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    for (const schema::Migration& m : schema::migrations()) {
      if (m.version > 3) break;
      const std::string sql(m.sql);
      ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    }
    const std::string rows =
        "INSERT INTO tu (en, ar, created, changed) VALUES ('Iraq', 'العراق', 0, 0); "
        "INSERT INTO term_entry (en, ar, en_key, ar_key, status) VALUES "
        "('council', 'المجلس', 'council', 'المجلس', 0); "
        "PRAGMA user_version=3; PRAGMA application_id=" +
        std::to_string(schema::kApplicationId);
    ASSERT_EQ(sqlite3_exec(db, rows.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  auto s = open();
  EXPECT_EQ(sqlite_value(path_, "PRAGMA user_version"), std::to_string(schema::current_version()));
  EXPECT_EQ(s->stats().units, 1);
  EXPECT_EQ(sqlite_value(path_, "SELECT ar FROM term_entry"), "المجلس");
  EXPECT_EQ(s->stats().lexicon.sources, 0);
  EXPECT_TRUE(add(*s, "doc-1", council_counts()));
  EXPECT_EQ(s->stats().lexicon.pairs, 3);
}

}  // namespace
}  // namespace mizan::tm
