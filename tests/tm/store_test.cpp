#include "mizan/tm/sqlite_store.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "mizan/core/error.hpp"
#include "mizan/tm/concordance.hpp"
#include "mizan/tm/import_session.hpp"
#include "mizan/tm/match.hpp"
#include "mizan/tm/store.hpp"
#include "support/test_support.hpp"

namespace mizan::tm {
namespace {

namespace fs = std::filesystem;
using mizan::testing::expect_error;

// Seed sentences (corpora/centcom-2025-01-06) and their Arabic.
constexpr const char* kEn1 =
    "There were no injuries to U.S. personnel or damage to U.S. equipment.";
constexpr const char* kAr1 =
    "ولم تقع إصابات بين أفراد القوات الأميركية أو أضرار بالمعدات الأميركية.";
constexpr const char* kEn2 =
    "The A-10s tasked to support ground forces in the area were successful in eliminating the "
    "ISIS fighters within a cave.";
constexpr const char* kAr2 =
    "وكانت طائرات إيه-10 المخصصة لدعم القوات البرية في المنطقة ناجحة في القضاء على مقاتلي داعش "
    "داخل كهف.";
constexpr const char* kEn3 =
    "One Coalition member was killed and two were wounded from two different nations.";
constexpr const char* kAr3 = "قُتل أحد أفراد التحالف، وأصيب اثنان آخران من بلدين مختلفين.";

TranslationUnit unit(std::string en, std::string ar, std::string doc = "", std::int64_t pos = -1) {
  TranslationUnit u;
  u.en = std::move(en);
  u.ar = std::move(ar);
  if (!doc.empty()) u.origins.push_back({std::move(doc), pos});
  return u;
}

// Runs SQL on a database file with SQLite itself, as another program would.
void exec_sqlite(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

class StoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> open(std::chrono::milliseconds busy = std::chrono::milliseconds(2000)) {
    return open_sqlite_store({.path = path_, .create = true, .busy_timeout = busy});
  }
  std::unique_ptr<Store> seeded() {
    auto s = open();
    auto session = s->begin_import();
    session->add(unit(kEn1, kAr1, "centcom-2025-01-06", 6));
    session->add(unit(kEn2, kAr2, "centcom-2025-01-06", 4));
    session->add(unit(kEn3, kAr3, "centcom-2025-01-06", 5));
    session->commit();
    return s;
  }
  static std::vector<Match> find(Store& s, std::string_view q, Language from = Language::kEnglish,
                                 int min = 70, std::string prev = "") {
    LookupOptions o;
    o.from = from;
    o.min_score = min;
    o.previous = std::move(prev);
    return s.lookup(q, o);
  }
  std::string read_file(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  mizan::testing::TempDir tmp_{"mizan-store-test"};
  fs::path dir_ = tmp_.path();
  std::string path_ = (dir_ / "tm.db").string();
};

TEST_F(StoreTest, StoresEveryFieldOfAUnit) {
  auto s = open();
  TranslationUnit u = unit(kEn1, kAr1, "centcom-2025-01-06", 6);
  u.en_locale = "en-US";
  u.ar_locale = "ar-SA";
  u.prev_en = kEn3;
  u.prev_ar = kAr3;
  u.next_en = "next";
  u.next_ar = "التالي";
  u.confidence = 0.75;
  u.created = 1736121600;
  u.changed = 1736208000;
  u.creator = "reviewer";
  u.usage_count = 3;
  u.notes = "checked against the official release";
  u.props = {{"x-domain", "military"}, {"x-tab\tand\nline", "a\\b"}};
  u.en_markup = "<bpt i=\"1\">&lt;b&gt;</bpt>There<ept i=\"1\">&lt;/b&gt;</ept> were...";
  u.source_language = Language::kArabic;
  const AddResult r = s->add(u);
  ASSERT_EQ(r.outcome, AddOutcome::kAdded);
  const std::optional<TranslationUnit> got = s->get(r.id);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->en, kEn1);
  EXPECT_EQ(got->ar, kAr1);
  EXPECT_EQ(got->en_locale, "en-US");
  EXPECT_EQ(got->ar_locale, "ar-SA");
  ASSERT_EQ(got->origins.size(), 1U);
  EXPECT_EQ(got->origins[0].document, "centcom-2025-01-06");
  EXPECT_EQ(got->origins[0].position, 6);
  EXPECT_EQ(got->prev_en, kEn3);
  EXPECT_EQ(got->prev_ar, kAr3);
  EXPECT_EQ(got->next_en, "next");
  EXPECT_EQ(got->next_ar, "التالي");
  EXPECT_DOUBLE_EQ(got->confidence, 0.75);
  EXPECT_EQ(got->created, 1736121600);
  EXPECT_EQ(got->changed, 1736208000);
  EXPECT_EQ(got->creator, "reviewer");
  EXPECT_EQ(got->usage_count, 3);
  EXPECT_EQ(got->notes, "checked against the official release");
  EXPECT_EQ(got->props, u.props);
  EXPECT_EQ(got->en_markup, u.en_markup);
  EXPECT_EQ(got->source_language, Language::kArabic);
}

TEST_F(StoreTest, KeepsTextAsWrittenAfterCleanUp) {
  auto s = open();
  // BOM-like invisible marks and outer spaces go; tashkeel, tatweel and punctuation stay.
  const AddResult r =
      s->add(unit("  \u200BThe operation was a success.  ", "كانت العمليـة ناجحةً."));
  const auto got = s->get(r.id);
  EXPECT_EQ(got->en, "The operation was a success.");
  EXPECT_EQ(got->ar, "كانت العمليـة ناجحةً.");
}

TEST_F(StoreTest, RefusesAUnitWithAnEmptySide) {
  auto s = open();
  expect_error([&] { s->add(unit("Only English", "   ")); }, ExitCode::kDataError, "Arabic");
}

TEST_F(StoreTest, MergesDuplicatesKeepingOriginsCountsAndNotes) {
  auto s = open();
  TranslationUnit a = unit(kEn1, kAr1, "centcom-2025-01-06", 6);
  a.usage_count = 2;
  a.notes = "seed";
  TranslationUnit b = unit(kEn1, kAr1, "centcom-2025-02-10", 3);
  b.usage_count = 1;
  b.notes = "second release";
  const AddResult ra = s->add(a);
  const AddResult rb = s->add(b);
  EXPECT_EQ(rb.outcome, AddOutcome::kMerged);
  EXPECT_EQ(rb.id, ra.id);
  const auto got = s->get(ra.id);
  ASSERT_EQ(got->origins.size(), 2U);
  EXPECT_EQ(got->origins[1].document, "centcom-2025-02-10");
  EXPECT_EQ(got->origins[1].position, 3);
  EXPECT_EQ(got->usage_count, 3);
  EXPECT_EQ(got->notes, "seed\nsecond release");
  EXPECT_EQ(s->stats().units, 1);
  EXPECT_EQ(s->stats().origins, 2);
}

TEST_F(StoreTest, ADifferentTranslationIsNotADuplicate) {
  auto s = open();
  s->add(unit(kEn1, kAr1));
  EXPECT_EQ(s->add(unit(kEn1, "لم تقع إصابات في صفوف الأمريكيين.")).outcome, AddOutcome::kAdded);
  EXPECT_EQ(s->stats().units, 2);
}

TEST_F(StoreTest, DuplicatesInsideOneImportAreMergedToo) {
  auto s = open();
  auto session = s->begin_import();
  EXPECT_EQ(session->add(unit(kEn1, kAr1, "a.tsv", 0)).outcome, AddOutcome::kAdded);
  EXPECT_EQ(session->add(unit(kEn1, kAr1, "a.tsv", 7)).outcome, AddOutcome::kMerged);
  const ImportSummary sum = session->commit();
  EXPECT_EQ(sum.added, 1U);
  EXPECT_EQ(sum.merged, 1U);
  EXPECT_EQ(s->stats().origins, 2);
}

TEST_F(StoreTest, ReimportingTheSameOriginChangesNothing) {
  auto s = seeded();
  const StoreStats before = s->stats();
  auto session = s->begin_import();
  EXPECT_EQ(session->add(unit(kEn1, kAr1, "centcom-2025-01-06", 6)).outcome,
            AddOutcome::kUnchanged);
  const ImportSummary sum = session->commit();
  EXPECT_EQ(sum.unchanged, 1U);
  EXPECT_EQ(sum.added + sum.merged, 0U);
  const StoreStats after = s->stats();
  EXPECT_EQ(after.units, before.units);
  EXPECT_EQ(after.origins, before.origins);
}

TEST_F(StoreTest, AnImportSessionWithoutCommitLeavesNothing) {
  auto s = seeded();
  {
    auto session = s->begin_import();
    session->add(unit("A unit that never lands.", "وحدة لن تُحفظ."));
  }
  EXPECT_EQ(s->stats().units, 3);
  EXPECT_TRUE(find(*s, "A unit that never lands.").empty());
}

TEST_F(StoreTest, ExactMatchIs100InBothDirections) {
  auto s = seeded();
  auto m = find(*s, kEn1);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 100);
  EXPECT_EQ(m[0].kind, MatchKind::kExact);
  EXPECT_EQ(m[0].unit.ar, kAr1);
  m = find(*s, kAr3, Language::kArabic);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 100);
  EXPECT_EQ(m[0].unit.en, kEn3);
}

