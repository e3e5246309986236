#pragma once
// Glossaries on the command line: reading a glossary file in any format (term import, align and
// ingest --glossary read files one way: formats::read_glossary_file), and the glossary whose terms
// anchor the aligner (--glossary FILE, else the one stored in the database, --no-glossary: none).

#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/core/diagnostics.hpp"
#include "mizan/formats/glossary_file.hpp"
#include "mizan/term/glossary.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

/// Prints diagnostics on stderr, at most `limit`, as "mizan COMMAND: file:line: what".
void print_diagnostics(const Diagnostics& diagnostics, std::string_view command,
                       std::size_t limit = 20);

/// Reads a glossary file in any format (formats::read_glossary_file) with a progress bar.
std::vector<LocatedTermEntry> read_glossary_entries(const std::string& path,
                                                    formats::GlossaryFormat format,
                                                    Diagnostics& diagnostics);

/// The aligner's anchors for a glossary (term::anchor_pairs: one anchor per concept).
std::vector<align::TermPair> anchor_terms(const term::Glossary& glossary);

/// --glossary FILE and --no-glossary of the commands that align.
struct AnchorGlossaryOptions {
  std::string file;
  bool none = false;
};

void add_anchor_glossary_options(po::options_description& options, AnchorGlossaryOptions& o);

/// The term pairs that anchor the aligner: those of --glossary FILE (bad lines reported and
/// skipped), else those of the glossary stored in the database of `db` when that file exists and
/// holds one (said on stderr, since the user may not know it is there), else none; none with
/// --no-glossary. A database that cannot be read (not a mizan file, a newer schema) is a
/// warning on stderr and no anchors.
std::vector<align::TermPair> anchor_glossary(const AnchorGlossaryOptions& options,
                                             const DbOptions& db, std::string_view command);

}  // namespace mizan::cli
