#include "mizan/pipeline/glossary_source.hpp"

#include <filesystem>

#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_file.hpp"

namespace mizan::pipeline {

std::vector<align::TermPair> anchor_terms(const term::Glossary& glossary) {
  std::vector<align::TermPair> pairs;
  for (term::AnchorPair& p : term::anchor_pairs(glossary))
    pairs.push_back({std::move(p.en), std::move(p.ar), p.concept_id, p.proper_noun});
  return pairs;
}

term::Glossary read_glossary(const std::string& path, Diagnostics& problems,
                             const ProgressFn& progress) {
  term::Glossary glossary;
  term::import_entries(
      glossary,
      formats::read_glossary_file(path, formats::GlossaryFormat::kAuto, problems, progress),
      problems, /*strict=*/false);
  return glossary;
}

AnchorGlossary anchor_glossary(const AnchorGlossaryOptions& options,
                               const GlossaryDatabase& database, const ProgressFn& progress) {
  if (options.none && !options.file.empty())
    throw Error(ExitCode::kUsage, "--glossary and --no-glossary exclude each other");
  AnchorGlossary anchors;
  if (options.none) return anchors;
  term::Glossary glossary;
  if (!options.file.empty()) {
    glossary = read_glossary(options.file, anchors.problems, progress);
    anchors.source = AnchorSource::kFile;
  } else if (std::filesystem::exists(database.path)) {
    try {
      glossary = database.load();
    } catch (const Error& e) {
      // The glossary only helps: a database it cannot be read from (another program's file, a
      // newer mizan's, an older one this process may not upgrade) costs its anchors, not the
      // alignment.
      anchors.unreadable = e.what();
      return anchors;
    }
    if (!glossary.empty()) anchors.source = AnchorSource::kDatabase;
  }
  if (anchors.source == AnchorSource::kNone) {
    // No glossary of the user's: the genre's terms that mizan ships.
    term::import_entries(glossary, formats::builtin_glossary(anchors.problems), anchors.problems,
                         /*strict=*/false);
    anchors.source = AnchorSource::kBuiltIn;
  }
  anchors.entries = glossary.size();
  anchors.terms = anchor_terms(glossary);
  return anchors;
}

}  // namespace mizan::pipeline
