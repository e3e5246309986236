// The gate for text entering the memory or the glossary.

#include "mizan/text/storable_text.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

// "what@offset" of the problem, "" when there is none.
std::string problem(std::string_view text, FieldLines lines = FieldLines::kMany) {
  const std::optional<TextProblem> p = storable_text_problem(text, lines);
  return p ? p->what + "@" + std::to_string(p->offset) : "";
}

TEST(StorableText, OrdinaryTextPasses) {
  EXPECT_EQ(problem("CENTCOM forces conducted strikes."), "");
  EXPECT_EQ(problem("نفذت قوات التحالف ضربة ضد مواقع داعش."), "");
  EXPECT_EQ(problem("emoji \xF0\x9F\x98\x80, U+FFFD \xEF\xBF\xBD, NBSP \xC2\xA0"), "");
  EXPECT_EQ(problem(""), "");
}

TEST(StorableText, IllFormedUtf8IsRefusedWithItsOffset) {
  EXPECT_EQ(problem("Hello \xD8 world"), "invalid UTF-8@6");
  EXPECT_EQ(problem("ab\xED\xA0\x80"), "invalid UTF-8@2");     // encoded surrogate U+D800
  EXPECT_EQ(problem("\xC0\xAF"), "invalid UTF-8@0");           // overlong '/'
  EXPECT_EQ(problem("x\xF4\x90\x80\x80"), "invalid UTF-8@1");  // above U+10FFFF
  EXPECT_EQ(problem("cut \xE2\x82"), "invalid UTF-8@4");       // truncated
}

TEST(StorableText, ControlsAreRefusedButLineBreaksInMultiLineFields) {
  EXPECT_EQ(problem(std::string_view("a\0b", 3)), "a NUL character@1");
  EXPECT_EQ(problem("a\x01"
                    "b"),
            "the control character U+0001@1");
  EXPECT_EQ(problem("a\x7F"), "the control character U+007F@1");
  EXPECT_EQ(problem("a\xC2\x85"), "the control character U+0085@1");  // C1 NEL
  EXPECT_EQ(problem("two\tcolumns\nand lines\r\n"), "");
  EXPECT_EQ(problem("a\tb", FieldLines::kOne), "a tab@1");
  EXPECT_EQ(problem("a\nb", FieldLines::kOne), "a line break@1");
  EXPECT_EQ(problem("a\rb", FieldLines::kOne), "a line break@1");
}

TEST(StorableText, NoncharactersAreRefused) {
  EXPECT_EQ(problem("\xEF\xBF\xBE"), "the noncharacter U+FFFE@0");
  EXPECT_EQ(problem("x\xEF\xB7\x90"), "the noncharacter U+FDD0@1");
  EXPECT_EQ(problem("\xF0\x9F\xBF\xBF"), "the noncharacter U+1FFFF@0");
  EXPECT_EQ(problem("\xEF\xB7\xB0"), "");  // U+FDF0, just after the range: a letter
}

TEST(StorableText, DescriptionNamesTheField) {
  EXPECT_EQ(describe_storable_text_problem("Hello \xD8", FieldLines::kMany, "the English side"),
            "the English side has invalid UTF-8 at byte 6");
  EXPECT_EQ(describe_storable_text_problem("fine", FieldLines::kOne, "the note"), "");
}

}  // namespace
}  // namespace mizan::text