TEST_F(StoreTest, PunctuationCaseDiacriticsAndDigitsGive99) {
  auto s = seeded();
  // No final full stop, upper case.
  auto m = find(*s, "THERE WERE NO INJURIES TO U.S. PERSONNEL OR DAMAGE TO U.S. EQUIPMENT");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 99);
  EXPECT_EQ(m[0].kind, MatchKind::kNearExact);
  // Without the damma of قُتل and with an Arabic comma missing.
  m = find(*s, "قتل أحد أفراد التحالف وأصيب اثنان آخران من بلدين مختلفين.", Language::kArabic);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 99);
  // Arabic-Indic digits for إيه-10.
  m = find(*s,
           "وكانت طائرات إيه-١٠ المخصصة لدعم القوات البرية في المنطقة ناجحة في القضاء على مقاتلي "
           "داعش داخل كهف.",
           Language::kArabic);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 99);
}

TEST_F(StoreTest, PreviousSegmentMakesA101ContextMatch) {
  auto s = open();
  TranslationUnit u = unit(kEn1, kAr1, "centcom-2025-01-06", 6);
  u.prev_en = kEn3;
  u.prev_ar = kAr3;
  s->add(u);
  auto m = find(*s, kEn1, Language::kEnglish, 70, kEn3);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 101);
  EXPECT_EQ(m[0].kind, MatchKind::kContext);
  m = find(*s, kEn1, Language::kEnglish, 70, "Some other sentence.");
  EXPECT_EQ(m[0].score, 100);
  m = find(*s, kAr1, Language::kArabic, 70, kAr3);
  EXPECT_EQ(m[0].score, 101);
}

