#include "mizan/pipeline/glossary_source.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

using mizan::testing::expect_error;
using mizan::testing::TempDir;
using mizan::testing::term_entry;

bool has_pair(const AnchorGlossary& anchors, std::string_view en, std::string_view ar) {
  return std::any_of(anchors.terms.begin(), anchors.terms.end(),
                     [&](const align::TermPair& p) { return p.en == en && p.ar == ar; });
}

// A database file that exists, whose glossary is `glossary`; counts the reads.
struct FakeDatabase {
  explicit FakeDatabase(const TempDir& dir, term::Glossary glossary = {})
      : glossary(std::move(glossary)) {
    path = dir.file("team.db");
    std::ofstream(path) << "";
  }
  GlossaryDatabase database() {
    return {path, [this] {
              ++reads;
              return glossary;
            }};
  }
  std::string path;
  term::Glossary glossary;
  int reads = 0;
};

term::Glossary mine_clearance() {
  term::Glossary g;
  g.add(term_entry("mine clearance", "إزالة الألغام"));
  return g;
}

TEST(AnchorGlossary, AFileComesFirstItsBadLinesReportedAndTheDatabaseUnread) {
  TempDir dir("pipeline-glossary");
  FakeDatabase db(dir, mine_clearance());
  std::ofstream(dir.file("g.tsv")) << "en\tar\nTask Force\tقوة المهام\nCoalition\n";
  const AnchorGlossary anchors = anchor_glossary({.file = dir.file("g.tsv")}, db.database());
  EXPECT_EQ(anchors.source, AnchorSource::kFile);
  EXPECT_EQ(anchors.entries, 1u);
  EXPECT_TRUE(has_pair(anchors, "Task Force", "قوة المهام"));
  EXPECT_FALSE(has_pair(anchors, "mine clearance", "إزالة الألغام"));
  ASSERT_EQ(anchors.problems.size(), 1u);
  EXPECT_EQ(anchors.problems.items()[0].where.line, 3);
  EXPECT_EQ(db.reads, 0);
}

TEST(AnchorGlossary, ThenTheDatabasesGlossary) {
  TempDir dir("pipeline-glossary");
  FakeDatabase db(dir, mine_clearance());
  const AnchorGlossary anchors = anchor_glossary({}, db.database());
  EXPECT_EQ(anchors.source, AnchorSource::kDatabase);
  EXPECT_EQ(anchors.entries, 1u);
  ASSERT_EQ(anchors.terms.size(), 1u);
  EXPECT_TRUE(has_pair(anchors, "mine clearance", "إزالة الألغام"));
  EXPECT_EQ(db.reads, 1);
}

TEST(AnchorGlossary, ThenTheBuiltInGlossaryWhenTheDatabaseHasNoneOrIsMissing) {
  TempDir dir("pipeline-glossary");
  FakeDatabase empty(dir);
  const AnchorGlossary anchors = anchor_glossary({}, empty.database());
  EXPECT_EQ(empty.reads, 1);
  EXPECT_EQ(anchors.source, AnchorSource::kBuiltIn);
  // glossary/press-release.tsv: ISIS → داعش is preferred, الدولة الإسلامية deprecated.
  EXPECT_TRUE(has_pair(anchors, "ISIS", "داعش"));
  EXPECT_FALSE(has_pair(anchors, "ISIS", "الدولة الإسلامية"));
  EXPECT_TRUE(anchors.problems.empty());

  FakeDatabase missing(dir, mine_clearance());
  GlossaryDatabase nowhere = missing.database();
  nowhere.path = dir.file("none.db");
  const AnchorGlossary builtin = anchor_glossary({}, nowhere);
  EXPECT_EQ(builtin.source, AnchorSource::kBuiltIn);
  EXPECT_EQ(builtin.entries, anchors.entries);
  EXPECT_EQ(missing.reads, 0);
}

TEST(AnchorGlossary, AnUnreadableDatabaseCostsTheAnchorsNotTheAlignment) {
  TempDir dir("pipeline-glossary");
  FakeDatabase db(dir);
  GlossaryDatabase foreign = db.database();
  foreign.load = []() -> term::Glossary {
    throw Error(ExitCode::kConfig, "not a mizan database", {.file = "team.db"});
  };
  const AnchorGlossary anchors = anchor_glossary({}, foreign);
  EXPECT_EQ(anchors.source, AnchorSource::kNone);
  EXPECT_TRUE(anchors.terms.empty());
  EXPECT_EQ(anchors.unreadable, "team.db: not a mizan database");
}

TEST(AnchorGlossary, NoGlossaryMeansNoneAndExcludesAFile) {
  TempDir dir("pipeline-glossary");
  FakeDatabase db(dir, mine_clearance());
  const AnchorGlossary anchors = anchor_glossary({.file = "", .none = true}, db.database());
  EXPECT_EQ(anchors.source, AnchorSource::kNone);
  EXPECT_TRUE(anchors.terms.empty());
  EXPECT_EQ(db.reads, 0);
  expect_error([&] { anchor_glossary({.file = "g.tsv", .none = true}, db.database()); },
               ExitCode::kUsage, "--glossary and --no-glossary exclude each other");
}

}  // namespace
}  // namespace mizan::pipeline
