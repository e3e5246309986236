#include "mizan/pipeline/document.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.hpp"

namespace mizan::pipeline {
namespace {

using mizan::testing::expect_error;
using mizan::testing::TempDir;

void write(const std::string& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(ReadPresegmented, ALineIsASentenceAndABlankLineEndsAParagraph) {
  TempDir dir("pipeline-doc");
  write(dir.file("en.sent"), "  First.\tIt rains. \n\n\nSecond.\nThird.\n\n");
  const DocumentSide side = read_presegmented(dir.file("en.sent"), false);
  EXPECT_EQ(side.sentences, (std::vector<std::string>{"First. It rains.", "Second.", "Third."}));
  EXPECT_EQ(side.paragraphs, (std::vector<std::size_t>{0, 1, 1}));
}

TEST(ReadPresegmented, ControlCharactersAndBadBytesNameTheLine) {
  TempDir dir("pipeline-doc");
  write(dir.file("ctl.sent"), "Fine.\nBell \x07 here.\n");
  try {
    read_presegmented(dir.file("ctl.sent"), false);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 2);
    EXPECT_EQ(e.message(),
              "control character U+0007 in a presegmented file (one sentence per line expected)");
  }
  write(dir.file("bad.sent"), "Fine.\nBad \xff byte.\n");
  try {
    read_presegmented(dir.file("bad.sent"), false);
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where().line, 2);
    EXPECT_EQ(e.message(), "invalid UTF-8 (byte 10)");
  }
  EXPECT_EQ(read_presegmented(dir.file("bad.sent"), true).sentences.size(), 2u);
  expect_error([&] { read_presegmented(dir.file("none.sent"), false); }, ExitCode::kNoInput,
               "cannot open: No such file or directory");
}

TEST(ReadDocumentPair, NamesTheDocumentAfterTheEnglishFilesFolder) {
  TempDir dir("pipeline-doc");
  std::filesystem::create_directories(dir.path() / "release-7");
  write(dir.file("release-7/en.txt"), "Forces struck ISIS. Two fighters were killed.\n");
  write(dir.file("release-7/ar.txt"), "ضربت القوات داعش. قتل مقاتلان.\n");
  const DocumentPair pair =
      read_document_pair(dir.file("release-7/en.txt"), dir.file("release-7/ar.txt"));
  EXPECT_EQ(pair.document, "release-7");
  EXPECT_EQ(pair.en.sentences,
            (std::vector<std::string>{"Forces struck ISIS.", "Two fighters were killed."}));
  EXPECT_EQ(pair.ar.sentences, (std::vector<std::string>{"ضربت القوات داعش.", "قتل مقاتلان."}));
}

}  // namespace
}  // namespace mizan::pipeline
