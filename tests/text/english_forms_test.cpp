#include "mizan/text/english_forms.hpp"

#include <gtest/gtest.h>

namespace mizan::text {
namespace {

TEST(EnglishLexicalForm, DropsOnlyAFinalS) {
  EXPECT_EQ(english_lexical_form("rights"), "right");
  EXPECT_EQ(english_lexical_form("forces"), "force");
  EXPECT_EQ(english_lexical_form("allies"), "allie");  // no -ies rule
  EXPECT_EQ(english_lexical_form("boxes"), "boxe");    // no -es rule
  EXPECT_EQ(english_lexical_form("status"), "status");
  EXPECT_EQ(english_lexical_form("analysis"), "analysis");
  EXPECT_EQ(english_lexical_form("class"), "class");
  EXPECT_EQ(english_lexical_form("gas"), "gas");  // three letters
  EXPECT_EQ(english_lexical_form("force"), "force");
}

TEST(EnglishTermForm, ReducesPluralsAsPorterStep1a) {
  EXPECT_EQ(english_term_form("forces"), "force");
  EXPECT_EQ(english_term_form("militias"), "militia");
  EXPECT_EQ(english_term_form("allies"), "ally");
  EXPECT_EQ(english_term_form("ties"), "tie");  // -ies needs five letters
  EXPECT_EQ(english_term_form("boxes"), "box");
  EXPECT_EQ(english_term_form("churches"), "church");
  EXPECT_EQ(english_term_form("addresses"), "address");
  EXPECT_EQ(english_term_form("buzzes"), "buzz");
  EXPECT_EQ(english_term_form("sizes"), "size");  // -zes only after zz
  EXPECT_EQ(english_term_form("axes"), "ax");
}

TEST(EnglishTermForm, KeepsWordsThatOnlyLookPlural) {
  EXPECT_EQ(english_term_form("isis"), "isis");
  EXPECT_EQ(english_term_form("damascus"), "damascus");
  EXPECT_EQ(english_term_form("class"), "class");
  EXPECT_EQ(english_term_form("gas"), "gas");
  EXPECT_EQ(english_term_form("qa'ida"), "qa'ida");
  EXPECT_EQ(english_term_form("qa'idas"), "qa'idas");  // marked words are left alone
}

TEST(EnglishTermForm, PossessivesInitialismsAndNumbers) {
  EXPECT_EQ(english_term_form("coalition's"), "coalition");
  EXPECT_EQ(english_term_form("u.s"), "us");
  EXPECT_EQ(english_term_form("u.s.a"), "usa");
  EXPECT_EQ(english_term_form("1990s"), "1990");
  EXPECT_EQ(english_term_form("f-16s"), "f-16");
}

// The memory's stem on its own is tested with fuzzy matching (tests/tm/fuzzy_test.cpp).
// Where the memory's stems part from the term forms: kept, because the memory's stems are hashed
// into the index every stored memory holds (english_forms.hpp).
TEST(EnglishLightStem, KeepsTheRulesStoredMemoriesWereIndexedWith) {
  EXPECT_EQ(english_light_stem("sizes"), "siz");
  EXPECT_EQ(english_light_stem("axes"), "axe");  // -es needs five letters
  EXPECT_EQ(english_light_stem("boxes"), "box");
  EXPECT_EQ(english_light_stem("1990s"), "1990s");
}

TEST(EnglishLookupForms, WordFirstThenCandidateBases) {
  EXPECT_EQ(english_lookup_forms("countries"),
            (std::vector<std::string>{"countries", "country", "countri", "countrie"}));
  EXPECT_EQ(english_lookup_forms("carried"),
            (std::vector<std::string>{"carried", "carry", "carri", "carrie"}));
  EXPECT_EQ(english_lookup_forms("running"),
            (std::vector<std::string>{"running", "runn", "runne"}));
  EXPECT_EQ(english_lookup_forms("quickly"), (std::vector<std::string>{"quickly", "quick"}));
  EXPECT_EQ(english_lookup_forms("class"), (std::vector<std::string>{"class"}));
  EXPECT_EQ(english_lookup_forms("bus"), (std::vector<std::string>{"bus"}));  // 3 letters
}

}  // namespace
}  // namespace mizan::text
