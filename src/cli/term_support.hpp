#pragma once
// What the `mizan term` subcommands share: the glossary they read, how they take a text, and the
// units that check, suggest and extract read (the memory, a TMX or TSV file, or one document pair
// aligned as `mizan align` does).

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"
#include "mizan/core/language.hpp"
#include "mizan/pipeline/unit_source.hpp"
#include "mizan/term/glossary.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

/// The stored glossary, for the commands that need one: a missing database or an empty
/// glossary is exit 66. With `file` (--glossary FILE of find, suggest, check), the glossary of
/// that file instead, its bad lines reported and skipped: a glossary can be tried on a text
/// before it is imported.
term::Glossary load_glossary(const DbOptions& db, const std::string& file = {});

/// As load_glossary, but without a glossary of the user's (no --glossary FILE, and no database
/// or one without a glossary) the press-release glossary built into mizan, said on stderr: what
/// align and ingest anchor on, so that suggest works in a fresh folder too.
term::Glossary load_glossary_or_builtin(const DbOptions& db, const std::string& file);

/// --glossary FILE, for load_glossary.
void add_glossary_file_option(po::options_description& options, std::string& file);

/// The language of --lang, or by script when it is "auto".
Language language_of(const std::string& lang, std::string_view text);

/// Usage error unless `format` is one of `allowed`.
void require_format(const std::string& format, std::initializer_list<std::string_view> allowed);

/// Text given on the command line, or "-" for stdin (cleaned either way).
std::string input_text(const std::vector<std::string>& words);

/// --tmx, --tsv, --en/--ar [--beads] [--presegmented] and --min-score: where the units of
/// check, suggest and extract come from (none given: the memory).
void add_unit_source_options(po::options_description& options, pipeline::UnitSourceOptions& u);

/// Calls `visit` for every unit of the source (pipeline::for_each_unit; the memory of `db` opened
/// for it when it is the source), a pair aligned with `glossary` as anchors when there is one;
/// says on stderr what was skipped or looks wrong. Returns how many units there were.
std::size_t for_each_unit(const pipeline::UnitSourceOptions& source, const DbOptions& db,
                          const term::Glossary* glossary, const pipeline::UnitVisitor& visit);

}  // namespace mizan::cli
