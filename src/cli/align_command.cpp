// mizan align: pairs the sentences of an English document with those of its Arabic translation.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/align/report.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/dictd.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"

namespace mizan::cli {
namespace {

struct AlignCommandOptions {
  std::string en_file, ar_file;
  std::string format = "beads";
  std::string paragraphs = "auto";
  std::vector<std::string> srx;
  std::string report, dict, glossary, beads;
  double min_score = 0;
  bool presegmented = false, lossy = false, force = false;
};

struct Side {
  std::vector<std::string> sentences;
  std::vector<std::size_t> paragraphs;
};

std::string read_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw Error(ExitCode::kNoInput, "cannot open file", {path});
  std::ostringstream s;
  s << f.rdbuf();
  if (f.bad()) throw Error(ExitCode::kIoError, "cannot read file", {path});
  return s.str();
}

// One sentence per line; a blank line starts a new paragraph. Invalid UTF-8 and control
// characters are reported with their line.
Side read_presegmented(const std::string& path, bool lossy) {
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
  Side side;
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

Side segment_file(const std::string& path, Language lang, const segment::Segmenter& segmenter,
                  text::ParagraphMode mode, bool lossy) {
  const std::string input = text::read_text_file(path, {.lossy = lossy});
  Side side;
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

std::vector<align::TermPair> read_glossary(const std::string& path) {
  const std::string text = text::read_text_file(path);
  std::vector<align::TermPair> terms;
  std::int64_t line_no = 0;
  std::size_t p = 0;
  while (p < text.size()) {
    std::size_t e = text.find('\n', p);
    if (e == std::string::npos) e = text.size();
    std::string_view line = std::string_view(text).substr(p, e - p);
    p = e + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line != "en\tar") {
        throw Error(ExitCode::kDataError, "glossary must start with the header line \"en<TAB>ar\"",
                    SourceLocation{path, 1});
      }
      continue;
    }
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos ||
        tab == 0 || tab + 1 == line.size()) {
      throw Error(ExitCode::kDataError, "expected \"English term<TAB>Arabic term\"",
                  SourceLocation{path, line_no});
    }
    terms.push_back({text::clean(line.substr(0, tab)), text::clean(line.substr(tab + 1))});
  }
  return terms;
}

std::string percent(double x) {
  return std::to_string(static_cast<int>(x * 100 + 0.5)) + "%";
}

// Refuses input that cannot be a translation pair (unless --force); warns about doubtful input.
void check_pair(const Side& en, const Side& ar, const AlignCommandOptions& o) {
  if (en.sentences.empty()) {
    throw Error(ExitCode::kDataError, "no English text to align (empty file)", {o.en_file});
  }
  if (ar.sentences.empty()) {
    throw Error(ExitCode::kDataError, "no Arabic text to align (empty file)", {o.ar_file});
  }
  const align::InputCheck c = align::check_inputs(en.sentences, ar.sentences);
  std::string problem;
  if (c.en_arabic_share > 0.5) {
    problem = o.en_file + ": the English file is " + percent(c.en_arabic_share) +
              " Arabic script; the English file comes first (mizan align EN_FILE AR_FILE)";
  } else if (c.ar_latin_share > 0.5) {
    problem = o.ar_file + ": the Arabic file is " + percent(c.ar_latin_share) +
              " Latin script; the Arabic file comes second (mizan align EN_FILE AR_FILE)";
  } else if (c.size_ratio >= 10) {
    char ratio[32];
    std::snprintf(ratio, sizeof ratio, "%.0fx", c.size_ratio);
    problem = "one side is " + std::string(ratio) + " longer than the other (" +
              std::to_string(en.sentences.size()) + " English, " +
              std::to_string(ar.sentences.size()) +
              " Arabic sentences): these are not translations of each other";
  }
  if (!problem.empty()) {
    if (!o.force) throw Error(ExitCode::kDataError, problem + " (--force aligns anyway)");
    std::cerr << "mizan align: warning: " << problem << "\n";
  } else if (c.size_ratio >= 3) {
    char ratio[32];
    std::snprintf(ratio, sizeof ratio, "%.1fx", c.size_ratio);
    std::cerr << "mizan align: warning: one side is " << ratio
              << " longer than the other; expect many unaligned sentences\n";
  }
}