TEST_F(StoreTest, ContextOfAMergedOccurrenceCountsToo) {
  auto s = open();
  TranslationUnit first = unit(kEn1, kAr1, "doc-a", 6);
  first.prev_en = kEn3;
  TranslationUnit second = unit(kEn1, kAr1, "doc-b", 2);
  second.prev_en = "The weather was fine.";
  s->add(first);
  s->add(second);
  const auto after_weather = find(*s, kEn1, Language::kEnglish, 70, "The weather was fine.");
  ASSERT_FALSE(after_weather.empty());
  EXPECT_EQ(after_weather[0].score, 101);
  const auto after_en3 = find(*s, kEn1, Language::kEnglish, 70, kEn3);
  ASSERT_FALSE(after_en3.empty());
  EXPECT_EQ(after_en3[0].score, 101);
}

TEST_F(StoreTest, FuzzyMatchesAreRankedBestFirstWithTheEdits) {
  auto s = seeded();
  s->add(
      unit("There were no injuries to Coalition personnel.", "لم تقع إصابات بين أفراد التحالف."));
  const auto m = find(*s, "There were no injuries to U.S. personnel or damage to U.S. vehicles.");
  ASSERT_GE(m.size(), 1U);
  EXPECT_EQ(m[0].kind, MatchKind::kFuzzy);
  EXPECT_EQ(m[0].unit.en, kEn1);
  EXPECT_EQ(m[0].score, 91);  // 1 of 12 words replaced: 91.7
  const auto changed = std::count_if(m[0].edits.begin(), m[0].edits.end(), [](const WordEdit& e) {
    return e.kind != WordEdit::Kind::kKeep;
  });
  EXPECT_EQ(changed, 1);
  for (std::size_t i = 1; i < m.size(); ++i)
    EXPECT_LE(m[i].score, m[i - 1].score);
}

