#pragma once
// What the `mizan term` subcommands share: the glossary they read, how they take a text, and the
// units that check, suggest and extract read (the memory, a TMX or TSV file, or one document pair
// aligned as `mizan align` does).

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common.hpp"
#include "mizan/core/language.hpp"
#include "mizan/core/translation_unit.hpp"
#include "mizan/term/glossary.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

/// The stored glossary, for the commands that need one: a missing database or an empty
/// glossary is exit 66. With `file` (--glossary FILE of find, suggest, check), the glossary of
/// that file instead, its bad lines reported and skipped: a glossary can be tried on a text
/// before it is imported.
term::Glossary load_glossary(const DbOptions& db, const std::string& file = {});

/// --glossary FILE, for load_glossary.
void add_glossary_file_option(po::options_description& options, std::string& file);

/// The language of --lang, or by script when it is "auto".
Language language_of(const std::string& lang, std::string_view text);

/// Usage error unless `format` is one of `allowed`.
void require_format(const std::string& format, std::initializer_list<std::string_view> allowed);

/// Text given on the command line, or "-" for stdin (cleaned either way).
std::string input_text(const std::vector<std::string>& words);

/// Where the units come from: --tmx, --tsv, --en/--ar [--beads], or (none given) the memory.
struct UnitSourceOptions {
  std::string tmx, tsv, en, ar, beads;
  bool presegmented = false;
  double min_score = 0.5;
};
void add_unit_source_options(po::options_description& options, UnitSourceOptions& u);

enum class UnitSource { kMemory, kTmx, kTsv, kPair };

/// Which source the options name; usage errors for impossible combinations.
UnitSource unit_source(const UnitSourceOptions& u);

using UnitVisitor = std::function<void(const TranslationUnit&)>;

/// Calls `visit` for every unit of the source (a pair is aligned with `glossary` as anchors when
/// there is one); returns how many there were.
std::size_t for_each_unit(const UnitSourceOptions& src, const DbOptions& db,
                          const term::Glossary* glossary, const UnitVisitor& visit);

}  // namespace mizan::cli