std::string ids(std::size_t begin, std::size_t count) {
  std::string s;
  for (std::size_t k = 0; k < count; ++k) {
    if (k) s += ',';
    s += std::to_string(begin + k);
  }
  return s;
}

std::string joined(const std::vector<std::string>& side, std::size_t begin, std::size_t count) {
  std::string s;
  for (std::size_t k = begin; k < begin + count; ++k) {
    if (k > begin) s += ' ';
    s += side[k];
  }
  return s;
}

std::string score_text(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// --min-score: a bead below it is not kept; its sentences come out unaligned, so that every
// sentence stays in exactly one bead.
std::vector<align::Bead> apply_min_score(const std::vector<align::Bead>& beads, double min_score) {
  std::vector<align::Bead> out;
  for (const align::Bead& b : beads) {
    if (b.is_null() || b.confidence >= min_score) {
      out.push_back(b);
      continue;
    }
    for (std::size_t k = 0; k < b.en_count; ++k)
      out.push_back({b.en_begin + k, 1, b.ar_begin, 0, 1.0});
    for (std::size_t k = 0; k < b.ar_count; ++k) {
      out.push_back({b.en_begin + b.en_count, 0, b.ar_begin + k, 1, 1.0});
    }
  }
  return out;
}

void write_file_atomically(const std::string& path, const std::string& content) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) throw Error(ExitCode::kCantCreate, "cannot create file", {path});
    f << content;
    f.flush();
    if (!f) {
      std::remove(tmp.c_str());
      throw Error(ExitCode::kIoError, "cannot write file", {path});
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw Error(ExitCode::kCantCreate, "cannot create file", {path});
  }
}

}  // namespace