TEST_F(StoreTest, FuzzyFromArabicCountsCliticAndSpellingVariantsAsSmallChanges) {
  auto s = seeded();
  // الأمريكية for الأميركية (twice) and والمعدات for بالمعدات.
  const auto m = find(*s, "ولم تقع إصابات بين أفراد القوات الأمريكية أو أضرار والمعدات الأمريكية.",
                      Language::kArabic);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].unit.en, kEn1);
  // 11 words: 2 spelling variants (0.5 each) + والمعدات / بالمعدات, one stem معد under two
  // article forms (0.3): 1 - 1.3/11 = 88.2.
  EXPECT_EQ(m[0].score, 88);
}

TEST_F(StoreTest, EqualWordScoresPutTheMatchWrittenLikeTheQueryFirst) {
  auto s = open();
  s->add(unit("Load the program during system start-up", "حمّل البرنامج أثناء بدء النظام"));
  s->add(unit("Load the program During System Start-Up", "تحميل البرنامج أثناء بدء تشغيل النظام"));
  s->add(
      unit("Load the program during system start-up again", "حمّل البرنامج مجددا أثناء بدء النظام"));
  LookupOptions o;
  o.max_results = 1;
  // Both first units differ from the query by the added "now" only: same word score.
  auto m = s->lookup("Load the program During System Start-Up now", o);
  ASSERT_EQ(m.size(), 1U);
  EXPECT_EQ(m[0].unit.en, "Load the program During System Start-Up");
  m = s->lookup("load the program during system start-up now", o);
  EXPECT_EQ(m[0].unit.en, "Load the program during system start-up");
}

TEST_F(StoreTest, MinimumAndMaximumAreApplied) {
  auto s = seeded();
  const std::string q = "There were no injuries to personnel.";
  EXPECT_TRUE(find(*s, q, Language::kEnglish, 90).empty());
  EXPECT_FALSE(find(*s, q, Language::kEnglish, 40).empty());
  LookupOptions o;
  o.min_score = 0;
  o.max_results = 1;
  EXPECT_EQ(s->lookup("the", o).size(), 1U);
}

TEST_F(StoreTest, NothingToMatchIsAnEmptyResult) {
  auto s = seeded();
  EXPECT_TRUE(find(*s, "").empty());
  EXPECT_TRUE(find(*s, "  ...  ").empty());
  EXPECT_TRUE(find(*s, "Completely unrelated words about cooking pasta.").empty());
}

TEST_F(StoreTest, ConcordanceFindsArabicWordsUnderClitics) {
  auto s = open();
  s->add(unit("a", "تظل القيادة المركزية ملتزمة."));
  s->add(unit("b", "نفذت قوات سوريا الديمقراطية عملية، بدعم من قوات القيادة المركزية."));
  s->add(unit("c", "والقيادة المركزية تؤكد."));
  s->add(unit("d", "رسالة للقيادة العامة."));
  s->add(unit("e", "عملية بقيادتها."));
  s->add(unit("f", "قاد الجنرال العملية."));
  ConcordanceOptions o;
  o.lang = Language::kArabic;
  const ConcordanceResult r = s->concordance("قيادة", o);
  std::vector<std::string> found;
  for (const auto& h : r.hits)
    found.push_back(h.unit.en);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{"a", "b", "c", "d", "e"}));
  EXPECT_FALSE(r.truncated);
  for (const auto& h : r.hits) {
    if (h.unit.en == "d") {
      ASSERT_EQ(h.spans.size(), 1U);
      EXPECT_EQ(h.unit.ar.substr(h.spans[0].first, h.spans[0].second - h.spans[0].first),
                "للقيادة");
    }
  }
}

