#include "glossary_options.hpp"

#include <iostream>

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
  std::vector<LocatedTermEntry> entries =
      formats::read_glossary_file(path, format, diagnostics, progress.callback());
  progress.finish();
  return entries;
}

void add_anchor_glossary_options(po::options_description& options,
                                 pipeline::AnchorGlossaryOptions& o) {
  options.add_options()(
      "glossary", po::value(&o.file),
      "term pairs used as anchors, from a glossary file: mizan TSV (a two-column file with the "
      "header line \"en<TAB>ar\" is one), TBX, or OmegaT (source<TAB>target lines); default: "
      "the glossary stored in the database (--db) when it has one, else the press-release "
      "glossary built into mizan (glossary/press-release.tsv)")(
      "no-glossary", po::bool_switch(&o.none),
      "no glossary anchors, neither the database's nor the built-in one");
}

std::vector<align::TermPair> anchor_glossary(const pipeline::AnchorGlossaryOptions& options,
                                             const DbOptions& db, std::string_view command) {
  const pipeline::GlossaryDatabase database{
      resolve_db_path(db), [&] { return open_term_store(db, StoreUse::kRead)->load(); }};
  ProgressBar progress("reading " + options.file);
  pipeline::AnchorGlossary anchors =
      pipeline::anchor_glossary(options, database, progress.callback());
  progress.finish();
  print_diagnostics(anchors.problems, command);
  if (!anchors.unreadable.empty()) {
    std::cerr << "mizan " << command << ": warning: no glossary anchors: " << anchors.unreadable
              << "\n";
  } else if (anchors.source == pipeline::AnchorSource::kDatabase) {
    std::cerr << "mizan " << command << ": glossary anchors from " << database.path << " ("
              << anchors.entries << " entries; --no-glossary leaves them out)\n";
  } else if (anchors.source == pipeline::AnchorSource::kBuiltIn) {
    std::cerr << "mizan " << command
              << ": glossary anchors from the built-in press-release glossary (" << anchors.entries
              << " entries; --no-glossary leaves them out)\n";
  }
  return std::move(anchors.terms);
}

}  // namespace mizan::cli
