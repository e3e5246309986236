#pragma once
// Units that exercise every TranslationUnit field and every escaping case, and a field-by-field
// comparison that names the field that differs.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "mizan/core/translation_unit.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats::testing {

inline void expect_same_unit(const TranslationUnit& want, const TranslationUnit& got,
                             const std::string& label = "") {
  SCOPED_TRACE(label);
  EXPECT_EQ(want.en, got.en);
  EXPECT_EQ(want.ar, got.ar);
  EXPECT_EQ(want.en_markup, got.en_markup);
  EXPECT_EQ(want.ar_markup, got.ar_markup);
  EXPECT_EQ(want.en_locale, got.en_locale);
  EXPECT_EQ(want.ar_locale, got.ar_locale);
  EXPECT_EQ(want.source_language, got.source_language);
  EXPECT_EQ(want.prev_en, got.prev_en);
  EXPECT_EQ(want.prev_ar, got.prev_ar);
  EXPECT_EQ(want.next_en, got.next_en);
  EXPECT_EQ(want.next_ar, got.next_ar);
  ASSERT_EQ(want.origins.size(), got.origins.size());
  for (std::size_t i = 0; i < want.origins.size(); ++i) {
    EXPECT_EQ(want.origins[i].document, got.origins[i].document) << "origin " << i;
    EXPECT_EQ(want.origins[i].position, got.origins[i].position) << "origin " << i;
  }
  EXPECT_EQ(want.confidence, got.confidence);
  EXPECT_EQ(want.created, got.created);
  EXPECT_EQ(want.changed, got.changed);
  EXPECT_EQ(want.creator, got.creator);
  EXPECT_EQ(want.usage_count, got.usage_count);
  EXPECT_EQ(want.notes, got.notes);
  EXPECT_EQ(want.props, got.props);
  EXPECT_EQ(want.tuid, got.tuid);
  EXPECT_EQ(want.changer, got.changer);
  EXPECT_EQ(want.last_used, got.last_used);
  EXPECT_EQ(want.en_notes, got.en_notes);
  EXPECT_EQ(want.ar_notes, got.ar_notes);
  EXPECT_EQ(want.en_props, got.en_props);
  EXPECT_EQ(want.ar_props, got.ar_props);
  EXPECT_EQ(want.client, got.client);
  EXPECT_EQ(want.domain, got.domain);
  EXPECT_EQ(want.project, got.project);
}

/// Units a memory can hold: aligned, imported with markup, Arabic-source, odd characters.
inline std::vector<TranslationUnit> sample_units() {
  std::vector<TranslationUnit> units;
  {
    TranslationUnit u;
    u.id = 1;
    u.en = "CENTCOM forces conducted strikes against ISIS in Syria.";
    u.ar = "نفّذت قوات القيادة المركزية ضربات ضد داعش في سوريا.";
    u.origins = {{"centcom-2025-01-06", 3}};
    u.confidence = 0.93;
    u.created = 1736150400;  // 2025-01-06T08:00:00Z
    u.changed = 1736157630;
    u.creator = "mizan align";
    u.changer = "reviewer";
    u.last_used = 1736200000;
    u.en_notes = "source checked";
    u.ar_props = {{"x-Origin", "TM"}};
    u.client = "CENTCOM";
    u.domain = "defence";
    u.project = "weekly releases";
    u.prev_en = "From Dec. 30 to Jan. 6, CENTCOM and Iraqi forces conducted multiple strikes.";
    u.prev_ar = "ومن 30 ديسمبر إلى 6 يناير، نفذت القيادة المركزية والقوات العراقية ضربات.";
    u.next_en = "The operations served to disrupt ISIS.";
    u.next_ar = "وأدت العمليات إلى تعطيل قدرة داعش.";
    units.push_back(u);
  }
  {
    TranslationUnit u;  // seen in two documents, no position in the second; never changed
    u.id = 2;
    u.en = "Tom & Jerry <said> \"it's\" 5 > 3 ; a\ttab, a line\nbreak and a\r\nCRLF.";
    u.ar = "قال توم & جيري <إنّ> \"5 > 3\"؛ سطر\nجديد.";
    u.origins = {{"doc-a", 0}, {"doc-b", -1}, {"", 7}};
    u.confidence = 0.1 + 0.2;  // 0.30000000000000004: must come back exactly
    u.created = 946684800;
    u.usage_count = 42;
    u.notes = "checked by a reviewer\nsecond line & <more>";
    u.props = {{"x-Context", "a1b2"}, {"x-Origin", "TM"}, {"x-Context", "second value"}};
    units.push_back(u);
  }
  {
    TranslationUnit u;  // imported from a CAT tool: markup, regional locales, Arabic source
    u.id = 3;
    u.en = "Click Save now.";
    u.ar = "انقر حفظ الآن.";
    u.en_markup =
        "Click <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> now.";
    u.ar_markup =
        "انقر <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>حفظ<ept i=\"1\">&lt;/b&gt;</ept> "
        "الآن.";
    u.en_locale = "en-US";
    u.ar_locale = "ar-SA";
    u.source_language = Language::kArabic;
    u.confidence = 1.0;
    units.push_back(u);
  }
  {
    TranslationUnit u;  // characters XML 1.0 cannot carry, in the text
    u.id = 4;
    u.en = std::string("Bell\x07 and form feed\x0C and NUL") + std::string(1, '\0') +
           "end \xEF\xBF\xBE.";
    u.ar = "جرس\x01 هنا.";
    u.confidence = 0.5;
    units.push_back(u);
  }
  {
    TranslationUnit u;  // no dates, no origins, no locale given, zero id
    u.en = "  Leading and trailing spaces are kept.  ";
    u.ar = "  تبقى المسافات.  ";
    u.en_locale = "EN-gb";
    u.ar_locale = "ar-EG";
    units.push_back(u);
  }
  return units;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string data_path(const std::string& name) {
  return std::string(MIZAN_TEST_DATA) + "/formats/data/" + name;
}

}  // namespace mizan::formats::testing
