#pragma once
// Glossaries on the command line: reading a glossary file in any format with a progress bar
// (term import), its problems on stderr, and the glossary whose terms anchor the aligner
// (pipeline::anchor_glossary decides; this says what it decided).

#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/core/diagnostics.hpp"
#include "mizan/formats/glossary_file.hpp"
#include "mizan/pipeline/glossary_source.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

/// Prints diagnostics on stderr, at most `limit`, as "mizan COMMAND: file:line: what".
void print_diagnostics(const Diagnostics& diagnostics, std::string_view command,
                       std::size_t limit = 20);

/// Reads a glossary file in any format (formats::read_glossary_file) with a progress bar.
std::vector<LocatedTermEntry> read_glossary_entries(const std::string& path,
                                                    formats::GlossaryFormat format,
                                                    Diagnostics& diagnostics);

/// --glossary FILE and --no-glossary of the commands that align.
void add_anchor_glossary_options(po::options_description& options,
                                 pipeline::AnchorGlossaryOptions& o);

/// The term pairs that anchor the aligner (pipeline::anchor_glossary, the database of `db` as
/// the default), saying on stderr where they come from (the user may not know that a database
/// glossary is there), the file's bad lines, and a database that could not be read.
std::vector<align::TermPair> anchor_glossary(const pipeline::AnchorGlossaryOptions& options,
                                             const DbOptions& db, std::string_view command);

}  // namespace mizan::cli
