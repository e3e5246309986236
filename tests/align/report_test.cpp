#include "mizan/align/report.hpp"

#include <gtest/gtest.h>

namespace mizan::align {
namespace {

TEST(Report, SideBySideRightToLeftAndEscaped) {
  const std::vector<std::string> en = {"Profits <rose> & \"fell\".", "Extra."};
  const std::vector<std::string> ar = {"ارتفعت الأرباح."};
  const std::vector<Bead> beads = {{0, 1, 0, 1, 0.95}, {1, 1, 1, 0, 1.0}};
  ReportOptions o;
  o.title = "Review";
  o.en_name = "en.txt";
  o.ar_name = "ar.txt";
  const std::string html = html_report(en, ar, beads, o);
  EXPECT_NE(html.find("<!DOCTYPE html>"), std::string::npos);
  EXPECT_NE(html.find("Profits &lt;rose&gt; &amp; &quot;fell&quot;."), std::string::npos);
  EXPECT_EQ(html.find("<rose>"), std::string::npos);
  EXPECT_NE(html.find("dir=\"rtl\" lang=\"ar\""), std::string::npos);
  EXPECT_NE(html.find("ارتفعت الأرباح."), std::string::npos);
  EXPECT_NE(html.find("Noto Naskh Arabic"), std::string::npos);
  EXPECT_NE(html.find("(no counterpart)"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"high\">"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"null\">"), std::string::npos);
  EXPECT_NE(html.find("<tr><td>1-1</td><td>1</td></tr>"), std::string::npos);
  EXPECT_NE(html.find("<tr><td>1-0</td><td>1</td></tr>"), std::string::npos);
  EXPECT_NE(html.find("<td>mean confidence</td><td>0.950</td>"), std::string::npos);
  EXPECT_NE(html.find("1 English, 0 Arabic"), std::string::npos);
  // Self-contained: no scripts, no external resources.
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);
}

TEST(Report, LowConfidenceAndFilteredRowsAreMarked) {
  const std::vector<std::string> en = {"A.", "B."};
  const std::vector<std::string> ar = {"أ.", "ب."};
  const std::vector<Bead> beads = {{0, 1, 0, 1, 0.3}, {1, 1, 1, 1, 0.7}};
  EXPECT_NE(html_report(en, ar, beads).find("<tr class=\"low\">"), std::string::npos);
  EXPECT_NE(html_report(en, ar, beads).find("<tr class=\"mid\">"), std::string::npos);
  ReportOptions o;
  o.min_score = 0.5;
  EXPECT_NE(html_report(en, ar, beads, o).find("<tr class=\"dropped\">"), std::string::npos);
}

TEST(Report, ProbableHeadersAndNoticesAreLabelled) {
  const std::vector<std::string> en = {"Profits rose."};
  const std::vector<std::string> ar = {"للنشر الفوري", "ارتفعت الأرباح."};
  const std::vector<Bead> beads = {{0, 0, 0, 1, 1.0}, {0, 1, 1, 1, 0.95}};
  ReportOptions o;
  o.ar_furniture = {"release", ""};
  const std::string html = html_report(en, ar, beads, o);
  EXPECT_NE(html.find("للنشر الفوري <span class=\"furniture\">probable header or notice: "
                      "release</span>"),
            std::string::npos);
  EXPECT_EQ(html.find("ارتفعت الأرباح. <span"), std::string::npos);
  EXPECT_NE(html.find("<td>probable headers and notices</td><td>1</td>"), std::string::npos);
  EXPECT_EQ(html_report(en, ar, beads).find("probable header"), std::string::npos);
}

}  // namespace
}  // namespace mizan::align
