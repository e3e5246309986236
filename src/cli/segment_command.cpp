// mizan segment: one sentence per line (or JSON) from Arabic or English text.

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/pipeline/document.hpp"
#include "mizan/segment/segmenter.hpp"

namespace mizan::cli {

segment::LanguageChoice parse_language_choice(const std::string& s) {
  if (s == "auto") return segment::LanguageChoice::kAuto;
  if (s == "en") return segment::LanguageChoice::kEnglish;
  if (s == "ar") return segment::LanguageChoice::kArabic;
  throw Error(ExitCode::kUsage, "--lang must be ar, en or auto, not \"" + s + "\"");
}

text::ParagraphMode parse_paragraph_mode(const std::string& s) {
  if (s == "auto") return text::ParagraphMode::kAuto;
  if (s == "lines") return text::ParagraphMode::kLines;
  if (s == "blank") return text::ParagraphMode::kBlankLines;
  throw Error(ExitCode::kUsage, "--paragraphs must be lines, blank or auto, not \"" + s + "\"");
}

int run_segment(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string lang, format, paragraphs, input;
  std::vector<std::string> srx;
  options.add_options()("lang", po::value(&lang)->default_value("auto"),
                        "ar, en, or auto (by script, per paragraph)")(
      "format", po::value(&format)->default_value("lines"),
      "lines (one sentence per line) or json")(
      "paragraphs", po::value(&paragraphs)->default_value("auto"),
      "lines (one per line), blank (blank-line separated) or auto")(
      "srx", po::value(&srx)->composing(),
      "SRX 2.0 rules to use instead of the built-in ones (repeatable)")(
      "lossy", "replace invalid UTF-8 with U+FFFD instead of failing")(
      "input", po::value(&input)->default_value("-"), "input file, - for stdin");
  po::positional_options_description positional;
  positional.add("input", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan segment [--lang ar|en|auto] [--format lines|json] [FILE|-]",
                         "  mizan segment --lang ar corpora/centcom-2025-01-06/ar.txt\n"
                         "  echo 'Gen. Kurilla spoke. He left.' | mizan segment --format json",
                         options, positional, vm)) {
    return 0;
  }
  if (format != "lines" && format != "json") {
    throw Error(ExitCode::kUsage, "--format must be lines or json, not \"" + format + "\"");
  }
  const segment::LanguageChoice choice = parse_language_choice(lang);
  const text::ParagraphMode mode = parse_paragraph_mode(paragraphs);
  std::vector<std::string> inputs = srx;
  inputs.push_back(input);
  formats::refuse_overwriting_inputs(std::vector<std::string>{"-"}, inputs);
  const segment::Segmenter segmenter(pipeline::segmentation_rules(srx));

  // Opening the reader validates the whole input: a bad byte anywhere fails before any output.
  text::ParagraphReader reader(input, mode, {.lossy = vm.count("lossy") > 0});
  Output out;
  ProgressBar progress("segmenting");
  const bool json = format == "json";
  std::size_t count = 0;
  if (json) out.write("[");
  segmenter.segment_stream(reader, choice, [&](segment::Sentence&& s) {
    if (json) {
      out.write(count == 0 ? "\n" : ",\n");
      out.write("{\"index\":" + std::to_string(count) +
                ",\"paragraph\":" + std::to_string(s.paragraph) +
                ",\"begin\":" + std::to_string(s.begin) + ",\"end\":" + std::to_string(s.end) +
                ",\"lang\":\"" + std::string(language_code(s.language)) +
                "\",\"text\":" + json_string(s.text) + "}");
    } else {
      out.line(s.text);
    }
    ++count;
    progress.update(s.end, reader.size());
  });
  if (json) out.write(count == 0 ? "]\n" : "\n]\n");
  out.flush();
  return 0;
}

}  // namespace mizan::cli
