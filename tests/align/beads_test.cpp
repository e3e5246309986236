#include "mizan/align/beads.hpp"

#include <gtest/gtest.h>

#include "mizan/core/error.hpp"

namespace mizan::align {
namespace {

TEST(Beads, FormatsEveryShape) {
  EXPECT_EQ(format_bead({0, 1, 0, 1}), "[0]:[0]");
  EXPECT_EQ(format_bead({1, 2, 1, 1}), "[1,2]:[1]");
  EXPECT_EQ(format_bead({3, 1, 2, 0}), "[3]:[]");
  EXPECT_EQ(format_bead({4, 0, 4, 1}), "[]:[4]");
}

TEST(Beads, ParsesWhatItFormats) {
  const auto beads =
      parse_beads("[0]:[0]\n[1,2]:[1]\n\n[3]:[]\n[]:[2]\n[ 4 , 5 ]:[3,4,5]\n", "t", 6, 6);
  ASSERT_EQ(beads.size(), 5u);
  EXPECT_TRUE((beads[1] == Bead{1, 2, 1, 1}));
  EXPECT_TRUE((beads[2] == Bead{3, 1, 2, 0}));
  EXPECT_TRUE((beads[3] == Bead{4, 0, 2, 1}));
  EXPECT_TRUE((beads[4] == Bead{4, 2, 3, 3}));
}

int error_line(const std::string& text, std::size_t n = std::string_view::npos,
               std::size_t m = std::string_view::npos) {
  try {
    parse_beads(text, "gold.beads", n, m);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().file, "gold.beads");
    return static_cast<int>(e.where().line);
  }
  return 0;
}

TEST(Beads, MalformedLinesAreReportedWithTheirNumber) {
  EXPECT_EQ(error_line("[0]:[0]\n[1]-[1]\n"), 2);
  EXPECT_EQ(error_line("[0]:[0]\n[x]:[1]\n"), 2);
  EXPECT_EQ(error_line("[0]:[0]\n\n[]:[]\n"), 3);
}

TEST(Beads, OrderAndCoverageAreChecked) {
  EXPECT_EQ(error_line("[0]:[0]\n[2]:[1]\n"), 2);          // skips English 1
  EXPECT_EQ(error_line("[0,2]:[0]\n"), 1);                 // not consecutive
  EXPECT_EQ(error_line("[0]:[0]\n[1]:[1]\n", 3, 2), 3);    // English 2 left out
  EXPECT_EQ(error_line("[0]:[0]\n[1]:[1,2]\n", 2, 2), 2);  // past the last Arabic sentence
}

TEST(Beads, UnitOfABeadCarriesItsTextOriginAndContext) {
  const std::vector<std::string> en = {"One.", "Two.", "Three.", "Four."};
  const std::vector<std::string> ar = {"واحد.", "اثنان وثلاثة.", "أربعة."};
  const TranslationUnit u = bead_unit({1, 2, 1, 1, 0.75}, en, ar, "doc");
  EXPECT_EQ(u.en, "Two. Three.");
  EXPECT_EQ(u.ar, "اثنان وثلاثة.");
  ASSERT_EQ(u.origins.size(), 1u);
  EXPECT_EQ(u.origins[0].document, "doc");
  EXPECT_EQ(u.origins[0].position, 1);
  EXPECT_EQ(u.prev_en, "One.");
  EXPECT_EQ(u.next_en, "Four.");
  EXPECT_EQ(u.prev_ar, "واحد.");
  EXPECT_EQ(u.next_ar, "أربعة.");
  EXPECT_EQ(u.confidence, 0.75);
  // At the edges of the document there is no context on that side.
  const TranslationUnit first = bead_unit({0, 1, 0, 1, 1.0}, en, ar, "doc");
  EXPECT_TRUE(first.prev_en.empty());
  EXPECT_TRUE(first.prev_ar.empty());
  const TranslationUnit last = bead_unit({3, 1, 2, 1, 1.0}, en, ar, "doc");
  EXPECT_TRUE(last.next_en.empty());
  EXPECT_TRUE(last.next_ar.empty());
}

}  // namespace
}  // namespace mizan::align
