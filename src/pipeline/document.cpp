#include "mizan/pipeline/document.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/dictd.hpp"
#include "mizan/formats/srx.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"

namespace mizan::pipeline {

SrxRuleSet segmentation_rules(const std::vector<std::string>& srx_files) {
  if (srx_files.empty()) return formats::builtin_srx();
  std::vector<SrxRuleSet> sets;
  for (const std::string& f : srx_files)
    sets.push_back(formats::read_srx_file(f));
  return formats::merge_srx(sets);
}

DocumentSide read_presegmented(const std::string& path, bool lossy) {
  const std::string bytes = text::read_file_bytes(path);
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

DocumentPair read_document_pair(const std::string& en_file, const std::string& ar_file,
                                const DocumentOptions& options) {
  DocumentPair pair;
  pair.en_file = en_file;
  pair.ar_file = ar_file;
  pair.document = std::filesystem::path(en_file).parent_path().filename().string();
  if (pair.document.empty()) pair.document = en_file;
  if (options.presegmented) {
    pair.en = read_presegmented(en_file, options.lossy);
    pair.ar = read_presegmented(ar_file, options.lossy);
  } else {
    const segment::Segmenter segmenter(segmentation_rules(options.srx));
    pair.en =
        segment_file(en_file, Language::kEnglish, segmenter, options.paragraphs, options.lossy);
    pair.ar =
        segment_file(ar_file, Language::kArabic, segmenter, options.paragraphs, options.lossy);
  }
  return pair;
}

std::vector<align::Bead> read_bead_file(const std::string& path, const DocumentPair& pair) {
  return align::parse_beads(text::read_text_file(path), path, pair.en.sentences.size(),
                            pair.ar.sentences.size());
}

std::shared_ptr<const BilingualDictionary> read_dictionary(
    const std::string& path, std::span<const DocumentPair> documents) {
  std::vector<std::string> vocabulary;
  for (const DocumentPair& d : documents) {
    for (std::string& w : align::english_vocabulary(d.en.sentences))
      vocabulary.push_back(std::move(w));
  }
  std::sort(vocabulary.begin(), vocabulary.end());
  vocabulary.erase(std::unique(vocabulary.begin(), vocabulary.end()), vocabulary.end());
  return std::make_shared<const BilingualDictionary>(formats::read_dictd(path, &vocabulary));
}

align::Alignment align_pair(align::SentenceAligner& aligner, const DocumentPair& pair) {
  return aligner.align(pair.en.sentences, pair.ar.sentences, pair.en.paragraphs,
                       pair.ar.paragraphs);
}

}  // namespace mizan::pipeline
