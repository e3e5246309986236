#include "mizan/text/word_lists.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "mizan/text/match_key.hpp"

namespace mizan::text {
namespace {

// The lists hold what the tables in the code held before they became data files (counts of
// those tables, less the entries no key could match: two letter names with ى and three root
// words with ئ, which keys fold to ي).
TEST(WordLists, ParseWithTheirEntries) {
  EXPECT_EQ(english_function_words().size(), 88u);
  EXPECT_EQ(arabic_function_words().size(), 28u);
  EXPECT_EQ(english_connectives().size(), 71u);
  EXPECT_EQ(arabic_connectives().size(), 48u);
  EXPECT_EQ(english_term_edge_words().size(), 73u);
  EXPECT_EQ(arabic_term_edge_words().size(), 40u);
  EXPECT_EQ(arabic_short_function_words().size(), 22u);
  EXPECT_EQ(arabic_article_lookalikes().size(), 18u);
  EXPECT_EQ(arabic_root_initial_waw_fa().size(), 71u);
  EXPECT_EQ(english_month_names().size(), 24u);
  EXPECT_EQ(arabic_month_names().size(), 38u);  // 34 one-word names and 4 of two words
  EXPECT_EQ(english_weekday_names().size(), 7u);
  EXPECT_EQ(arabic_weekday_names().size(), 7u);
}

TEST(WordLists, KnownWords) {
  EXPECT_TRUE(english_function_words().contains("the"));
  EXPECT_TRUE(english_function_words().contains("whose"));
  EXPECT_FALSE(english_function_words().contains("coalition"));
  EXPECT_TRUE(arabic_function_words().contains("في"));
  EXPECT_TRUE(arabic_function_words().contains("علي"));  // على in key form
  EXPECT_FALSE(arabic_function_words().contains("على"));
  EXPECT_TRUE(english_connectives().contains("therefore"));
  EXPECT_TRUE(arabic_connectives().contains("علاوه"));
  EXPECT_TRUE(english_term_edge_words().contains("against"));
  EXPECT_TRUE(arabic_term_edge_words().contains("الذين"));
  EXPECT_TRUE(arabic_short_function_words().contains("هل"));
  EXPECT_TRUE(arabic_article_lookalikes().contains("الله"));
  EXPECT_TRUE(arabic_root_initial_waw_fa().contains("وزير"));
  EXPECT_TRUE(arabic_root_initial_waw_fa().contains("فلسطين"));
}

// The aligner's and term extraction's lists differ on purpose (see their headers).
TEST(WordLists, ListsForDifferentToolsStayApart) {
  EXPECT_TRUE(english_function_words().contains("whom"));
  EXPECT_FALSE(english_term_edge_words().contains("whom"));
  EXPECT_TRUE(english_term_edge_words().contains("said"));
  EXPECT_FALSE(english_function_words().contains("said"));
}

TEST(WordLists, MonthsAndWeekdays) {
  const CalendarName* january = english_month_names().find("jan");
  ASSERT_NE(january, nullptr);
  EXPECT_EQ(january->number, 1);
  EXPECT_FALSE(january->also_a_word);
  const CalendarName* may = english_month_names().find("may");
  ASSERT_NE(may, nullptr);
  EXPECT_EQ(may->number, 5);
  EXPECT_TRUE(may->also_a_word);
  EXPECT_EQ(english_month_names().find("monday"), nullptr);

  const CalendarName* march = arabic_month_names().find("مارس");
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(march->number, 3);
  EXPECT_TRUE(march->also_a_word);
  const CalendarName* november = arabic_month_names().find("تشرين", "الثاني");
  ASSERT_NE(november, nullptr);
  EXPECT_EQ(november->number, 11);
  const CalendarName* december = arabic_month_names().find("كانون", "الاول");
  ASSERT_NE(december, nullptr);
  EXPECT_EQ(december->number, 12);
  EXPECT_EQ(arabic_month_names().find("كانون"), nullptr);
  EXPECT_EQ(arabic_month_names().find("كانون", "الثالث"), nullptr);
  EXPECT_EQ(arabic_month_names().find("جويليه")->number, 7);  // Maghreb

  EXPECT_EQ(english_weekday_names().find("sunday")->number, 6);
  const CalendarName* monday = arabic_weekday_names().find("الاثنين");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->number, 0);
  EXPECT_TRUE(monday->also_a_word);
  EXPECT_EQ(arabic_weekday_names().find("الجمعه")->number, 4);
}

TEST(WordLists, LatinLetterNames) {
  EXPECT_EQ(latin_letters_of_arabic_name("اف"), "f");
  EXPECT_EQ(latin_letters_of_arabic_name("بي"), "bp");
  EXPECT_EQ(latin_letters_of_arabic_name("اي"), "aei");  // listed for A, E, I and again for I
  EXPECT_EQ(latin_letters_of_arabic_name("دبليو"), "w");
  EXPECT_EQ(latin_letters_of_arabic_name("كتاب"), "");
}

TEST(WordLists, BrokenPluralsBySingular) {
  EXPECT_EQ(arabic_broken_plurals("سفينه"), (std::vector<std::string_view>{"سفن"}));
  EXPECT_EQ(arabic_broken_plurals("بلد"), (std::vector<std::string_view>{"بلدان", "بلاد"}));
  EXPECT_TRUE(arabic_broken_plurals("سفن").empty());  // plural -> singular is not listed
}

// Every name in every data file is in matching-key form, or it could never match a text word.
TEST(WordLists, DataFilesAreInMatchingKeyForm) {
  const std::filesystem::path dir = std::filesystem::path(MIZAN_SOURCE_DIR) / "src/text/data";
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    int number = 0;
    bool has_origin = false;
    while (std::getline(in, line)) {
      ++number;
      if (line.starts_with("# Origin:")) has_origin = true;
      if (line.empty() || line.starts_with('#')) continue;
      const std::string name = line.substr(0, line.find('\t'));
      EXPECT_EQ(match_key(name), name) << entry.path().filename() << " line " << number;
    }
    EXPECT_TRUE(has_origin) << entry.path().filename() << " does not say where it came from";
  }
  EXPECT_EQ(files, 15u);
}

}  // namespace
}  // namespace mizan::text
