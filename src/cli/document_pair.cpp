#include "document_pair.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "mizan/align/aligner.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/clean.hpp"

namespace mizan::cli {
namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw Error(ExitCode::kNoInput, "cannot open file", {path});
  std::ostringstream s;
  s << f.rdbuf();
  if (f.bad()) throw Error(ExitCode::kIoError, "cannot read file", {path});
  return s.str();
}

std::string percent(double x) {
  return std::to_string(static_cast<int>(x * 100 + 0.5)) + "%";
}

// How the user of `command` says which file is the English one.
std::string order_hint(std::string_view command) {
  if (command == "align") return "the English file comes first (mizan align EN_FILE AR_FILE)";
  if (command == "ingest") return "en.txt holds the English, ar.txt its Arabic translation";
  return "--en takes the English file, --ar the Arabic";
}

}  // namespace

DocumentSide read_presegmented(const std::string& path, bool lossy) {
  const std::string bytes = read_bytes(path);
  const bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') ||
                                           (bytes[0] == '\xfe' && bytes[1] == '\xff'));
  if (!utf16 && !lossy) {
    const std::size_t bad = text::find_invalid_utf8(bytes);
    if (bad != std::string::npos) {
      const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<long>(bad), '\n');
      throw Error(ExitCode::kDataError, "invalid UTF-8 (byte " + std::to_string(bad) + ")",
                  SourceLocation{path, static_cast<std::int64_t>(line)});
    }
  }
  const std::string decoded = text::decode_bytes(bytes, path, {.lossy = lossy});
  DocumentSide side;
  std::size_t paragraph = 0;
  bool blank_before = false;
  std::int64_t line_no = 0;
  std::size_t p = 0;
  while (p < decoded.size()) {
    std::size_t e = decoded.find('\n', p);
    if (e == std::string::npos) e = decoded.size();
    std::string line = text::clean(std::string_view(decoded).substr(p, e - p));
    p = e + 1;
    ++line_no;
    for (char c : line) {
      const auto u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\t') || u == 0x7F) {
        char code[8];
        std::snprintf(code, sizeof code, "%02X", u);
        throw Error(ExitCode::kDataError,
                    std::string("control character U+00") + code +
                        " in a presegmented file (one sentence per line expected)",
                    SourceLocation{path, line_no});
      }
    }
    for (char& c : line) {
      if (c == '\t') c = ' ';
    }
    const std::size_t first = line.find_first_not_of(' ');
    if (first == std::string::npos) {
      blank_before = !side.sentences.empty();
      continue;
    }
    line = line.substr(first, line.find_last_not_of(' ') - first + 1);
    if (blank_before) ++paragraph;
    blank_before = false;
    side.sentences.push_back(std::move(line));
    side.paragraphs.push_back(paragraph);
  }
  return side;
}

DocumentSide segment_file(const std::string& path, Language lang,
                          const segment::Segmenter& segmenter, text::ParagraphMode mode,
                          bool lossy) {
  const std::string input = text::read_text_file(path, {.lossy = lossy});
  DocumentSide side;
  for (segment::Sentence& s :
       segmenter.segment_text(input,
                              lang == Language::kEnglish ? segment::LanguageChoice::kEnglish
                                                         : segment::LanguageChoice::kArabic,
                              mode)) {
    side.sentences.push_back(std::move(s.text));
    side.paragraphs.push_back(s.paragraph);
  }
  return side;
}

void check_pair(const DocumentSide& en, const DocumentSide& ar, const std::string& en_file,
                const std::string& ar_file, BadPair bad, std::string_view command) {
  if (en.sentences.empty()) {
    throw Error(ExitCode::kDataError, "no English text to align (empty file)", {en_file});
  }
  if (ar.sentences.empty()) {
    throw Error(ExitCode::kDataError, "no Arabic text to align (empty file)", {ar_file});
  }
  const align::InputCheck c = align::check_inputs(en.sentences, ar.sentences);
  std::string problem;
  if (c.en_arabic_share > 0.5) {
    problem = en_file + ": the English file is " + percent(c.en_arabic_share) + " Arabic script; " +
              order_hint(command);
  } else if (c.ar_latin_share > 0.5) {
    problem = ar_file + ": the Arabic file is " + percent(c.ar_latin_share) + " Latin script; " +
              order_hint(command);
  } else if (c.size_ratio >= 10) {
    char ratio[32];
    std::snprintf(ratio, sizeof ratio, "%.0fx", c.size_ratio);
    problem = en_file + " and " + ar_file + ": one side is " + std::string(ratio) +
              " longer than the other (" + std::to_string(en.sentences.size()) + " English, " +
              std::to_string(ar.sentences.size()) +
              " Arabic sentences): these are not translations of each other";
  }
  if (!problem.empty()) {
    if (bad == BadPair::kRefuse) throw Error(ExitCode::kDataError, problem);
    if (bad == BadPair::kRefuseUnlessForced)
      throw Error(ExitCode::kDataError, problem + " (--force aligns anyway)");
    std::cerr << "mizan " << command << ": warning: " << problem << "\n";
  } else if (c.size_ratio >= 3) {
    char ratio[32];
    std::snprintf(ratio, sizeof ratio, "%.1fx", c.size_ratio);
    std::cerr << "mizan " << command << ": warning: " << en_file << " and " << ar_file
              << ": one side is " << ratio
              << " longer than the other; expect many unaligned sentences\n";
  }
}

}  // namespace mizan::cli