int run_align(const std::vector<std::string>& args) {
  AlignCommandOptions o;
  align::AlignerOptions ao;
  po::options_description options("options");
  options.add_options()(
      "format", po::value(&o.format)->default_value("beads"),
      "beads ([0]:[0] per line), tsv (en_ids ar_ids score en_text ar_text) or json")(
      "presegmented", "inputs hold one sentence per line (a blank line ends a paragraph)")(
      "paragraphs", po::value(&o.paragraphs)->default_value("auto"),
      "paragraph delimiting when segmenting: lines, blank or auto")(
      "srx", po::value(&o.srx)->composing(), "SRX 2.0 rules instead of the built-in ones")(
      "report", po::value(&o.report), "also write a side-by-side HTML review page to FILE")(
      "dict", po::value(&o.dict),
      "bilingual dictionary in dictd format, e.g. /usr/share/dictd/freedict-eng-ara")(
      "glossary", po::value(&o.glossary),
      "term pairs used as anchors: a TSV file with the header line \"en<TAB>ar\"")(
      "min-score", po::value(&o.min_score)->default_value(0.0),
      "beads with a lower confidence (0-1) are not kept: their sentences come out unaligned")(
      "beads", po::value(&o.beads),
      "use this bead file instead of aligning (to review or convert an alignment)")(
      "no-length", "ablation: no sentence-length model")(
      "no-anchors", "ablation: no anchors (numbers, dates, Latin tokens, names, quotes, glossary)")(
      "no-names", "ablation: no proper-name anchors by transliteration")(
      "no-lexical", "ablation: no lexical model learnt from the input (single pass)")(
      "no-paragraphs", "ablation: ignore paragraph boundaries")(
      "force", "align even when the files look like no translation pair")(
      "lossy", "replace invalid UTF-8 with U+FFFD instead of failing")(
      "en", po::value(&o.en_file), "English file")("ar", po::value(&o.ar_file), "Arabic file");
  po::positional_options_description positional;
  positional.add("en", 1).add("ar", 1);
  po::variables_map vm;
  if (parse_command_line(
          args, "mizan align [OPTIONS] EN_FILE AR_FILE",
          "  mizan align corpora/centcom-2025-01-06/en.txt corpora/centcom-2025-01-06/ar.txt\n"
          "  mizan align --format tsv --dict /usr/share/dictd/freedict-eng-ara \\\n"
          "      --report review.html en.txt ar.txt",
          options, positional, vm)) {
    return 0;
  }
  if (o.en_file.empty() || o.ar_file.empty()) {
    throw Error(ExitCode::kUsage, "two files are needed: EN_FILE AR_FILE (see --help)");
  }
  if (o.format != "beads" && o.format != "tsv" && o.format != "json") {
    throw Error(ExitCode::kUsage, "--format must be beads, tsv or json, not \"" + o.format + "\"");
  }
  if (o.min_score < 0 || o.min_score > 1) {
    throw Error(ExitCode::kUsage, "--min-score must be between 0 and 1");
  }
  o.presegmented = vm.count("presegmented") > 0;
  o.lossy = vm.count("lossy") > 0;
  o.force = vm.count("force") > 0;
  ao.use_length = !vm.count("no-length");
  ao.use_anchors = !vm.count("no-anchors");
  ao.use_names = !vm.count("no-names");
  ao.use_lexical = !vm.count("no-lexical");
  ao.use_paragraphs = !vm.count("no-paragraphs");

  Side en, ar;
  if (o.presegmented) {
    en = read_presegmented(o.en_file, o.lossy);
    ar = read_presegmented(o.ar_file, o.lossy);
  } else {
    const text::ParagraphMode mode = parse_paragraph_mode(o.paragraphs);
    const segment::Segmenter segmenter(load_rules(o.srx));
    en = segment_file(o.en_file, Language::kEnglish, segmenter, mode, o.lossy);
    ar = segment_file(o.ar_file, Language::kArabic, segmenter, mode, o.lossy);
  }

  std::vector<align::Bead> beads;
  if (!o.beads.empty()) {
    beads = align::parse_beads(text::read_text_file(o.beads), o.beads, en.sentences.size(),
                               ar.sentences.size());
  } else {
    check_pair(en, ar, o);
    if (!o.dict.empty()) {
      const std::vector<std::string> vocabulary = align::english_vocabulary(en.sentences);
      ao.dictionary =
          std::make_shared<const BilingualDictionary>(formats::read_dictd(o.dict, &vocabulary));
    }
    if (!o.glossary.empty()) ao.glossary = read_glossary(o.glossary);
    ProgressBar progress("aligning");
    ao.progress = [&](std::size_t done, std::size_t total, std::string_view) {
      progress.update(done, total);
    };
    align::SentenceAligner aligner(std::move(ao));
    beads = aligner.align(en.sentences, ar.sentences, en.paragraphs, ar.paragraphs).beads;
    progress.finish();
  }
  if (o.min_score > 0) beads = apply_min_score(beads, o.min_score);

  // The report first: if it cannot be written, nothing went to stdout either.
  if (!o.report.empty()) {
    align::ReportOptions ro;
    ro.en_name = o.en_file;
    ro.ar_name = o.ar_file;
    ro.min_score = o.min_score;
    write_file_atomically(o.report, align::html_report(en.sentences, ar.sentences, beads, ro));
  }

  Output out;
  if (o.format == "beads") {
    for (const align::Bead& b : beads)
      out.line(align::format_bead(b));
  } else if (o.format == "tsv") {
    out.line("en_ids\tar_ids\tscore\ten_text\tar_text");
    for (const align::Bead& b : beads) {
      out.line(ids(b.en_begin, b.en_count) + "\t" + ids(b.ar_begin, b.ar_count) + "\t" +
               score_text(b.confidence) + "\t" + joined(en.sentences, b.en_begin, b.en_count) +
               "\t" + joined(ar.sentences, b.ar_begin, b.ar_count));
    }
  } else {
    out.write("[");
    for (std::size_t k = 0; k < beads.size(); ++k) {
      const align::Bead& b = beads[k];
      out.write(k == 0 ? "\n" : ",\n");
      out.write("{\"en\":[" + ids(b.en_begin, b.en_count) + "],\"ar\":[" +
                ids(b.ar_begin, b.ar_count) + "],\"type\":\"" + std::to_string(b.en_count) + "-" +
                std::to_string(b.ar_count) + "\",\"score\":" + score_text(b.confidence) +
                ",\"en_text\":" + json_string(joined(en.sentences, b.en_begin, b.en_count)) +
                ",\"ar_text\":" + json_string(joined(ar.sentences, b.ar_begin, b.ar_count)) + "}");
    }
    out.write(beads.empty() ? "]\n" : "\n]\n");
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli
