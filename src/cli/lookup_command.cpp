// mizan lookup: the best earlier translations of a segment, with what to change.

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/pipeline/lookup.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/tm/match.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"

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

std::string edit_op(tm::WordEdit::Kind k) {
  switch (k) {
    case tm::WordEdit::Kind::kKeep:
      return "keep";
    case tm::WordEdit::Kind::kInflection:
      return "inflection";
    case tm::WordEdit::Kind::kSpellingVariant:
      return "spelling";
    case tm::WordEdit::Kind::kReplace:
      return "replace";
    case tm::WordEdit::Kind::kInsert:
      return "insert";
    case tm::WordEdit::Kind::kDelete:
      return "delete";
  }
  return "replace";
}

void write_json(Output& out, std::string_view query, Language from,
                const std::vector<tm::Match>& matches) {
  out.write("{\"query\":" + json_string(query) + ",\"from\":\"" + std::string(language_code(from)) +
            "\",\"matches\":[");
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const tm::Match& m = matches[i];
    const TranslationUnit& u = m.unit;
    const std::string_view source = from == Language::kEnglish ? u.en : u.ar;
    const std::string_view target = from == Language::kEnglish ? u.ar : u.en;
    std::string s = i == 0 ? "{" : ",{";
    s += "\"score\":" + std::to_string(m.score) + ",\"kind\":\"" +
         std::string(tm::match_kind_name(m.kind)) + "\",\"id\":" + std::to_string(u.id) +
         ",\"source\":" + json_string(source) + ",\"target\":" + json_string(target) +
         ",\"en\":" + json_string(u.en) + ",\"ar\":" + json_string(u.ar) +
         ",\"en_locale\":" + json_string(u.en_locale) +
         ",\"ar_locale\":" + json_string(u.ar_locale) + ",\"origins\":[";
    for (std::size_t k = 0; k < u.origins.size(); ++k) {
      s += std::string(k == 0 ? "" : ",") + "{\"document\":" + json_string(u.origins[k].document) +
           ",\"position\":" + std::to_string(u.origins[k].position) + "}";
    }
    s += "],\"confidence\":" + std::to_string(u.confidence) +
         ",\"usage_count\":" + std::to_string(u.usage_count) +
         ",\"created\":" + std::to_string(u.created) + ",\"changed\":" + std::to_string(u.changed) +
         ",\"creator\":" + json_string(u.creator) + ",\"notes\":" + json_string(u.notes) +
         ",\"diff\":[";
    for (std::size_t k = 0; k < m.edits.size(); ++k) {
      const tm::WordEdit& e = m.edits[k];
      s += std::string(k == 0 ? "" : ",") + "{\"op\":\"" + edit_op(e.kind) + "\"";
      if (e.query >= 0) {
        const tm::Word& w = m.query_words[static_cast<std::size_t>(e.query)];
        s += ",\"query\":" + json_string(query.substr(w.begin, w.end - w.begin));
      }
      if (e.match >= 0) {
        const tm::Word& w = m.match_words[static_cast<std::size_t>(e.match)];
        s += ",\"match\":" + json_string(source.substr(w.begin, w.end - w.begin));
      }
      s += "}";
    }
    s += "]}";
    out.write(s);
  }
  out.write("]}\n");
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
  }
}

}  // namespace

int run_lookup(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string from = "auto", format = "text", query, previous;
  int min_score = 70;
  std::size_t max_results = 5;
  bool no_context = false;
  DbOptions db;
  DisplayOptions display_options;
  options.add_options()("from", po::value(&from)->default_value("auto"),
                        "language of the query: en, ar, or auto (by script)")(
      "min", po::value(&min_score)->default_value(70), "lowest fuzzy match, in percent")(
      "max", po::value(&max_results)->default_value(5), "matches shown at most")(
      "prev", po::value(&previous),
      "the segment before the query (before the first line with -), for 101% context matches")(
      "no-context", po::bool_switch(&no_context),
      "with -: look each line up alone (by default the line before it is its context)")(
      "format", po::value(&format)->default_value("text"),
      "text, or json (one object per query per line)")(
      "query", po::value(&query)->required(), "the segment; - reads one query per line from stdin");
  add_db_options(options, db);
  add_display_options(options, display_options);
  po::positional_options_description positional;
  positional.add("query", 1);
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan lookup [--from en|ar|auto] [--min N] [--max K] [--prev TEXT] "
          "[--no-context] [--format text|json] TEXT|-",
          "  mizan lookup 'From Jan. 5 to Jan. 6, CENTCOM forces conducted strikes.'\n"
          "  mizan lookup --from ar --min 60 'نفذت القيادة المركزية الأميركية ضربات'\n"
          "  mizan segment --lang en release.txt | mizan lookup --format json -",
          options, positional, vm)) {
    return 0;
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
    queries.push_back(query);
  }

  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  pipeline::SequenceLookupOptions lookup;
  lookup.lookup = {
      .from = fixed, .min_score = min_score, .max_results = max_results, .previous = previous};
  lookup.detect_language = detect;
  lookup.context = !no_context;
  Output out;
  pipeline::lookup_in_order(*store, queries, lookup, [&](pipeline::SegmentLookup&& found) {
    const std::string normalised = tm::normalise_segment(queries[found.index]);
    if (json) {
      write_json(out, normalised, found.from, found.matches);
    } else {
      write_text(out, normalised, found.from, found.matches, display, queries.size() > 1);
    }
  });
  out.flush();
  return 0;
}

}  // namespace mizan::cli
