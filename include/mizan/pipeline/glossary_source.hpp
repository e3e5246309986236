#pragma once
// Which glossary anchors the aligner: the one the user names, else the one kept in the mizan
// database, else the press-release glossary built into mizan; or none. The decision and what it
// read come back as values; the caller says them to its user.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "mizan/align/aligner.hpp"
#include "mizan/core/diagnostics.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/term/glossary.hpp"

namespace mizan::pipeline {

/// --glossary FILE and --no-glossary of the commands that align.
struct AnchorGlossaryOptions {
  std::string file;   // a glossary file (mizan TSV, TBX, OmegaT): its terms and no others
  bool none = false;  // no glossary anchors at all
};

/// Where the anchors came from.
enum class AnchorSource {
  kNone,      // --no-glossary, or a database that could not be read
  kFile,      // AnchorGlossaryOptions::file
  kDatabase,  // the glossary kept in the mizan database
  kBuiltIn,   // glossary/press-release.tsv, built into mizan
};

struct AnchorGlossary {
  std::vector<align::TermPair> terms;  // for AlignerOptions::glossary
  AnchorSource source = AnchorSource::kNone;
  std::size_t entries = 0;  // entries of the glossary the terms come from
  Diagnostics problems;     // entries of the file (or built-in glossary) skipped, and why
  /// Why the database's glossary could not be read (source kNone): the user's database is not a
  /// mizan file, or one of a newer mizan. Empty otherwise.
  std::string unreadable;
};

/// The mizan database whose glossary is the default: its path (used when the file exists) and
/// how to read its glossary (called at most once; it may throw mizan::Error).
struct GlossaryDatabase {
  std::string path;
  std::function<term::Glossary()> load;
};

/// Decides the anchors. With `options.file`, the terms of that file (bad entries in `problems`,
/// skipped; reading it reported through `progress`). Otherwise the glossary of `database` when
/// that file exists and holds one; otherwise the built-in glossary (as `scripts/run` imports it:
/// a translator aligning two files in a fresh folder gets the same anchors as the pipeline). A
/// database whose glossary cannot be read costs its anchors (`unreadable`), not the alignment.
/// Usage error (kUsage) when both `file` and `none` are given.
AnchorGlossary anchor_glossary(const AnchorGlossaryOptions& options,
                               const GlossaryDatabase& database, const ProgressFn& progress = {});

/// The aligner's anchors for a glossary (term::anchor_pairs: one anchor per concept).
std::vector<align::TermPair> anchor_terms(const term::Glossary& glossary);

/// The glossary of a file in any glossary format (formats::read_glossary_file): entries with a
/// problem are reported in `problems` and skipped, so a glossary can be tried on a text before it
/// is imported.
term::Glossary read_glossary(const std::string& path, Diagnostics& problems,
                             const ProgressFn& progress = {});

}  // namespace mizan::pipeline
