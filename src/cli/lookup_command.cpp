// mizan lookup: the best earlier translations of a segment, with what to change.

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/pipeline/lookup.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/text/script.hpp"
#include "mizan/tm/json.hpp"
#include "mizan/tm/match.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"
#include "unit_text.hpp"

namespace mizan::cli {
namespace {

constexpr std::string_view kRed = "\033[31m";
constexpr std::string_view kGreen = "\033[32m";
constexpr std::string_view kReset = "\033[0m";

bool is_change(tm::WordEdit::Kind k) {
  return k != tm::WordEdit::Kind::kKeep;
}

std::string_view slice(std::string_view s, std::size_t b, std::size_t e) {
  return s.substr(b, e - b);
}

}  // namespace

// The match's source with the query's changes marked, git --word-diff style: [-words only in
// the match-] {+words only in the query+}. Runs of changed words are grouped; text between
// words (punctuation, spaces) is the match's.
std::string render_word_diff(std::string_view query, std::string_view source, const tm::Match& m,
                             bool colour) {
  const auto del = [&](std::string_view w) {
    return colour ? std::string(kRed) + "[-" + std::string(w) + "-]" + std::string(kReset)
                  : "[-" + std::string(w) + "-]";
  };
  const auto ins = [&](std::string_view w) {
    return colour ? std::string(kGreen) + "{+" + std::string(w) + "+}" + std::string(kReset)
                  : "{+" + std::string(w) + "+}";
  };
  std::string out;
  std::size_t pos = 0;  // bytes of `source` written so far
  const auto& e = m.edits;
  for (std::size_t i = 0; i < e.size();) {
    if (!is_change(e[i].kind)) {
      const tm::Word& w = m.match_words[static_cast<std::size_t>(e[i].match)];
      out.append(slice(source, pos, w.end));
      pos = w.end;
      ++i;
      continue;
    }
    std::size_t j = i;
    int first_m = -1, last_m = -1, first_q = -1, last_q = -1;
    for (; j < e.size() && is_change(e[j].kind); ++j) {
      if (e[j].match >= 0) {
        if (first_m < 0) first_m = e[j].match;
        last_m = e[j].match;
      }
      if (e[j].query >= 0) {
        if (first_q < 0) first_q = e[j].query;
        last_q = e[j].query;
      }
    }
    const std::string added =
        first_q < 0 ? std::string()
                    : ins(slice(query, m.query_words[static_cast<std::size_t>(first_q)].begin,
                                m.query_words[static_cast<std::size_t>(last_q)].end));
    if (first_m >= 0) {
      const tm::Word& a = m.match_words[static_cast<std::size_t>(first_m)];
      const tm::Word& b = m.match_words[static_cast<std::size_t>(last_m)];
      out.append(slice(source, pos, a.begin));
      out += del(slice(source, a.begin, b.end));
      out += added;
      pos = b.end;
    } else if (j < e.size()) {
      // Only insertions, before a word of the match: put them in front of it.
      const tm::Word& next = m.match_words[static_cast<std::size_t>(e[j].match)];
      out.append(slice(source, pos, next.begin));
      out += added + " ";
      pos = next.begin;
    } else {
      out += " " + added;  // at the end, before closing punctuation
    }
    i = j;
  }
  out.append(source.substr(pos));
  return out;
}

namespace {

std::string origin_text(const TranslationUnit& u) {
  if (u.origins.empty()) return u.creator.empty() ? "" : "added by " + u.creator;
  std::string s = u.origins.front().document;
  if (u.origins.front().position >= 0) s += " [" + std::to_string(u.origins.front().position) + "]";
  if (u.origins.size() > 1) s += " +" + std::to_string(u.origins.size() - 1) + " more";
  return s;
}

void write_text(Output& out, std::string_view query, Language from,
                const std::vector<tm::Match>& matches, const Display& display, bool header) {
  if (header) out.line("query: " + display.text(query));
  if (matches.empty()) {
    out.line("  no match");
    return;
  }
  const std::string src_code(language_code(from));
  const std::string tgt_code(language_code(other(from)));
  for (const tm::Match& m : matches) {
    const TranslationUnit& u = m.unit;
    const std::string_view source = from == Language::kEnglish ? u.en : u.ar;
    const std::string_view target = from == Language::kEnglish ? u.ar : u.en;
    const std::string score = tm::format_score(m.score);
    out.line(std::string(score.size() < 4 ? 4 - score.size() : 0, ' ') + score + "  " +
             std::string(tm::match_kind_name(m.kind)) + "  #" + std::to_string(u.id) + "  " +
             origin_text(u));
    const bool changed = std::any_of(m.edits.begin(), m.edits.end(),
                                     [](const tm::WordEdit& e) { return is_change(e.kind); });
    out.line("      " + src_code + ": " + display.text(source));
    if (changed) {
      out.line("    diff: " + display.text(render_word_diff(query, source, m, display.colour)));
    }
    out.line("      " + tgt_code + ": " + display.text(target));
    // Who and when, so that a translator can judge a match as a CAT tool's editor shows it.
    std::string about = "created " + format_date(u.created);
    if (!u.creator.empty()) about += " by " + u.creator;
    if (u.changed != u.created) {
      about += ", changed " + format_date(u.changed);
      if (!u.changer.empty()) about += " by " + u.changer;
    }
    if (!u.client.empty()) about += ", client " + u.client;
    out.line("      " + about);
    if (!u.notes.empty()) out.line("    note: " + display.text(u.notes));
  }
}

}  // namespace

int run_lookup(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string from = "auto", format = "text", query, previous, client;
  std::vector<std::string> penalties;
  int min_score = 70;
  std::size_t max_results = 5;
  bool no_context = false;
  DbOptions db;
  DisplayOptions display_options;
  options.add_options()("from", po::value(&from)->default_value("auto"),
                        "language of the query: en, ar, or auto (by script)")(
      "min", po::value(&min_score)->default_value(70), "lowest fuzzy match, in percent")(
      "max", count_value(max_results, "--max", 1, 1000), "matches shown at most (1-1000)")(
      "prev", po::value(&previous),
      "the segment before the query (before the first line with -), for 101% context matches")(
      "no-context", po::bool_switch(&no_context),
      "with -: look each line up alone (by default the line before it is its context)")(
      "format", po::value(&format)->default_value("text"),
      "text, or json (one object per query per line)")("client", po::value(&client),
                                                       "only units of this client (see --penalty)")(
      "penalty", po::value(&penalties)->composing(),
      "other-client=N: with --client, units of other clients are shown with N points off "
      "instead of left out")("query", po::value(&query),
                             "the segment; - reads one query per line from stdin");
  add_db_options(options, db);
  add_display_options(options, display_options);
  po::positional_options_description positional;
  positional.add("query", 1);
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan lookup [--from en|ar|auto] [--min N] [--max K] [--prev TEXT] "
          "[--no-context] [--client C [--penalty other-client=N]] [--format text|json] "
          "[--bidi MODE] [--color WHEN] [--db FILE] [--busy-timeout MS] TEXT|-",
          "  mizan lookup 'From Jan. 5 to Jan. 6, CENTCOM forces conducted strikes.'\n"
          "  mizan lookup --from ar --min 60 'نفذت القيادة المركزية الأميركية ضربات'\n"
          "  mizan segment --lang en release.txt | mizan lookup --format json -",
          options, positional, vm)) {
    return 0;
  }
  if (vm.count("query") == 0) {
    throw Error(ExitCode::kUsage, "no segment to look up (give TEXT, or - to read stdin)");
  }
  int other_client_penalty = 0;
  for (const std::string& p : penalties) {
    constexpr std::string_view kOtherClient = "other-client=";
    int n = -1;
    if (p.rfind(kOtherClient, 0) == 0) {
      try {
        n = std::stoi(p.substr(kOtherClient.size()));
      } catch (const std::exception&) {
        n = -1;
      }
    }
    if (n < 0 || n > 100) {
      throw Error(ExitCode::kUsage,
                  "--penalty must be other-client=N with N in 0..100, not \"" + p + "\"");
    }
    other_client_penalty = n;
  }
  if (other_client_penalty > 0 && client.empty()) {
    throw Error(ExitCode::kUsage, "--penalty other-client needs --client");
  }
  const bool json = json_format(format);
  if (min_score < 0 || min_score > 100) throw Error(ExitCode::kUsage, "--min must be 0..100");
  const bool detect = from == "auto";
  const Language fixed = detect ? Language::kEnglish : parse_language(from, "--from");
  const Display display = resolve_display(display_options);

  std::vector<std::string> queries;
  if (query == "-") {
    const std::string input = text::read_text_file("-");
    text::LineReader lines(input);
    for (std::string_view line; lines.next(line);) {
      if (!line.empty()) queries.emplace_back(line);
    }
  } else {
    require_utf8_argument(query, "the query");
    // An empty query matches nothing, silently: it is a mistake (an unset shell variable).
    if (tm::normalise_segment(query).empty()) throw Error(ExitCode::kUsage, "the query is empty");
    queries.push_back(query);
  }
  require_utf8_argument(previous, "--prev");

  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  pipeline::SequenceLookupOptions lookup;
  lookup.lookup = {.from = fixed,
                   .min_score = min_score,
                   .max_results = max_results,
                   .previous = previous,
                   .client = client,
                   .other_client_penalty = other_client_penalty};
  lookup.detect_language = detect;
  lookup.context = !no_context;
  Output out;
  pipeline::lookup_in_order(*store, queries, lookup, [&](pipeline::SegmentLookup&& found) {
    const std::string normalised = tm::normalise_segment(queries[found.index]);
    if (json) {
      out.line(tm::lookup_json(normalised, found.from, found.matches));
    } else {
      write_text(out, normalised, found.from, found.matches, display, queries.size() > 1);
    }
  });
  out.flush();
  return 0;
}

}  // namespace mizan::cli