TEST_F(StoreTest, ConcordanceMatchesPhrasesInOrderNewestFirst) {
  auto s = seeded();
  s->add(unit("U.S. Central Command remains committed.", "تظل القيادة المركزية ملتزمة."));
  s->add(unit("Command and central control.", "القيادة والسيطرة."));
  ConcordanceOptions o;
  const ConcordanceResult r = s->concordance("central command", o);
  ASSERT_EQ(r.hits.size(), 1U);
  const auto& h = r.hits[0];
  ASSERT_EQ(h.spans.size(), 1U);
  EXPECT_EQ(h.unit.en.substr(h.spans[0].first, h.spans[0].second - h.spans[0].first),
            "Central Command");
  const ConcordanceResult plural = s->concordance("force", o);
  ASSERT_EQ(plural.hits.size(), 1U);  // "ground forces"
  o.max_results = 1;
  const ConcordanceResult u = s->concordance("U.S.", o);
  ASSERT_EQ(u.hits.size(), 1U);
  EXPECT_TRUE(u.truncated);
  EXPECT_EQ(u.hits[0].unit.en, "U.S. Central Command remains committed.");
}

TEST_F(StoreTest, SegmentsSetAsideAreCountedNotMatchedAndReplacedOnReingest) {
  auto s = seeded();
  AsideSegment added_sentence;
  added_sentence.document = "centcom-2025-01-06";
  added_sentence.side = Language::kArabic;
  added_sentence.position = 12;
  added_sentence.ar = "هذا وتجدر الإشارة إلى أن مسؤولين أتراك قالوا بأن لا مؤشرات على وجود داعش.";
  AsideSegment weak_bead;
  weak_bead.reason = AsideSegment::Reason::kLowScore;
  weak_bead.document = "centcom-2025-01-06";
  weak_bead.position = 3;
  weak_bead.en = "A loosely translated sentence.";
  weak_bead.ar = "جملة مترجمة بتصرف.";
  weak_bead.confidence = 0.2;
  for (int run = 0; run < 2; ++run) {  // the same document ingested twice
    auto session = s->begin_import();
    session->set_aside(added_sentence);
    session->set_aside(weak_bead);
    EXPECT_EQ(session->commit().aside, 2U);
  }
  const StoreStats st = s->stats();
  EXPECT_EQ(st.aside, 2);
  EXPECT_EQ(st.units, 3);
  EXPECT_TRUE(find(*s, "A loosely translated sentence.").empty());
}

TEST_F(StoreTest, StatsCountUnitsOriginsDocumentsAndText) {
  auto s = seeded();
  s->add(unit(kEn1, kAr1, "other-doc", 1));
  const StoreStats st = s->stats();
  EXPECT_EQ(st.units, 3);
  EXPECT_EQ(st.origins, 4);
  EXPECT_EQ(st.documents, 2);
  EXPECT_EQ(st.merged_units, 1);
  EXPECT_EQ(st.en_bytes,
            static_cast<std::int64_t>(std::string(kEn1).size() + std::string(kEn2).size() +
                                      std::string(kEn3).size()));
  ASSERT_EQ(st.locales.size(), 1U);
  EXPECT_EQ(st.locales[0].en_locale, "en");
  EXPECT_EQ(st.locales[0].units, 3);
  EXPECT_GT(st.index_terms, 30);
  EXPECT_GT(st.file_bytes, 0);
}

