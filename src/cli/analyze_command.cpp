// mizan analyze: the word counts per match band that a quote is priced from.

#include <iomanip>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/pipeline/analyze.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

using pipeline::Band;
using pipeline::Counts;
using pipeline::FileAnalysis;

void write_text(Output& out, const FileAnalysis& f, std::string_view title) {
  out.line(std::string(title));
  std::ostringstream s;
  s << "  " << std::left << std::setw(12) << "band" << std::right << std::setw(10) << "segments"
    << std::setw(10) << "words" << std::setw(12) << "characters";
  out.line(s.str());
  const auto row = [&](std::string_view name, const Counts& c) {
    std::ostringstream r;
    r << "  " << std::left << std::setw(12) << name << std::right << std::setw(10) << c.segments
      << std::setw(10) << c.words << std::setw(12) << c.characters;
    out.line(r.str());
  };
  for (std::size_t b = 0; b < pipeline::kBandCount; ++b) {
    row(pipeline::band_name(static_cast<Band>(b)), f.bands[b]);
  }
  row("total", f.total);
}

void write_csv(Output& out, const FileAnalysis& f, std::string_view file) {
  const auto row = [&](std::string_view name, const Counts& c) {
    std::string quoted = "\"";
    for (char ch : file)
      quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    out.line(quoted + "\"," + std::string(name) + "," + std::to_string(c.segments) + "," +
             std::to_string(c.words) + "," + std::to_string(c.characters));
  };
  for (std::size_t b = 0; b < pipeline::kBandCount; ++b) {
    row(pipeline::band_name(static_cast<Band>(b)), f.bands[b]);
  }
  row("total", f.total);
}

std::string json_counts(const Counts& c) {
  return "{\"segments\":" + std::to_string(c.segments) + ",\"words\":" + std::to_string(c.words) +
         ",\"characters\":" + std::to_string(c.characters) + "}";
}

std::string json_file(const FileAnalysis& f) {
  std::string s = "{\"bands\":{";
  for (std::size_t b = 0; b < pipeline::kBandCount; ++b) {
    s += (b == 0 ? "" : ",") + json_string(pipeline::band_name(static_cast<Band>(b))) + ":" +
         json_counts(f.bands[b]);
  }
  return s + "},\"total\":" + json_counts(f.total);
}

}  // namespace

int run_analyze(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string from = "en", format = "text";
  bool no_context = false;
  std::vector<std::string> files;
  pipeline::AnalyzeOptions o;
  DbOptions db;
  options.add_options()("from", po::value(&from)->default_value("en"),
                        "language of the documents: en or ar")(
      "format", po::value(&format)->default_value("text"), "text, csv or json")(
      "no-context", po::bool_switch(&no_context), "no 101% band (context matches count as 100%)")(
      "srx", po::value(&o.srx)->composing(), "SRX rules instead of mizan's (repeatable)")(
      "file", po::value(&files)->required(), "documents: .txt, .html, .po, .xlf");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (parse_command_line(
          args, "mizan analyze [--db FILE] [--from en|ar] [--format text|csv|json] FILE...",
          "  mizan analyze --db my.db --format csv release.txt notes.html", options, positional,
          vm)) {
    return 0;
  }
  if (format != "text" && format != "csv" && format != "json") {
    throw Error(ExitCode::kUsage, "--format must be text, csv or json, not \"" + format + "\"");
  }
  o.from = parse_language(from, "--from");
  o.context = !no_context;
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  const pipeline::Analysis a = pipeline::analyze_files(files, *store, o);
  Output out;
  if (format == "text") {
    for (const FileAnalysis& f : a.files)
      write_text(out, f, f.file);
    write_text(out, a.total, "total");
  } else if (format == "csv") {
    out.line("file,band,segments,words,characters");
    for (const FileAnalysis& f : a.files)
      write_csv(out, f, f.file);
    write_csv(out, a.total, "total");
  } else {
    std::string s = "{\"files\":[";
    for (std::size_t i = 0; i < a.files.size(); ++i) {
      s += (i == 0 ? "{\"file\":" : ",{\"file\":") + json_string(a.files[i].file) + "," +
           json_file(a.files[i]).substr(1) + "}";
    }
    out.line(s + "],\"total\":" + json_file(a.total) + "}}");
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli
