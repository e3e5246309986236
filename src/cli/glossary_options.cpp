#include "glossary_options.hpp"

#include <filesystem>
#include <iostream>

#include "mizan/core/error.hpp"
#include "mizan/tm/term_store.hpp"

namespace mizan::cli {

void print_diagnostics(const Diagnostics& diagnostics, std::string_view command,
                       std::size_t limit) {
  std::size_t shown = 0;
  for (const Diagnostic& item : diagnostics.items()) {
    if (shown++ == limit) {
      std::cerr << "mizan " << command << ": ... and " << diagnostics.size() - limit << " more\n";
      break;
    }
    std::cerr << "mizan " << command << ": " << describe(item) << "\n";
  }
}

std::vector<LocatedTermEntry> read_glossary_entries(const std::string& path,
                                                    formats::GlossaryFormat format,
                                                    Diagnostics& diagnostics) {
  ProgressBar progress("reading " + path);
  std::vector<LocatedTermEntry> entries = formats::read_glossary_file(
      path, format, diagnostics,
      [&](std::size_t done, std::size_t all, std::string_view) { progress.update(done, all); });
  progress.finish();
  return entries;
}

std::vector<align::TermPair> anchor_terms(const term::Glossary& glossary) {
  std::vector<align::TermPair> pairs;
  for (term::AnchorPair& p : term::anchor_pairs(glossary))
    pairs.push_back({std::move(p.en), std::move(p.ar), p.concept_id, p.proper_noun});
  return pairs;
}

void add_anchor_glossary_options(po::options_description& options, AnchorGlossaryOptions& o) {
  options.add_options()(
      "glossary", po::value(&o.file),
      "term pairs used as anchors, from a glossary file: mizan TSV (a two-column file with the "
      "header line \"en<TAB>ar\" is one), TBX, or OmegaT (source<TAB>target lines); default: "
      "the glossary stored in the database (--db) when it has one, else the press-release "
      "glossary built into mizan (glossary/press-release.tsv)")(
      "no-glossary", po::bool_switch(&o.none),
      "no glossary anchors, neither the database's nor the built-in one");
}

std::vector<align::TermPair> anchor_glossary(const AnchorGlossaryOptions& options,
                                             const DbOptions& db, std::string_view command) {
  if (options.none && !options.file.empty())
    throw Error(ExitCode::kUsage, "--glossary and --no-glossary exclude each other");
  if (options.none) return {};
  term::Glossary glossary;
  if (!options.file.empty()) {
    Diagnostics problems;
    std::vector<LocatedTermEntry> entries =
        read_glossary_entries(options.file, formats::GlossaryFormat::kAuto, problems);
    term::import_entries(glossary, std::move(entries), problems, /*strict=*/false);
    print_diagnostics(problems, command);
    return anchor_terms(glossary);
  }
  const std::string path = resolve_db_path(db);
  if (std::filesystem::exists(path)) {
    try {
      glossary = open_term_store(db, StoreUse::kRead)->load();
    } catch (const Error& e) {
      // The glossary only helps: a database it cannot be read from (another program's file, a
      // newer mizan's, an older one this process may not upgrade) costs its anchors, not the
      // alignment. (ingest has opened the memory for writing before, and stopped there.)
      std::cerr << "mizan " << command << ": warning: no glossary anchors: " << e.what() << "\n";
      return {};
    }
    if (!glossary.empty()) {
      std::cerr << "mizan " << command << ": glossary anchors from " << path << " ("
                << glossary.size() << " entries; --no-glossary leaves them out)\n";
      return anchor_terms(glossary);
    }
  }
  // No glossary of the user's: the genre's terms that mizan ships, as `scripts/run` imports them
  // (a translator aligning two files in a fresh folder gets the same anchors as the pipeline).
  Diagnostics problems;
  term::import_entries(glossary, formats::builtin_glossary(problems), problems,
                       /*strict=*/false);
  print_diagnostics(problems, command);
  std::cerr << "mizan " << command
            << ": glossary anchors from the built-in press-release glossary (" << glossary.size()
            << " entries; --no-glossary leaves them out)\n";
  return anchor_terms(glossary);
}

}  // namespace mizan::cli