TEST_F(StoreTest, ForEachUnitVisitsAllInIdOrderWithOrigins) {
  auto s = seeded();
  s->add(unit(kEn2, kAr2, "other-doc", 9));
  std::vector<std::int64_t> ids;
  std::size_t origins = 0;
  s->for_each_unit([&](const TranslationUnit& u) {
    ids.push_back(u.id);
    origins += u.origins.size();
  });
  EXPECT_EQ(ids, (std::vector<std::int64_t>{1, 2, 3}));
  EXPECT_EQ(origins, 4U);
}

TEST_F(StoreTest, ReopeningKeepsEverything) {
  { seeded(); }
  auto s = open_sqlite_store({.path = path_, .create = false});
  EXPECT_EQ(s->stats().units, 3);
  const auto m = find(*s, kEn2);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 100);
}

TEST_F(StoreTest, MissingFileIsNoInputWhenNotCreating) {
  expect_error([&] { open_sqlite_store({.path = path_, .create = false}); }, ExitCode::kNoInput,
               "no translation memory");
  EXPECT_FALSE(fs::exists(path_));
}

TEST_F(StoreTest, RefusesAFileThatIsNotADatabaseAndLeavesItUntouched) {
  const std::string content = "en\tar\nHello\tمرحبا\n";
  std::ofstream(path_, std::ios::binary) << content;
  expect_error([&] { open(); }, ExitCode::kConfig, "not a mizan database");
  EXPECT_EQ(read_file(path_), content);
  EXPECT_FALSE(fs::exists(path_ + "-wal"));
}

TEST_F(StoreTest, RefusesAnotherApplicationsSqliteDatabaseUntouched) {
  exec_sqlite(path_, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')");
  const std::string before = read_file(path_);
  expect_error([&] { open(); }, ExitCode::kConfig, "another application");
  EXPECT_EQ(read_file(path_), before);
}

TEST_F(StoreTest, RefusesADatabaseFromANewerSchemaUntouched) {
  { seeded(); }
  exec_sqlite(path_, "PRAGMA user_version=999; PRAGMA wal_checkpoint(TRUNCATE)");
  const std::string before = read_file(path_);
  expect_error([&] { open(); }, ExitCode::kConfig, "newer mizan");
  EXPECT_EQ(read_file(path_), before);
}

TEST_F(StoreTest, ASecondWriterWaitsThenFailsAsLocked) {
  auto a = seeded();
  auto b = open(std::chrono::milliseconds(200));
  auto session = a->begin_import();
  const auto t0 = std::chrono::steady_clock::now();
  expect_error([&] { b->begin_import(); }, ExitCode::kTempFail, "locked");
  EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(150));
}

TEST_F(StoreTest, ReadersWorkWhileAWriterHoldsItsTransaction) {
  auto writer = seeded();
  auto reader = open();
  auto session = writer->begin_import();
  session->add(unit("A new unit in progress.", "وحدة جديدة قيد الإضافة."));
  const auto committed = find(*reader, kEn1);
  ASSERT_FALSE(committed.empty());
  EXPECT_EQ(committed[0].score, 100);
  EXPECT_TRUE(find(*reader, "A new unit in progress.").empty());  // not committed yet
  session->commit();
  const auto added = find(*reader, "A new unit in progress.");
  ASSERT_FALSE(added.empty());
  EXPECT_EQ(added[0].score, 100);
}

TEST_F(StoreTest, IncrementalAddsExtendThePostingBlocks) {
  // Enough units sharing a word to need several posting blocks, added in two sessions.
  auto s = open();
  for (int round = 0; round < 2; ++round) {
    auto session = s->begin_import();
    for (int i = 0; i < 2500; ++i) {
      const std::string n = std::to_string(round * 2500 + i);
      session->add(unit("Coalition report number " + n, "تقرير التحالف رقم " + n));
    }
    session->commit();
  }
  ConcordanceOptions o;
  o.max_results = 0;
  EXPECT_EQ(s->concordance("coalition", o).hits.size(), 5000U);
  const auto m = find(*s, "Coalition report number 4999");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0].score, 100);
}

}  // namespace
}  // namespace mizan::tm
