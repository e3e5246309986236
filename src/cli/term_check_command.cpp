// mizan term check and extract: what the glossary says about translations, and term pairs mined
// from them.

#include <cstdio>
#include <filesystem>
#include <optional>

#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/term/check.hpp"
#include "mizan/term/extract.hpp"
#include "mizan/term/recognizer.hpp"
#include "term_commands.hpp"
#include "term_support.hpp"

namespace mizan::cli {

namespace fs = std::filesystem;

namespace {

std::string example_json(const term::IssueExample& ex) {
  return "{\"unit\":" + std::to_string(ex.unit_id) + ",\"document\":" + json_string(ex.document) +
         ",\"position\":" + std::to_string(ex.position) + ",\"en\":" + json_string(ex.en) +
         ",\"ar\":" + json_string(ex.ar) + ",\"found\":" + json_string(ex.found) + "}";
}

// "document:line" of an example. Units of a --tsv or --tmx file carry the line they were read
// from (pipeline::for_each_unit); units of the memory or of an aligned pair carry the 0-based
// index of their first English sentence (TuOrigin), which is line index + 1 of a one-sentence-per-
// line document and of an imported file (mizan import stores line - 1).
std::string example_place(const term::IssueExample& ex, pipeline::UnitSourceKind source) {
  if (ex.document.empty()) return "unit " + std::to_string(ex.unit_id);
  if (ex.position < 0) return ex.document;
  const bool read_from_file =
      source == pipeline::UnitSourceKind::kTsv || source == pipeline::UnitSourceKind::kTmx;
  return ex.document + ":" + std::to_string(read_from_file ? ex.position : ex.position + 1);
}

}  // namespace

int term_check(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string glossary_file;
  std::string format;
  pipeline::UnitSourceOptions units;
  std::size_t examples = 3;
  options.add_options()("format", po::value(&format)->default_value("text"), "text or json")(
      "examples", count_value(examples, "--examples", 0, 1000), "examples per problem")(
      "strict", "exit with status 1 when a problem is found (to gate a delivery)");
  add_db_options(options, db);
  add_glossary_file_option(options, glossary_file);
  add_unit_source_options(options, units);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan term check [--db FILE] [--tmx F | --tsv F | --en F --ar F [--beads B]] "
          "[--format text|json] [--strict]",
          "  mizan term check --db team.db                 # the whole memory\n"
          "  mizan term check --db team.db --strict --tmx delivery.tmx\n"
          "  mizan term check --db team.db --en release/en.txt --ar release/ar.txt",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "json"});
  const pipeline::UnitSourceKind source = pipeline::unit_source_kind(units);  // usage errors first
  const term::Glossary g = load_glossary(db, glossary_file);
  const term::Recognizer rec(g);
  term::Checker checker(rec, {.max_examples = examples});
  ProgressBar progress("checking");
  std::size_t seen = 0;
  const std::size_t n = for_each_unit(units, db, &g, [&](const TranslationUnit& u) {
    checker.add(u);
    progress.update(++seen, 0);
  });
  progress.finish();
  const term::CheckReport report = checker.report();
  Output out;
  if (format == "json") {
    out.write("{\"units\":" + std::to_string(report.units) + ",\"issues\":[");
    for (std::size_t i = 0; i < report.issues.size(); ++i) {
      const term::TermIssue& is = report.issues[i];
      std::string sp = "[", ex = "[";
      for (std::size_t k = 0; k < is.spellings.size(); ++k)
        sp += std::string(k ? "," : "") + "{\"text\":" + json_string(is.spellings[k].first) +
              ",\"count\":" + std::to_string(is.spellings[k].second) + "}";
      for (std::size_t k = 0; k < is.examples.size(); ++k)
        ex += std::string(k ? "," : "") + example_json(is.examples[k]);
      out.write(std::string(i ? ",\n" : "\n") + "{\"kind\":" +
                json_string(issue_kind_name(is.kind)) + ",\"en\":" + json_string(is.en) +
                ",\"ar\":" + json_string(is.ar) + ",\"units\":" + std::to_string(is.units) +
                ",\"of_units\":" + std::to_string(is.of_units) + ",\"spellings\":" + sp +
                "],\"examples\":" + ex + "]}");
    }
    out.write(report.issues.empty() ? "]}\n" : "\n]}\n");
  } else {
    for (const term::TermIssue& is : report.issues) {
      switch (is.kind) {
        case term::IssueKind::kMissing:
          out.line("missing: " + is.en + " → " + is.ar + ": not in the translation of " +
                   std::to_string(is.units) + " of " + std::to_string(is.of_units) + " units");
          break;
        case term::IssueKind::kDeprecated:
          out.line("deprecated: " + is.ar + " (for " + is.en + ") used in " +
                   std::to_string(is.units) + " unit" + (is.units == 1 ? "" : "s"));
          break;
        case term::IssueKind::kInconsistent: {
          std::string spellings;
          for (const auto& [s, c] : is.spellings)
            spellings += (spellings.empty() ? "" : ", ") + s + " ×" + std::to_string(c);
          out.line("inconsistent: " + is.ar + " (" + is.en + ") spelled " +
                   std::to_string(is.spellings.size()) + " ways: " + spellings);
          break;
        }
      }
      for (const term::IssueExample& ex : is.examples) {
        out.line("    " + example_place(ex, source) +
                 (ex.found.empty() ? "" : "  [" + ex.found + "]"));
        out.line("      en: " + ex.en);
        out.line("      ar: " + ex.ar);
      }
    }
    out.line(std::to_string(report.issues.size()) + " problem" +
             (report.issues.size() == 1 ? "" : "s") + " in " + std::to_string(n) + " units");
  }
  out.flush();
  return vm.count("strict") && !report.issues.empty() ? static_cast<int>(ExitCode::kFailure) : 0;
}

