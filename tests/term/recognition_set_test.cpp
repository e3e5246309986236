// Precision and recall of term recognition on the annotated set (recognition_cases.txt) with the
// shipped glossary. The numbers are in docs/terminology.md ("Recognition quality"); the thresholds
// keep them from sliding back.

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/match_key.hpp"

namespace mizan::term {
namespace {

struct Expected {
  std::size_t begin, end;
  std::string term;  // English term of the concept
};

struct Case {
  Language lang;
  std::string text;
  std::vector<Expected> expected;
  int line;
};

std::vector<Case> load_cases() {
  std::ifstream in(std::string(MIZAN_TEST_DATA) + "/term/recognition_cases.txt");
  std::vector<Case> cases;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    Case c{line.substr(0, tab) == "ar" ? Language::kArabic : Language::kEnglish, {}, {}, number};
    const std::string marked = line.substr(tab + 1);
    for (std::size_t i = 0; i < marked.size();) {
      if (marked[i] != '[') {
        c.text.push_back(marked[i++]);
        continue;
      }
      const std::size_t bar = marked.find('|', i), close = marked.find(']', i);
      const std::string surface = marked.substr(i + 1, bar - i - 1);
      c.expected.push_back(
          {c.text.size(), c.text.size() + surface.size(), marked.substr(bar + 1, close - bar - 1)});
      c.text += surface;
      i = close + 1;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

Glossary shipped_glossary() {
  const std::string path = std::string(MIZAN_SOURCE_DIR) + "/glossary/press-release.tsv";
  Diagnostics d;
  Glossary g;
  import_entries(g, formats::parse_glossary_tsv(text::read_text_file(path), path, d), d, true);
  return g;
}

TEST(RecognitionSet, PrecisionAndRecallOnTheAnnotatedSentences) {
  const Glossary glossary = shipped_glossary();
  const Recognizer recognizer(glossary);
  Recognizer::Scratch scratch;
  const std::vector<Case> cases = load_cases();
  std::size_t expected[2] = {0, 0}, found[2] = {0, 0}, correct[2] = {0, 0};
  std::ostringstream misses;
  for (const Case& c : cases) {
    const int l = c.lang == Language::kArabic ? 1 : 0;
    const std::vector<TermMatch> matches = recognizer.find(c.text, c.lang, scratch);
    expected[l] += c.expected.size();
    found[l] += matches.size();
    std::vector<bool> used(c.expected.size(), false);
    for (const TermMatch& m : matches) {
      bool ok = false;
      for (std::size_t k = 0; k < c.expected.size() && !ok; ++k) {
        const Expected& e = c.expected[k];
        if (used[k] || e.begin != m.begin || e.end != m.end) continue;
        for (const TermHit& h : m.hits) {
          ok = ok || text::match_key(glossary.entries()[h.entry].en) == text::match_key(e.term);
        }
        if (ok) used[k] = true;
      }
      if (ok) {
        ++correct[l];
      } else {
        misses << "line " << c.line << ": unexpected \"" << c.text.substr(m.begin, m.end - m.begin)
               << "\" (" << glossary.entries()[m.hits.front().entry].en << ")\n";
      }
    }
    for (std::size_t k = 0; k < c.expected.size(); ++k) {
      if (!used[k]) {
        misses << "line " << c.line << ": missed \""
               << c.text.substr(c.expected[k].begin, c.expected[k].end - c.expected[k].begin)
               << "\" (" << c.expected[k].term << ")\n";
      }
    }
  }
  const char* names[2] = {"English", "Arabic"};
  for (int l = 0; l < 2; ++l) {
    const double p = static_cast<double>(correct[l]) / static_cast<double>(found[l]);
    const double r = static_cast<double>(correct[l]) / static_cast<double>(expected[l]);
    std::cout << names[l] << ": " << expected[l] << " occurrences, " << found[l] << " found, "
              << correct[l] << " correct: precision " << p << ", recall " << r << "\n";
    EXPECT_GE(p, 0.95) << names[l];
    EXPECT_GE(r, 0.95) << names[l];
  }
  std::cout << misses.str();
  EXPECT_GE(expected[0] + expected[1], 150u);
}

}  // namespace
}  // namespace mizan::term
