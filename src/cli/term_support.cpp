#include "term_support.hpp"

#include <filesystem>
#include <iostream>

#include "glossary_options.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_file.hpp"
#include "mizan/pipeline/glossary_source.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/script.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::cli {

term::Glossary load_glossary(const DbOptions& db, const std::string& file) {
  term::Glossary g;
  if (!file.empty()) {
    Diagnostics problems;
    ProgressBar progress("reading " + file);
    g = pipeline::read_glossary(file, problems, progress.callback());
    progress.finish();
    print_diagnostics(problems, "term");
    if (g.empty()) throw Error(ExitCode::kDataError, "no glossary entries in the file", {file});
    return g;
  }
  g = open_term_store(db, StoreUse::kRead)->load();
  if (g.empty()) {
    throw Error(ExitCode::kNoInput, "no glossary in this database (add one with mizan term import)",
                {.file = resolve_db_path(db)});
  }
  return g;
}

term::Glossary load_glossary_or_builtin(const DbOptions& db, const std::string& file) {
  if (!file.empty()) return load_glossary(db, file);
  term::Glossary g;
  const std::string path = resolve_db_path(db);
  if (std::filesystem::exists(path)) g = open_term_store(db, StoreUse::kRead)->load();
  if (!g.empty()) return g;
  // As align and ingest do (pipeline::anchor_glossary): the genre's terms that mizan ships.
  Diagnostics problems;
  term::import_entries(g, formats::builtin_glossary(problems), problems, /*strict=*/false);
  print_diagnostics(problems, "term");
  std::cerr << "mizan term: glossary: the built-in press-release glossary (" << g.size()
            << " entries; mizan term import stores one of your own in " << path << ")\n";
  return g;
}

void add_glossary_file_option(po::options_description& options, std::string& file) {
  options.add_options()("glossary", po::value(&file),
                        "use the glossary of this file (mizan TSV, TBX, OmegaT) instead of the "
                        "one in the database");
}

Language language_of(const std::string& lang, std::string_view text) {
  if (lang != "auto") return parse_language(lang, "--lang");
  return text::language_by_script(text);
}

void require_format(const std::string& format, std::initializer_list<std::string_view> allowed) {
  for (std::string_view a : allowed) {
    if (format == a) return;
  }
  std::string list;
  for (std::string_view a : allowed)
    list += (list.empty() ? "" : ", ") + std::string(a);
  throw Error(ExitCode::kUsage, "--format must be one of " + list + ", not \"" + format + "\"");
}

std::string input_text(const std::vector<std::string>& words) {
  if (words.empty() || (words.size() == 1 && words[0] == "-"))
    return text::clean(text::read_text_file("-"));
  std::string joined;
  for (const std::string& w : words)
    joined += (joined.empty() ? "" : " ") + w;
  if (text::find_invalid_utf8(joined) != std::string::npos)
    throw Error(ExitCode::kDataError, "the text is not valid UTF-8");
  return text::clean(joined);
}

void add_unit_source_options(po::options_description& options, pipeline::UnitSourceOptions& u) {
  options.add_options()("tmx", po::value(&u.tmx), "the units of a TMX file instead of the memory")(
      "tsv", po::value(&u.tsv),
      "the units of a TSV bitext instead of the memory (English<TAB>Arabic lines, header "
      "en<TAB>ar optional)")("en", po::value(&u.en),
                             "an English document to align with --ar instead of the memory "
                             "(segmented and aligned as mizan align does)")(
      "ar", po::value(&u.ar), "its Arabic translation")(
      "presegmented", po::bool_switch(&u.presegmented),
      "--en and --ar hold one sentence per line (a blank line ends a paragraph)")(
      "beads", po::value(&u.beads),
      "the alignment of --en and --ar ([0]:[0], [1,2]:[1], []:[2] per line, as mizan align "
      "writes) instead of aligning them")(
      "min-score", po::value(&u.filter.min_confidence)->default_value(0.5),
      "aligned --en/--ar beads with a lower confidence (0-1) are left out, as mizan ingest "
      "sets them aside");
}

std::size_t for_each_unit(const pipeline::UnitSourceOptions& source, const DbOptions& db,
                          const term::Glossary* glossary, const pipeline::UnitVisitor& visit) {
  std::unique_ptr<tm::Store> memory;
  if (pipeline::unit_source_kind(source) == pipeline::UnitSourceKind::kMemory)
    memory = open_store(db, StoreUse::kRead);
  const pipeline::UnitSourceSummary summary =
      pipeline::for_each_unit(source, memory.get(), glossary, visit);
  for (const std::string& warning : summary.warnings)
    std::cerr << "mizan term: warning: " << warning << "\n";
  print_diagnostics(summary.skipped, "term");
  return summary.units;
}

}  // namespace mizan::cli
