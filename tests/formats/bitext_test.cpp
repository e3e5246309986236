// TSV and Moses bitext, and the all-or-nothing output file.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "mizan/core/error.hpp"
#include "mizan/formats/moses.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "unit_samples.hpp"

namespace mizan::formats {
namespace {

std::string export_tsv(const std::vector<TranslationUnit>& units) {
  std::string out;
  TsvWriter writer([&](std::string_view b) { out.append(b); });
  for (const TranslationUnit& u : units)
    writer.write(u);
  writer.finish();
  return out;
}

struct TsvImport {
  std::vector<ImportedUnit> units;
  ImportSummary summary;
};

TsvImport import_tsv(std::string_view bytes) {
  TsvImport in;
  in.summary = read_tsv_memory(bytes, "mem.tsv",
                               [&](ImportedUnit&& u) { in.units.push_back(std::move(u)); });
  return in;
}

TEST(Tsv, EscapesSoEveryFieldReadsBack) {
  for (const std::string s :
       {"plain", "a\tb", "line\nbreak", "cr\r\nlf", "back\\slash", "\\t literally", "end\\", ""}) {
    EXPECT_EQ(unescape_tsv_field(escape_tsv_field(s)), s) << s;
    EXPECT_EQ(escape_tsv_field(s).find_first_of("\t\n\r"), std::string::npos) << s;
  }
  EXPECT_EQ(escape_tsv_field("a\tb\\c\nd"), "a\\tb\\\\c\\nd");
  EXPECT_EQ(unescape_tsv_field("C:\\Users\\x"), "C:\\Users\\x");  // not our escapes: kept
}

TEST(Tsv, WritesAHeaderAndOneLinePerUnit) {
  TranslationUnit u;
  u.en = "Tab\there";
  u.ar = "سطر\nجديد";
  EXPECT_EQ(export_tsv({u}), "en\tar\nTab\\there\tسطر\\nجديد\n");
}

TEST(Tsv, ImportOfExportGivesTheSameText) {
  const std::vector<TranslationUnit> units = testing::sample_units();
  const TsvImport in = import_tsv(export_tsv(units));
  ASSERT_EQ(in.units.size(), units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    EXPECT_EQ(in.units[i].unit.en, units[i].en);
    EXPECT_EQ(in.units[i].unit.ar, units[i].ar);
    EXPECT_EQ(in.units[i].where.line, static_cast<std::int64_t>(i) + 2);
  }
  EXPECT_TRUE(in.summary.skipped.empty());
}

TEST(Tsv, HeaderNamesTheColumnsInAnyOrder) {
  const TsvImport in = import_tsv(
      "\xEF\xBB\xBF"
      "AR-SA\tcatalog\ten-US\r\nمرحبا\tx.mo\tHello\r\n");
  ASSERT_EQ(in.units.size(), 1u);
  EXPECT_EQ(in.units[0].unit.en, "Hello");
  EXPECT_EQ(in.units[0].unit.ar, "مرحبا");
  EXPECT_EQ(in.units[0].unit.en_locale, "en-US");
  EXPECT_EQ(in.units[0].unit.ar_locale, "AR-SA");
  // Without a header: English, then Arabic.
  const TsvImport plain = import_tsv("Yes\tنعم\nNo\tلا");
  ASSERT_EQ(plain.units.size(), 2u);
  EXPECT_EQ(plain.units[1].unit.ar, "لا");
}

TEST(Tsv, SkipsLinesWithoutBothSides) {
  const TsvImport in = import_tsv("en\tar\nonly english\n\nBoth\tكلاهما\n\tفارغ\nx\t  \n");
  ASSERT_EQ(in.units.size(), 1u);
  const auto& s = in.summary.skipped.items();
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].where.line, 2);
  EXPECT_EQ(s[0].message, "expected 2 tab-separated fields, found 1");
  EXPECT_EQ(s[1].where.line, 5);
  EXPECT_EQ(s[1].message, "empty English side");
  EXPECT_EQ(s[2].where.line, 6);
  EXPECT_EQ(s[2].message, "empty Arabic side");
}

TEST(Tsv, InvalidUtf8FailsWithLineAndOffset) {
  try {
    import_tsv("en\tar\nok\tنعم\nbad \xFF\tلا\n");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 3);
    EXPECT_EQ(e.where().column, 5);
    EXPECT_EQ(e.where().offset, 20);
  }
}

TEST(Tsv, ReadsUtf16Files) {
  std::u16string text = u"\uFEFFen\tar\nPeace\t\u0633\u0644\u0627\u0645\n";
  std::string le;
  for (char16_t c : text) {
    le.push_back(static_cast<char>(c & 0xFF));
    le.push_back(static_cast<char>(c >> 8));
  }
  const TsvImport in = import_tsv(le);
  ASSERT_EQ(in.units.size(), 1u);
  EXPECT_EQ(in.units[0].unit.ar, "سلام");
}

TEST(Moses, WritesLineAlignedFilesWithOneSegmentPerLine) {
  std::string en, ar;
  MosesWriter writer([&](std::string_view b) { en.append(b); },
                     [&](std::string_view b) { ar.append(b); });
  for (const TranslationUnit& u : testing::sample_units())
    writer.write(u);
  writer.finish();
  EXPECT_EQ(std::count(en.begin(), en.end(), '\n'), 5);
  EXPECT_EQ(std::count(ar.begin(), ar.end(), '\n'), 5);
  EXPECT_EQ(en.substr(0, en.find('\n')), "CENTCOM forces conducted strikes against ISIS in Syria.");
  EXPECT_EQ(moses_line("a\tb\nc\r\nd"), "a b c d");
  EXPECT_EQ(writer.written(), 5u);
}

class OutputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("mizan-output-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::size_t files() const {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir_),
                                                  std::filesystem::directory_iterator()));
  }
  std::filesystem::path dir_;
};

TEST_F(OutputFileTest, AppearsOnlyOnCommit) {
  const std::string path = (dir_ / "out.tmx").string();
  {
    AtomicOutputFile out(path);
    out.write("partial");
    EXPECT_FALSE(std::filesystem::exists(path));
  }  // not committed: nothing left behind
  EXPECT_EQ(files(), 0u);
  {
    AtomicOutputFile out(path);
    out.sink()("whole");
    out.commit();
  }
  EXPECT_EQ(testing::read_file(path), "whole");
  {
    AtomicOutputFile out(path);
    out.write("replacement that fails half-way");
  }
  EXPECT_EQ(testing::read_file(path), "whole");  // the earlier file is untouched
  EXPECT_EQ(files(), 1u);
}

TEST_F(OutputFileTest, DevicesAreWrittenDirectly) {
  AtomicOutputFile out("/dev/null");
  out.write("discarded");
  out.commit();
  EXPECT_EQ(files(), 0u);
}

TEST_F(OutputFileTest, UncreatableFileIsCantCreate) {
  try {
    AtomicOutputFile out((dir_ / "no-such-dir" / "x.tmx").string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kCantCreate);
    EXPECT_NE(std::string(e.what()).find("no-such-dir/x.tmx"), std::string::npos);
  }
}

void write_text(const std::string& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The message of the error refuse_overwriting_inputs throws, or "" when it throws none.
std::string overwrite_refusal(std::vector<std::string> outputs, std::vector<std::string> inputs) {
  try {
    refuse_overwriting_inputs(outputs, inputs);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    return e.what();
  }
  return "";
}

TEST_F(OutputFileTest, OutputOverAnInputIsRefusedHoweverItIsSpelt) {
  const std::string input = (dir_ / "t.db").string();
  write_text(input, "memory");
  std::filesystem::create_directories(dir_ / "sub");
  const std::string dotted = (dir_ / "sub" / ".." / "." / "t.db").string();
  std::filesystem::create_symlink(input, dir_ / "link.tmx");
  std::filesystem::create_hard_link(input, dir_ / "hard.tmx");
  for (const std::string& output :
       {input, dotted, (dir_ / "link.tmx").string(), (dir_ / "hard.tmx").string()}) {
    const std::string message = overwrite_refusal({(dir_ / "other.tmx").string(), output}, {input});
    EXPECT_NE(message.find("same file as the input " + input), std::string::npos) << output;
  }
  EXPECT_EQ(testing::read_file(input), "memory");
}

TEST_F(OutputFileTest, OutputOverADatabaseNotYetCreatedIsRefused) {
  // `align --db new.db --report new.db`: neither exists yet, both would be created.
  const std::string db = (dir_ / "new.db").string();
  std::filesystem::create_directories(dir_ / "sub");
  EXPECT_NE(overwrite_refusal({(dir_ / "sub" / ".." / "new.db").string()}, {db}), "");
  EXPECT_NE(overwrite_refusal({db}, {(dir_ / "." / "new.db").string()}), "");
}

TEST_F(OutputFileTest, DistinctFilesPass) {
  const std::string input = (dir_ / "en.txt").string();
  write_text(input, "text");
  write_text((dir_ / "copy.txt").string(), "text");  // same bytes, another file
  EXPECT_EQ(overwrite_refusal({(dir_ / "copy.txt").string(), (dir_ / "new.html").string(), "",
                               "/dev/null", (dir_ / "no-such-dir" / "x").string()},
                              {input, "", (dir_ / "missing.db").string()}),
            "");
}

TEST(ExportFilter, SelectsByDocumentDateAndConfidence) {
  TranslationUnit u;
  u.origins = {{"a", 0}, {"b", 3}};
  u.confidence = 0.6;
  u.created = 100;
  u.changed = 200;
  EXPECT_TRUE(ExportFilter{}.accepts(u));
  EXPECT_TRUE(ExportFilter{.documents = {"b"}}.accepts(u));
  EXPECT_FALSE(ExportFilter{.documents = {"c"}}.accepts(u));
  EXPECT_TRUE((ExportFilter{.changed_from = 200, .changed_to = 200}.accepts(u)));
  EXPECT_FALSE(ExportFilter{.changed_from = 201}.accepts(u));
  EXPECT_FALSE(ExportFilter{.changed_to = 150}.accepts(u));
  u.changed = 0;  // never changed: the creation date counts
  EXPECT_TRUE(ExportFilter{.changed_to = 150}.accepts(u));
  EXPECT_TRUE(ExportFilter{.min_confidence = 0.6}.accepts(u));
  EXPECT_FALSE(ExportFilter{.min_confidence = 0.61}.accepts(u));
}

}  // namespace
}  // namespace mizan::formats
