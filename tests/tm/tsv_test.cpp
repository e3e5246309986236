#include "mizan/tm/tsv.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "mizan/core/error.hpp"

namespace mizan::tm {
namespace {

namespace fs = std::filesystem;

class TsvTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ =
        (fs::temp_directory_path() /
         ("mizan-tsv-" +
          std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".tsv"))
            .string();
  }
  void TearDown() override { fs::remove(path_); }
  void write(const std::string& bytes) { std::ofstream(path_, std::ios::binary) << bytes; }
  std::vector<TranslationUnit> read() {
    std::vector<TranslationUnit> units;
    read_tsv(
        path_, [&](TranslationUnit&& u) { units.push_back(std::move(u)); }, diagnostics_);
    return units;
  }
  std::string path_;
  Diagnostics diagnostics_;
};

TEST_F(TsvTest, ReadsPairsWithFileAndLineAsOrigin) {
  write("One Coalition member was killed.\tقُتل أحد أفراد التحالف.\nThe U.S.\tالولايات المتحدة\n");
  const auto units = read();
  ASSERT_EQ(units.size(), 2U);
  EXPECT_EQ(units[0].en, "One Coalition member was killed.");
  EXPECT_EQ(units[0].ar, "قُتل أحد أفراد التحالف.");
  ASSERT_EQ(units[1].origins.size(), 1U);
  EXPECT_EQ(units[1].origins[0].document, fs::path(path_).filename().string());
  EXPECT_EQ(units[1].origins[0].position, 1);  // 0-based line index
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(TsvTest, SkipsHeaderBomCrlfBlankLinesAndExtraColumns) {
  write(
      "\xEF\xBB\xBF"
      "en\tar\tcatalog\r\nCheck\tأشّر\tacc.mo\r\n\r\nBrowse\tتصفّح\r\n");
  const auto units = read();
  ASSERT_EQ(units.size(), 2U);
  EXPECT_EQ(units[0].en, "Check");
  EXPECT_EQ(units[0].ar, "أشّر");
  EXPECT_EQ(units[1].ar, "تصفّح");
  EXPECT_EQ(units[1].origins[0].position, 3);
  EXPECT_TRUE(diagnostics_.empty());
}

TEST_F(TsvTest, ALastLineWithoutNewlineCounts) {
  write("Yes\tنعم\nNo\tكلا");
  EXPECT_EQ(read().size(), 2U);
}

TEST_F(TsvTest, ReportsBadLinesWithTheirLineNumbers) {
  write("Good\tجيد\nno tab here\n\tعربي فقط\nEnglish only\t \nBad \xff byte\tسيئ\nFine\tحسن\n");
  const auto units = read();
  ASSERT_EQ(units.size(), 2U);
  ASSERT_EQ(diagnostics_.size(), 4U);
  const auto& d = diagnostics_.items();
  EXPECT_EQ(d[0].where.line, 2);
  EXPECT_EQ(d[0].message, "no tab: expected English<TAB>Arabic");
  EXPECT_EQ(d[1].where.line, 3);
  EXPECT_EQ(d[1].message, "empty English column");
  EXPECT_EQ(d[2].where.line, 4);
  EXPECT_EQ(d[2].message, "empty Arabic column");
  EXPECT_EQ(d[3].where.line, 5);
  EXPECT_EQ(d[3].where.column, 5);
  EXPECT_EQ(d[3].message, "invalid UTF-8");
  EXPECT_EQ(d[3].where.file, path_);
}

TEST_F(TsvTest, RefusesUtf16) {
  write(
      "\xFF\xFE"
      "E\0n\0");
  try {
    read();
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
  }
}

TEST_F(TsvTest, MissingFileIsNoInput) {
  try {
    read();
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kNoInput);
    EXPECT_EQ(e.where().file, path_);
  }
}

}  // namespace
}  // namespace mizan::tm
