// mizan concord: every unit containing a phrase, as keyword-in-context lines with the other
// language beside them.

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/bidi.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "mizan/tm/concordance.hpp"
#include "mizan/tm/json.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

// before | keyword | after, the contexts cut and padded to `width` columns so that keywords line
// up. For Arabic the padding of `before` comes first in memory order, which a right-to-left
// isolate shows on the right: the keyword column lines up there too.
std::string kwic(std::string_view text, std::pair<std::size_t, std::size_t> span, std::size_t width,
                 bool colour) {
  const std::string before =
      one_line(text::truncate_to_width_from_end(text.substr(0, span.first), width));
  const std::string after = one_line(text::truncate_to_width(text.substr(span.second), width));
  const std::string keyword = one_line(text.substr(span.first, span.second - span.first));
  std::string out(width - std::min(width, text::display_width(before)), ' ');
  out += before;
  out += colour ? "\033[1;33m" + keyword + "\033[0m" : "«" + keyword + "»";
  out += after;
  out.append(width - std::min(width, text::display_width(after)), ' ');
  return out;
}

}  // namespace

int run_concord(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string lang = "auto", format = "text", phrase;
  std::size_t max_results = 20, width = 30;
  DbOptions db;
  DisplayOptions display_options;
  options.add_options()("lang", po::value(&lang)->default_value("auto"),
                        "side to search: en, ar, or auto (by the phrase's script)")(
      "max", count_value(max_results, "--max", 0, 1000000), "units shown at most (0: all)")(
      "width", count_value(width, "--width", 1, 1000), "columns of context on each side (1-1000)")(
      "format", po::value(&format)->default_value("text"), "text or json")(
      "phrase", po::value(&phrase), "the word or words to find");
  add_db_options(options, db);
  add_display_options(options, display_options);
  po::positional_options_description positional;
  positional.add("phrase", 1);
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan concord [--lang en|ar|auto] [--max K] [--width N] [--format text|json] "
          "[--bidi MODE] [--color WHEN] [--db FILE] [--busy-timeout MS] PHRASE",
          "  mizan concord 'Central Command'\n"
          "  mizan concord --lang ar قيادة     # also والقيادة, للقيادة, بقيادتها",
          options, positional, vm)) {
    return 0;
  }
  if (vm.count("phrase") == 0) throw Error(ExitCode::kUsage, "no word or phrase to find");
  const bool json = json_format(format);
  require_utf8_argument(phrase, "the phrase");
  if (text::loose_key(phrase).empty()) {
    throw Error(ExitCode::kUsage,
                "the phrase has no word to find (punctuation and spaces are "
                "not searched)");
  }
  tm::ConcordanceOptions concord;
  concord.lang = lang == "auto" ? text::language_by_script(phrase) : parse_language(lang, "--lang");
  concord.max_results = max_results;
  const Display display = resolve_display(display_options);
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  const tm::ConcordanceResult result = store->concordance(phrase, concord);

  Output out;
  const bool searched_en = concord.lang == Language::kEnglish;
  if (json) {
    out.line(tm::concordance_json(phrase, concord.lang, result));
    out.flush();
    return 0;
  }
  if (result.hits.empty()) {
    out.line("no unit contains " + display.text(phrase));
    out.flush();
    return 0;
  }
  for (const tm::ConcordanceHit& h : result.hits) {
    const std::string_view searched = searched_en ? h.unit.en : h.unit.ar;
    const std::string_view other_side = searched_en ? h.unit.ar : h.unit.en;
    for (const auto& span : h.spans) {
      const std::string id = "#" + std::to_string(h.unit.id);
      out.line(id + std::string(id.size() < 8 ? 8 - id.size() : 1, ' ') +
               display.text(kwic(searched, span, width, display.colour)) + "  |  " +
               display.text(one_line(other_side)));
    }
  }
  if (result.truncated) {
    out.line("(more units contain it: --max " + std::to_string(max_results * 5) + " or --max 0)");
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli
