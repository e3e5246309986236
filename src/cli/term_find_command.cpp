// mizan term find and suggest: glossary terms in a text, and the renderings to use for them.

#include <unordered_set>

#include "mizan/core/error.hpp"
#include "mizan/pipeline/term_usage.hpp"
#include "mizan/term/check.hpp"
#include "mizan/term/json.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/tm/store.hpp"
#include "term_commands.hpp"
#include "term_support.hpp"

namespace mizan::cli {

int term_find(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string glossary_file;
  std::string lang, format;
  std::vector<std::string> words;
  options.add_options()("lang", po::value(&lang)->default_value("auto"),
                        "en, ar, or auto (by script)")(
      "format", po::value(&format)->default_value("text"), "text or json")(
      "text", po::value(&words)->composing(), "the text, or - for stdin");
  add_db_options(options, db);
  add_glossary_file_option(options, glossary_file);
  po::positional_options_description positional;
  positional.add("text", -1);
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan term find [--db FILE] [--lang en|ar] [--format text|json] TEXT|-",
                         "  mizan term find --db team.db --lang ar 'وللقيادة المركزية الأمريكية'\n"
                         "  mizan term find --db team.db --lang en --format json - < en.txt",
                         options, positional, vm))
    return 0;
  require_format(format, {"text", "json"});
  const std::string input = input_text(words);
  const Language l = language_of(lang, input);
  const term::Glossary g = load_glossary(db, glossary_file);
  const term::Recognizer rec(g);
  term::Recognizer::Scratch scratch;
  const std::vector<term::TermMatch> matches = rec.find_in_either_script(input, l, scratch);
  Output out;
  if (format == "json") {
    out.line(term::matches_json(rec, input, matches));
    out.flush();
    return 0;
  }
  for (const term::TermMatch& m : matches) {
    const std::string found = input.substr(m.begin, m.end - m.begin);
    const TermEntry& e = g.entries()[m.hits.front().entry];
    out.line(std::to_string(m.begin) + "\t" + std::to_string(m.end) + "\t" + found + "\t" +
             (l == Language::kEnglish ? e.en : e.en + " → " + e.ar) +
             (e.status == TermStatus::kPreferred
                  ? ""
                  : " [" + std::string(term_status_name(e.status)) + "]"));
  }
  out.flush();
  return 0;
}

int term_suggest(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string glossary_file;
  std::string lang, format;
  std::vector<std::string> words;
  pipeline::UnitSourceOptions units;
  std::size_t max_units = pipeline::kUsageUnitsPerForm;
  options.add_options()("lang", po::value(&lang)->default_value("auto"),
                        "language of the segment: en, ar, auto")(
      "format", po::value(&format)->default_value("text"), "text or json")(
      "max-units", count_value(max_units, "--max-units", 0, 100000000),
      "memory units read per term form, newest first (0: all)");
  add_db_options(options, db);
  add_glossary_file_option(options, glossary_file);
  add_unit_source_options(options, units);
  options.add_options()("text", po::value(&words)->composing(), "the segment, or - for stdin");
  po::positional_options_description positional;
  positional.add("text", -1);
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan term suggest [--db FILE] [--tmx F | --tsv F | --en F --ar F [--beads B]] TEXT|-",
          "  mizan term suggest --db team.db 'CENTCOM forces struck ISIS near Dayr az-Zawr'\n"
          "  mizan term suggest --db team.db --tmx client.tmx 'Gen. Kurilla visited Raqqa'",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "json"});
  const pipeline::UnitSourceKind source = pipeline::unit_source_kind(units);
  const std::string segment = input_text(words);
  const Language l = language_of(lang, segment);
  // The memory first: a missing database is exit 66 before any glossary is chosen.
  std::unique_ptr<tm::Store> memory;
  if (source == pipeline::UnitSourceKind::kMemory) memory = open_store(db, StoreUse::kRead);
  const term::Glossary g = load_glossary_or_builtin(db, glossary_file);
  const term::Recognizer rec(g);
  term::UsageIndex usage(rec);
  std::unordered_set<std::size_t> truncated;
  if (memory) {
    truncated = pipeline::usage_from_memory(*memory, rec, segment, l, max_units, usage);
  } else {
    for_each_unit(units, db, &g, [&](const TranslationUnit& u) { usage.add(u); });
  }
  const std::vector<term::Suggestion> suggestions = term::suggest(rec, segment, l, &usage);
  Output out;
  if (format == "json") {
    out.line(term::suggestions_json(suggestions, truncated));
    out.flush();
    return 0;
  }
  for (const term::Suggestion& s : suggestions) {
    const bool cut = truncated.count(s.match.begin) > 0;
    out.line(s.text);
    for (const auto& [text, status] : s.renderings)
      out.line("  " +
               std::string(status == TermStatus::kPreferred  ? "use    "
                           : status == TermStatus::kAdmitted ? "or     "
                                                             : "avoid  ") +
               text);
    if (s.used.empty()) out.line("  (not in the translations)");
    for (const term::RenderingUse& use : s.used)
      out.line("  used   " +
               (use.spelling.empty() ? std::string("(no glossary rendering)") : use.spelling) +
               " ×" + std::to_string(use.units));
    if (cut)
      out.line("  (counted in the newest " + std::to_string(max_units) +
               " units of the memory with each form)");
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli
