#include "mizan/formats/dictd.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "mizan/core/error.hpp"

namespace mizan::formats {
namespace {

const std::string kData = std::string(MIZAN_TEST_DATA) + "/formats/data/";

const DictionaryEntry* find(const BilingualDictionary& d, const std::string& head) {
  for (const DictionaryEntry& e : d.entries) {
    if (e.headword == head) return &e;
  }
  return nullptr;
}

void expect_fixture_entries(const BilingualDictionary& d) {
  // The 00database entry is metadata, not a word.
  EXPECT_EQ(d.entries.size(), 5u);
  for (const char* headword : {"force", "state", "bomb", "a"})
    ASSERT_NE(find(d, headword), nullptr) << headword;
  EXPECT_EQ(find(d, "force")->translations, std::vector<std::string>{"القوة"});
  // Senses separated by the Arabic comma, numbered senses on their own lines.
  EXPECT_EQ(find(d, "state")->translations, (std::vector<std::string>{"الحالة", "الدولة", "يقرّ"}));
  EXPECT_EQ(find(d, "bomb")->translations,
            (std::vector<std::string>{"القنبلة النووية", "القنبلة الذرية"}));
  EXPECT_EQ(find(d, "a")->translations,
            std::vector<std::string>{"آي - الحرف الأول في اللغة الإنجليزية"});
}

TEST(Dictd, ReadsPlainDictionaries) {
  expect_fixture_entries(read_dictd(kData + "plain/tiny"));
}

TEST(Dictd, ReadsDictzipAcrossChunks) {
  // 64-byte chunks: most entries start in one chunk and end in the next.
  expect_fixture_entries(read_dictd(kData + "tiny.index"));
  expect_fixture_entries(read_dictd(kData + "tiny.dict.dz"));
}

TEST(Dictd, KeepsOnlyTheWantedHeadwords) {
  const std::vector<std::string> wanted = {"forces", "state", "unknown"};
  const BilingualDictionary d = read_dictd(kData + "tiny", &wanted);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].headword, "forces");
  EXPECT_EQ(d.entries[1].headword, "state");
}

TEST(Dictd, Base64Numbers) {
  EXPECT_EQ(decode_dictd_number("A"), 0);
  EXPECT_EQ(decode_dictd_number("B"), 1);
  EXPECT_EQ(decode_dictd_number("BA"), 64);
  EXPECT_EQ(decode_dictd_number("h0"), 33 * 64 + 52);
  EXPECT_EQ(decode_dictd_number("a*"), -1);
}

TEST(Dictd, MissingFilesAreNoInput) {
  try {
    read_dictd(kData + "no-such-dictionary");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kNoInput);
  }
}

TEST(Dictd, MalformedIndexLineIsReportedWithItsNumber) {
  const std::string dir = ::testing::TempDir();
  {
    std::ofstream(dir + "bad.index") << "force\tA\tR\nbroken line without tabs\n";
    std::ofstream(dir + "bad.dict") << "Force\nالقوة\n";
  }
  try {
    read_dictd(dir + "bad");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 2);
  }
}

TEST(Dictd, EntryPastTheEndIsDataError) {
  const std::string dir = ::testing::TempDir();
  {
    std::ofstream(dir + "short.index") << "force\tA\tBAA\n";
    std::ofstream(dir + "short.dict") << "Force\nالقوة\n";
  }
  try {
    read_dictd(dir + "short");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 1);
  }
}

TEST(Dictd, CorruptCompressedDataIsDataError) {
  const std::string dir = ::testing::TempDir();
  std::ifstream in(kData + "tiny.dict.dz", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t k = bytes.size() / 2; k < bytes.size() - 8; ++k)
    bytes[k] = '\x55';
  std::ofstream(dir + "corrupt.dict.dz", std::ios::binary) << bytes;
  std::ifstream idx(kData + "tiny.index");
  std::ofstream(dir + "corrupt.index") << idx.rdbuf();
  EXPECT_THROW(read_dictd(dir + "corrupt"), Error);
}

}  // namespace
}  // namespace mizan::formats