int term_extract(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string format;
  pipeline::UnitSourceOptions units;
  term::ExtractOptions x;
  options.add_options()("format", po::value(&format)->default_value("text"),
                        "text, tsv (mizan glossary TSV, ready to review and import) or json")(
      "top", po::value(&x.top)->default_value(x.top), "how many candidates")(
      "min-count", po::value(&x.min_pair_count)->default_value(x.min_pair_count),
      "units a pair must share")("max-words", po::value(&x.max_words)->default_value(x.max_words),
                                 "longest n-gram")("include-known",
                                                   "also list pairs the glossary already has");
  add_db_options(options, db);
  add_unit_source_options(options, units);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan term extract [--db FILE] [--tmx F | --tsv F | --en F --ar F [--beads B]] "
          "[--top N] [--format text|tsv|json]",
          "  mizan term extract --db team.db --top 50 --format tsv > candidates.tsv\n"
          "  mizan term import --db team.db candidates.tsv   # after review",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "tsv", "json"});
  x.include_known = vm.count("include-known") > 0;
  // The stored glossary, when there is one, marks the pairs it already has.
  std::optional<term::Glossary> g;
  if (const std::string path = resolve_db_path(db); fs::exists(path)) {
    g = open_term_store(db, StoreUse::kRead)->load();
    if (g->empty()) g.reset();
  }
  term::Extractor extractor(x);
  ProgressBar progress("reading");
  std::size_t seen = 0;
  for_each_unit(units, db, g ? &*g : nullptr, [&](const TranslationUnit& u) {
    extractor.add(u);
    progress.update(++seen, 0);
  });
  progress.finish();
  const std::vector<term::Candidate> candidates = extractor.candidates(g ? &*g : nullptr);
  Output out;
  if (format == "tsv") {
    std::vector<TermEntry> entries;
    for (const term::Candidate& c : candidates) {
      TermEntry e;
      e.en = c.en;
      e.ar = c.ar;
      e.note = "extracted: " + std::to_string(c.pair_count) + " units, LLR " +
               std::to_string(static_cast<long>(c.log_likelihood)) + "; review before use";
      entries.push_back(std::move(e));
    }
    out.write(formats::write_glossary_tsv(entries));
  } else if (format == "json") {
    out.write("[");
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const term::Candidate& c = candidates[i];
      std::string ex = "[";
      for (std::size_t k = 0; k < c.examples.size(); ++k)
        ex += std::string(k ? "," : "") + std::to_string(c.examples[k]);
      out.write(std::string(i ? ",\n" : "\n") + "{\"en\":" + json_string(c.en) +
                ",\"ar\":" + json_string(c.ar) + ",\"units\":" + std::to_string(c.pair_count) +
                ",\"en_units\":" + std::to_string(c.en_count) + ",\"ar_units\":" +
                std::to_string(c.ar_count) + ",\"llr\":" + std::to_string(c.log_likelihood) +
                ",\"dice\":" + std::to_string(c.dice) +
                ",\"known\":" + (c.known ? "true" : "false") + ",\"examples\":" + ex + "]}");
    }
    out.write(candidates.empty() ? "]\n" : "\n]\n");
  } else {
    char buf[64];
    for (const term::Candidate& c : candidates) {
      std::snprintf(buf, sizeof buf, "%8.1f  %.2f  %zu/%zu/%zu  ", c.log_likelihood, c.dice,
                    c.pair_count, c.en_count, c.ar_count);
      out.line(buf + c.en + "  →  " + c.ar + (c.known ? "  [in glossary]" : ""));
    }
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli
