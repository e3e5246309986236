// The store and the exchange formats together: what `mizan export` writes, `mizan import` reads
// back into an equal memory (import(export(tm)) == tm), and a memory the process cannot write is
// still read.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "mizan/core/error.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tmx_writer.hpp"
#include "mizan/tm/import_session.hpp"
#include "mizan/tm/sqlite_store.hpp"
#include "support/test_support.hpp"
#include "unit_samples.hpp"

namespace mizan::tm {
namespace {

namespace fs = std::filesystem;
using formats::testing::expect_same_unit;

class ExchangeTest : public ::testing::Test {
 protected:
  std::unique_ptr<Store> open(const std::string& name) {
    return open_sqlite_store({.path = (dir_ / name).string()});
  }

  mizan::testing::TempDir tmp_{"mizan-exchange-test"};
  fs::path dir_ = tmp_.path();
};

std::vector<TranslationUnit> all_units(Store& store) {
  std::vector<TranslationUnit> units;
  store.for_each_unit([&](const TranslationUnit& u) { units.push_back(u); });
  return units;
}

std::string export_tmx(Store& store) {
  std::string tmx;
  formats::TmxWriter writer([&](std::string_view bytes) { tmx.append(bytes); },
                            {.creation_date = 1736150400});
  store.for_each_unit([&](const TranslationUnit& u) { writer.write(u); });
  writer.finish();
  return tmx;
}

void import_tmx(Store& store, const std::string& tmx) {
  const std::unique_ptr<ImportSession> session = store.begin_import();
  const formats::TmxReadResult read = formats::read_tmx_memory(
      tmx, "export.tmx", [&](formats::ImportedUnit&& u) { session->add(u.unit); });
  EXPECT_EQ(read.summary.skipped_count, 0u);
  EXPECT_EQ(read.summary.warning_count, 0u);
  session->commit();
}

TranslationUnit pair(std::string en, std::string ar, std::string doc, std::int64_t pos) {
  TranslationUnit u;
  u.en = std::move(en);
  u.ar = std::move(ar);
  u.origins = {{std::move(doc), pos}};
  u.created = u.changed = 1736150400;
  return u;
}

// A memory with every field a unit can carry (tests/formats/unit_samples.hpp: notes, props,
// dates, confidence that is not a short decimal, markup, locales, Arabic source, characters
// XML cannot carry) and a unit seen in three documents in an order that is not the order of the
// documents' ids.
std::unique_ptr<Store> filled(std::unique_ptr<Store> store) {
  const std::unique_ptr<ImportSession> session = store->begin_import();
  for (TranslationUnit u : formats::testing::sample_units()) {
    u.id = 0;
    session->add(u);
  }
  const TranslationUnit seen_thrice =
      pair("The incident is under investigation.", "الحادث قيد التحقيق.", "doc-m", 4);
  session->add(seen_thrice);
  session->add(pair("A second release.", "بيان ثانٍ.", "doc-a", 0));
  session->add(pair("A third release.", "بيان ثالث.", "doc-z", 0));
  TranslationUnit again = seen_thrice;
  again.origins = {{"doc-z", 9}};
  session->add(again);
  again.origins = {{"doc-a", 2}};
  session->add(again);
  session->commit();
  return store;
}

TEST_F(ExchangeTest, OriginsComeBackInTheOrderTheyWereSeen) {
  const auto store = filled(open("a.db"));
  bool found = false;
  for (const TranslationUnit& u : all_units(*store)) {
    if (u.en != "The incident is under investigation.") continue;
    found = true;
    ASSERT_EQ(u.origins.size(), 3u);
    // doc-a has a smaller id than doc-z, but the unit was seen in doc-z first.
    EXPECT_EQ(u.origins[0].document, "doc-m");
    EXPECT_EQ(u.origins[1].document, "doc-z");
    EXPECT_EQ(u.origins[1].position, 9);
    EXPECT_EQ(u.origins[2].document, "doc-a");
    EXPECT_EQ(u.origins[2].position, 2);
    const std::optional<TranslationUnit> got = store->get(u.id);
    ASSERT_TRUE(got.has_value());
    expect_same_unit(u, *got, "get() and for_each_unit() agree");
  }
  EXPECT_TRUE(found);
}

TEST_F(ExchangeTest, ImportOfTheExportIsTheSameMemory) {
  const auto original = filled(open("a.db"));
  const std::vector<TranslationUnit> want = all_units(*original);
  ASSERT_EQ(want.size(), formats::testing::sample_units().size() + 3);

  const auto copy = open("b.db");
  import_tmx(*copy, export_tmx(*original));
  const std::vector<TranslationUnit> got = all_units(*copy);
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(want[i].id, got[i].id);
    expect_same_unit(want[i], got[i], "unit " + std::to_string(want[i].id));
  }
  // The fields the comparison is about really are there (not two empty memories alike).
  const auto with = [&](auto pred) { return std::count_if(got.begin(), got.end(), pred); };
  EXPECT_GT(with([](const TranslationUnit& u) { return !u.en_markup.empty(); }), 0);
  EXPECT_GT(with([](const TranslationUnit& u) { return !u.notes.empty(); }), 0);
  EXPECT_GT(with([](const TranslationUnit& u) { return !u.props.empty(); }), 0);
  EXPECT_GT(with([](const TranslationUnit& u) { return u.confidence == 0.1 + 0.2; }), 0);
  EXPECT_GT(with([](const TranslationUnit& u) { return u.changed == 1736157630; }), 0);
  EXPECT_GT(with([](const TranslationUnit& u) { return u.source_language == Language::kArabic; }),
            0);

  // And the second export is byte for byte the first.
  EXPECT_EQ(export_tmx(*original), export_tmx(*copy));
}

TEST_F(ExchangeTest, ReadOnlyStoreReadsAndRefusesToWrite) {
  filled(open("a.db"));
  const auto store = open_sqlite_store({.path = (dir_ / "a.db").string(), .read_only = true});
  EXPECT_EQ(all_units(*store).size(), formats::testing::sample_units().size() + 3);
  EXPECT_THROW(store->begin_import(), Error);
  EXPECT_THROW(open_sqlite_store({.path = (dir_ / "none.db").string(), .read_only = true}), Error);
  EXPECT_FALSE(fs::exists(dir_ / "none.db"));
}

}  // namespace
}  // namespace mizan::tm
