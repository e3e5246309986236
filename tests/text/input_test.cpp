#include "mizan/text/input.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "mizan/core/error.hpp"

namespace mizan::text {
namespace {

// A file under the test's temporary directory, removed afterwards.
class TempFile {
 public:
  explicit TempFile(std::string_view bytes) {
    // Each test runs in a process of its own (gtest_discover_tests), several at once under
    // ctest -j: the process id keeps their files apart, the counter those of one test.
    path_ = std::filesystem::temp_directory_path() /
            ("mizan_input_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    std::ofstream(path_, std::ios::binary).write(bytes.data(), static_cast<long>(bytes.size()));
  }
  ~TempFile() { std::filesystem::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

std::vector<std::pair<std::string, std::uint64_t>> read_all(const std::string& path,
                                                            ParagraphMode mode,
                                                            std::size_t max_piece = 1 << 20) {
  ParagraphReader reader(path, mode, {}, max_piece);
  std::vector<std::pair<std::string, std::uint64_t>> out;
  ParagraphPiece piece;
  while (reader.next(piece))
    out.emplace_back(std::string(piece.text), piece.input_offset);
  return out;
}

TEST(FindInvalidUtf8, ReportsOffsetOfFirstBadSequence) {
  EXPECT_EQ(find_invalid_utf8("abc"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("قال"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("ab\xFF"
                              "cd"),
            2u);
  EXPECT_EQ(find_invalid_utf8("\xD9"), 0u);           // truncated two-byte sequence
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);      // overlong encoding of '/'
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);  // UTF-8 encoded surrogate
}

TEST(DecodeBytes, FailsOnInvalidUtf8NamingFileAndOffset) {
  try {
    decode_bytes("good text \xFF bad", "ar.txt");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().file, "ar.txt");
    EXPECT_EQ(e.where().offset, 10);
  }
}

TEST(DecodeBytes, LossyReplacesBadBytes) {
  EXPECT_EQ(decode_bytes("a\xFF"
                         "b",
                         "x", {.lossy = true}),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(DecodeBytes, StripsUtf8Bom) {
  EXPECT_EQ(decode_bytes("\xEF\xBB\xBFhi", "x"), "hi");
}

TEST(DecodeBytes, DecodesUtf16LittleAndBigEndianWithBom) {
  // "قال A" in UTF-16: U+0642 U+0627 U+0644 U+0020 U+0041.
  const std::string le("\xFF\xFE\x42\x06\x27\x06\x44\x06\x20\x00\x41\x00", 12);
  const std::string be("\xFE\xFF\x06\x42\x06\x27\x06\x44\x00\x20\x00\x41", 12);
  EXPECT_EQ(decode_bytes(le, "x"), "قال A");
  EXPECT_EQ(decode_bytes(be, "x"), "قال A");
}

TEST(DecodeBytes, RejectsUnpairedSurrogateInUtf16) {
  const std::string le("\xFF\xFE\x41\x00\x00\xD8\x41\x00", 8);
  try {
    decode_bytes(le, "u16.txt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.where().offset, 4);
  }
}

TEST(DetectParagraphMode, BlankLineBetweenTextMeansBlankLineParagraphs) {
  EXPECT_EQ(detect_paragraph_mode("one\n\ntwo\n"), ParagraphMode::kBlankLines);
  EXPECT_EQ(detect_paragraph_mode("one\r\n  \r\ntwo"), ParagraphMode::kBlankLines);
}

TEST(DetectParagraphMode, LeadingAndTrailingBlankLinesDoNotCount) {
  // The seed's ar.txt starts with an empty line and has one paragraph per line.
  EXPECT_EQ(detect_paragraph_mode("\nfirst\nsecond\nthird"), ParagraphMode::kLines);
  EXPECT_EQ(detect_paragraph_mode("first\nsecond\n\n\n"), ParagraphMode::kLines);
}

TEST(SplitParagraphs, LinesModeGivesOneParagraphPerNonBlankLine) {
  const std::string text = "\nfirst line\nsecond line\n";
  const auto p = split_paragraphs(text, ParagraphMode::kAuto);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text, "first line");
  EXPECT_EQ(p[0].input_offset, 1u);
  EXPECT_EQ(p[1].text, "second line");
  EXPECT_EQ(p[1].paragraph, 1u);
}

TEST(SplitParagraphs, BlankModeJoinsWrappedLines) {
  const std::string text = "a wrapped\nparagraph\n\n\nnext one";
  const auto p = split_paragraphs(text, ParagraphMode::kAuto);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text, "a wrapped\nparagraph");
  EXPECT_EQ(p[1].text, "next one");
  EXPECT_EQ(p[1].input_offset, text.find("next"));
}

TEST(ReadFileBytes, GivesTheBytesUndecoded) {
  const std::string bytes = std::string("\xFF\xFE") + std::string("<\0x\0", 4) + "\x80";
  const TempFile f(bytes);
  EXPECT_EQ(read_file_bytes(f.path()), bytes);
  const TempFile empty("");
  EXPECT_EQ(read_file_bytes(empty.path()), "");
}

TEST(ReadFileBytes, MissingFileIsNoInputNamingIt) {
  try {
    read_file_bytes("/nonexistent/mizan/glossary.tbx");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kNoInput);
    EXPECT_EQ(e.where().file, "/nonexistent/mizan/glossary.tbx");
  }
}

TEST(ReadFileBytes, AFolderIsNoInputFile) {
  try {
    read_file_bytes(std::filesystem::temp_directory_path().string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kNoInput);
    EXPECT_EQ(e.message(), "is a folder, not a file");
  }
}

TEST(ParagraphReader, MissingFileIsNoInput) {
  try {
    ParagraphReader r("/nonexistent/mizan/file.txt", ParagraphMode::kAuto);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kNoInput);
  }
}

TEST(ParagraphReader, InvalidUtf8AtTheEndFailsAtConstruction) {
  std::string big(300000, 'a');
  big += "\xFF";
  TempFile f(big);
  try {
    ParagraphReader r(f.path(), ParagraphMode::kAuto);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().offset, 300000);
  }
}

TEST(ParagraphReader, NulFailsAtConstructionWithItsOffset) {
  std::string text(100000, 'a');
  text += std::string("\0 and more", 10);
  TempFile f(text);
  try {
    ParagraphReader r(f.path(), ParagraphMode::kAuto);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().offset, 100000);
    EXPECT_EQ(e.message(), "a NUL byte: this is not text (a binary file?)");
  }
}

TEST(ParagraphReader, OnePassInputsAreReadOnce) {
  // A FIFO can be read once; the reader's validating first pass must not consume it.
  const std::filesystem::path fifo =
      std::filesystem::temp_directory_path() / ("mizan_input_fifo_" + std::to_string(::getpid()));
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo) << "One. Two.\n\nThree.\n"; });
  const auto pieces = read_all(fifo.string(), ParagraphMode::kAuto);
  writer.join();
  std::filesystem::remove(fifo);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].first, "One. Two.");
  EXPECT_EQ(pieces[1].first, "Three.");
}

TEST(Utf16WithoutBom, IsRecognisedByItsNuls) {
  const std::string le("e\0n\0\t\0a\0r\0\n\0", 12);
  EXPECT_NE(utf16_without_bom_problem(le).find("UTF-16LE without a byte-order mark"),
            std::string::npos);
  EXPECT_NE(utf16_without_bom_problem(le.substr(1)).find("UTF-16BE"), std::string::npos);
  EXPECT_EQ(utf16_without_bom_problem("plain\ttext\n"), "");
  EXPECT_EQ(utf16_without_bom_problem(std::string("one NUL \0 in a long line of text", 33)), "");
  try {
    decode_bytes(le, "table.tsv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().offset, 1);
    EXPECT_NE(e.message().find("UTF-16LE"), std::string::npos);
  }
}

TEST(ParagraphReader, MatchesInMemorySplitForBothModes) {
  const std::string lines = "\nUne.\nDeux deux.\r\nTrois\n";
  TempFile f1(lines);
  const auto got = read_all(f1.path(), ParagraphMode::kAuto);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].first, "Une.");
  EXPECT_EQ(got[0].second, 1u);
  EXPECT_EQ(got[1].first, "Deux deux.");
  EXPECT_EQ(got[2].first, "Trois");
  EXPECT_EQ(got[2].second, lines.find("Trois"));

  const std::string blank = "first\r\nwrapped\r\n\r\nsecond\n";
  TempFile f2(blank);
  const auto got2 = read_all(f2.path(), ParagraphMode::kAuto);
  ASSERT_EQ(got2.size(), 2u);
  EXPECT_EQ(got2[0].first, "first\r\nwrapped");  // raw: the cleaner folds CRLF
  EXPECT_EQ(got2[1].first, "second");
  EXPECT_EQ(got2[1].second, blank.find("second"));
}

TEST(ParagraphReader, LongLineComesInBoundedPiecesThatAddUp) {
  std::string line;
  for (int i = 0; i < 5000; ++i)
    line += "كلمة ";
  TempFile f(line + "\n\nnext\n");
  ParagraphReader reader(f.path(), ParagraphMode::kAuto, {}, 1000);
  ParagraphPiece piece;
  std::string joined;
  std::size_t pieces = 0;
  std::uint64_t expect_offset = 0;
  while (reader.next(piece) && piece.paragraph == 0) {
    EXPECT_LE(piece.text.size(), 1000u);
    EXPECT_EQ(piece.input_offset, expect_offset);
    EXPECT_EQ(find_invalid_utf8(piece.text), std::string_view::npos) << "cut inside a letter";
    expect_offset += piece.text.size();
    joined += piece.text;
    ++pieces;
    if (piece.ends_paragraph) break;
  }
  EXPECT_GT(pieces, 20u);
  EXPECT_EQ(joined, line.substr(0, line.size()));
}

TEST(ParagraphReader, DecodesUtf16File) {
  const std::string le(
      "\xFF\xFE"
      "A\0.\0\n\0\n\0B\0",
      12);
  TempFile f(le);
  const auto got = read_all(f.path(), ParagraphMode::kAuto);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].first, "A.");
  EXPECT_EQ(got[1].first, "B");
}

TEST(ParagraphReader, EmptyAndBlankFilesHaveNoParagraphs) {
  TempFile empty("");
  EXPECT_TRUE(read_all(empty.path(), ParagraphMode::kAuto).empty());
  TempFile blank("\n  \n\t\n");
  EXPECT_TRUE(read_all(blank.path(), ParagraphMode::kAuto).empty());
}

TEST(ParagraphReader, Utf8BomIsCountedInOffsets) {
  TempFile f("\xEF\xBB\xBFHello.");
  const auto got = read_all(f.path(), ParagraphMode::kAuto);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].first, "Hello.");
  EXPECT_EQ(got[0].second, 3u);
}

}  // namespace
}  // namespace mizan::text
