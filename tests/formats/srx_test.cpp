#include "mizan/formats/srx.hpp"

#include <gtest/gtest.h>

#include "mizan/core/error.hpp"

namespace mizan::formats {
namespace {

constexpr const char* kSrx = R"(<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="no"/>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no">
          <beforebreak>\bMr\.</beforebreak>
          <afterbreak>\s</afterbreak>
        </rule>
        <rule>
          <beforebreak>[.?!]+</beforebreak>
          <afterbreak>\s+\p{Lu}</afterbreak>
        </rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="en.*" languagerulename="English"/>
    </maprules>
  </body>
</srx>)";

TEST(ParseSrx, ReadsRulesMapsAndCascade) {
  const SrxRuleSet set = parse_srx(kSrx, "t.srx");
  EXPECT_FALSE(set.cascade);
  ASSERT_EQ(set.language_rules.size(), 1u);
  const auto& rules = set.language_rules[0].rules;
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_FALSE(rules[0].is_break);
  EXPECT_EQ(rules[0].before_break, "\\bMr\\.");
  EXPECT_EQ(rules[0].after_break, "\\s");
  EXPECT_EQ(rules[0].source_line, 7);
  EXPECT_TRUE(rules[1].is_break);  // break defaults to yes
  ASSERT_EQ(set.maps.size(), 1u);
  EXPECT_EQ(set.maps[0].language_pattern, "en.*");
  EXPECT_EQ(set.maps[0].rule_name, "English");
}

TEST(ParseSrx, MalformedXmlReportsLineAndColumn) {
  try {
    parse_srx("<srx>\n<body>\n</srx>", "bad.srx");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().file, "bad.srx");
    EXPECT_EQ(e.where().line, 3);
    EXPECT_GT(e.where().column, 0);
  }
}

TEST(ParseSrx, RejectsOtherXml) {
  EXPECT_THROW(parse_srx("<tmx/>", "x.xml"), Error);
}

TEST(ParseSrx, ExternalEntitiesAreNotLoaded) {
  const char* xxe = R"(<?xml version="1.0"?>
<!DOCTYPE srx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<srx><body><languagerules><languagerule languagerulename="E">
<rule><beforebreak>&x;</beforebreak></rule></languagerule></languagerules></body></srx>)";
  try {
    const SrxRuleSet set = parse_srx(xxe, "xxe.srx");
    ASSERT_EQ(set.language_rules.size(), 1u);
    ASSERT_EQ(set.language_rules[0].rules.size(), 1u);
    EXPECT_EQ(set.language_rules[0].rules[0].before_break.find("root:"), std::string::npos);
  } catch (const Error&) {
    SUCCEED();  // refusing the document is fine too
  }
}

TEST(BuiltinSrx, HasEnglishAndArabicRules) {
  const SrxRuleSet set = builtin_srx();
  bool en = false, ar = false;
  for (const auto& m : set.maps) {
    en = en || m.rule_name == "English";
    ar = ar || m.rule_name == "Arabic";
  }
  EXPECT_TRUE(en);
  EXPECT_TRUE(ar);
}

}  // namespace
}  // namespace mizan::formats
