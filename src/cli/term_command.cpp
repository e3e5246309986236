// mizan term: the glossary (import, export, add, list, rm), term recognition (find), and what
// the glossary says about translations (suggest, check, extract).

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/formats/tbx.hpp"
#include "mizan/term/check.hpp"
#include "mizan/term/extract.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/term/term_store.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"

namespace mizan::cli {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// The store: a glossary TSV file (until the memory's database holds the glossary).

/// A glossary TSV file as the store: loaded whole, written back through a temporary file and a
/// rename, so an interrupted save leaves the old file.
class FileTermStore : public term::TermStore {
 public:
  explicit FileTermStore(std::string path) : path_(std::move(path)) {}

  term::Glossary load() override {
    term::Glossary glossary;
    if (!fs::exists(path_)) return glossary;  // a new store
    Diagnostics diagnostics;
    auto entries = formats::parse_glossary_tsv(text::read_text_file(path_), path_, diagnostics);
    // The store is ours: any problem in it is an error, not something to skip.
    term::import_entries(glossary, std::move(entries), diagnostics, /*strict=*/true);
    return glossary;
  }

  void save(const term::Glossary& glossary) override {
    const std::string data = formats::write_glossary_tsv(glossary.entries());
    const std::string temp = path_ + ".tmp." + std::to_string(getpid());
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      if (!out) throw Error(ExitCode::kCantCreate, "cannot create " + temp);
      out.write(data.data(), static_cast<std::streamsize>(data.size()));
      out.flush();
      if (!out) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw Error(ExitCode::kIoError, "cannot write " + temp);
      }
    }
    std::error_code ec;
    fs::rename(temp, path_, ec);
    if (ec) {
      fs::remove(temp, ec);
      throw Error(ExitCode::kCantCreate, "cannot replace " + path_ + ": " + ec.message());
    }
  }

 private:
  std::string path_;
};

constexpr std::string_view kStoreHelp =
    "glossary file (mizan TSV) that holds the glossary; created by import/add";

std::unique_ptr<term::TermStore> open_store(const std::string& glossary_path) {
  if (glossary_path.empty()) {
    throw Error(ExitCode::kUsage, "say where the glossary is: --glossary FILE");
  }
  return std::make_unique<FileTermStore>(glossary_path);
}

term::Glossary load_existing(const std::string& glossary_path) {
  if (glossary_path.empty())
    throw Error(ExitCode::kUsage, "say where the glossary is: --glossary FILE");
  if (!fs::exists(glossary_path))
    throw Error(ExitCode::kNoInput, "no glossary at " + glossary_path + " (mizan term import)");
  return open_store(glossary_path)->load();
}

// ---------------------------------------------------------------------------------------------
// Helpers

Language parse_language(const std::string& s) {
  if (s == "en") return Language::kEnglish;
  if (s == "ar") return Language::kArabic;
  throw Error(ExitCode::kUsage, "--lang must be en or ar, not \"" + s + "\"");
}

void require_format(const std::string& format, std::initializer_list<std::string_view> allowed) {
  for (std::string_view a : allowed) {
    if (format == a) return;
  }
  std::string list;
  for (std::string_view a : allowed)
    list += (list.empty() ? "" : ", ") + std::string(a);
  throw Error(ExitCode::kUsage, "--format must be one of " + list + ", not \"" + format + "\"");
}

// Text given on the command line, or "-" for stdin (cleaned either way).
std::string input_text(const std::vector<std::string>& words) {
  if (words.empty() || (words.size() == 1 && words[0] == "-"))
    return text::clean(text::read_text_file("-"));
  std::string joined;
  for (const std::string& w : words)
    joined += (joined.empty() ? "" : " ") + w;
  if (text::find_invalid_utf8(joined) != std::string::npos)
    throw Error(ExitCode::kDataError, "the text is not valid UTF-8");
  return text::clean(joined);
}

void write_file_or_stdout(const std::string& path, const std::string& data) {
  if (path.empty() || path == "-") {
    Output out;
    out.write(data);
    out.flush();
    return;
  }
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw Error(ExitCode::kCantCreate, "cannot create " + path);
  f.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!f.flush()) throw Error(ExitCode::kIoError, "cannot write " + path);
}

std::string detect_format(const std::string& path, const std::string& data) {
  const std::string ext = fs::path(path).extension().string();
  if (ext == ".tbx" || ext == ".xml") return "tbx";
  const std::size_t first = data.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && data[first] == '<') return "tbx";
  if (ext == ".utf8" || ext == ".tab") return "omegat";
  // Our TSV has a header line naming at least en and ar; OmegaT's has none.
  std::istringstream lines(data);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    return line.rfind("en\t", 0) == 0 || line.find("\ten\t") != std::string::npos ? "tsv"
                                                                                  : "omegat";
  }
  return "tsv";
}

void print_diagnostics(const Diagnostics& d, std::size_t limit = 20) {
  std::size_t shown = 0;
  for (const Diagnostic& item : d.items()) {
    if (shown++ == limit) {
      std::cerr << "  ... and " << d.size() - limit << " more\n";
      break;
    }
    std::cerr << describe(item) << "\n";
  }
}

// ---------------------------------------------------------------------------------------------
// Units to check, suggest from or extract from.

struct UnitSourceOptions {
  std::string pairs;  // en<TAB>ar lines
  std::string en, ar, beads;
};

void add_unit_source_options(po::options_description& options, UnitSourceOptions& u) {
  options.add_options()("pairs", po::value(&u.pairs),
                        "TSV of translation pairs: English<TAB>Arabic per line (a header "
                        "naming en and ar columns is used when present)")(
      "en", po::value(&u.en), "English sentences, one per line (with --ar)")(
      "ar", po::value(&u.ar), "their Arabic translations, one per line (with --en)")(
      "beads", po::value(&u.beads),
      "alignment of --en/--ar lines ([0]:[0], [1,2]:[3], []:[4] per line); default: line i "
      "with line i");
}

std::vector<std::string> lines_of(const std::string& data) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string::npos) end = data.size();
    out.push_back(text::clean(std::string_view(data).substr(start, end - start)));
    start = end + 1;
  }
  while (!out.empty() && out.back().empty())
    out.pop_back();
  return out;
}

std::vector<std::size_t> parse_bead_side(std::string_view side, const std::string& file,
                                         std::int64_t line) {
  std::vector<std::size_t> out;
  if (side.size() < 2 || side.front() != '[' || side.back() != ']')
    throw Error(ExitCode::kDataError, "a bead side is written [i,j]", {.file = file, .line = line});
  side = side.substr(1, side.size() - 2);
  std::size_t start = 0;
  while (start < side.size()) {
    std::size_t end = side.find(',', start);
    if (end == std::string_view::npos) end = side.size();
    const std::string number(side.substr(start, end - start));
    if (number.empty() || number.find_first_not_of("0123456789 ") != std::string::npos)
      throw Error(ExitCode::kDataError, "bad sentence number \"" + number + "\"",
                  {.file = file, .line = line});
    out.push_back(std::stoul(number));
    start = end + 1;
  }
  return out;
}

template <typename F>
std::size_t for_each_unit(const UnitSourceOptions& src, F&& f) {
  std::size_t count = 0;
  auto emit = [&](std::string en, std::string ar, std::string doc, std::int64_t pos) {
    if (en.empty() || ar.empty()) return;
    TranslationUnit u;
    u.id = static_cast<std::int64_t>(++count);
    u.en = std::move(en);
    u.ar = std::move(ar);
    u.origins.push_back({std::move(doc), pos});
    f(u);
  };
  const bool pairs = !src.pairs.empty(), files = !src.en.empty() || !src.ar.empty();
  if (pairs == files)
    throw Error(ExitCode::kUsage, "give the translations: --pairs FILE, or --en FILE --ar FILE");
  if (pairs) {
    const std::string data = text::read_text_file(src.pairs);
    std::size_t en_col = 0, ar_col = 1;
    std::int64_t number = 0;
    bool first = true;
    for (const std::string& line : lines_of(data)) {
      ++number;
      std::vector<std::string> fields;
      std::size_t start = 0;
      while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      if (first) {
        first = false;
        const auto en_it = std::find(fields.begin(), fields.end(), "en");
        const auto ar_it = std::find(fields.begin(), fields.end(), "ar");
        if (en_it != fields.end() && ar_it != fields.end()) {
          en_col = static_cast<std::size_t>(en_it - fields.begin());
          ar_col = static_cast<std::size_t>(ar_it - fields.begin());
          continue;
        }
      }
      if (fields.size() <= std::max(en_col, ar_col)) {
        if (!line.empty())
          std::cerr << format_location({.file = src.pairs, .line = number})
                    << "no tab between English and Arabic; line skipped\n";
        continue;
      }
      emit(fields[en_col], fields[ar_col], src.pairs, number - 1);
    }
    return count;
  }
  if (src.en.empty() || src.ar.empty()) throw Error(ExitCode::kUsage, "--en and --ar go together");
  const std::vector<std::string> en = lines_of(text::read_text_file(src.en));
  const std::vector<std::string> ar = lines_of(text::read_text_file(src.ar));
  const std::string doc = fs::path(src.en).parent_path().filename().string();
  if (src.beads.empty()) {
    if (en.size() != ar.size()) {
      throw Error(ExitCode::kDataError,
                  src.en + " has " + std::to_string(en.size()) + " lines and " + src.ar + " " +
                      std::to_string(ar.size()) +
                      ": give their alignment with --beads (or align them first)");
    }
    for (std::size_t i = 0; i < en.size(); ++i)
      emit(en[i], ar[i], doc, static_cast<std::int64_t>(i));
    return count;
  }
  std::int64_t number = 0;
  for (const std::string& line : lines_of(text::read_text_file(src.beads))) {
    ++number;
    if (line.empty()) continue;
    const std::size_t colon = line.find("]:[");
    if (colon == std::string::npos)
      throw Error(ExitCode::kDataError, "a bead is written [i]:[j]",
                  {.file = src.beads, .line = number});
    const auto e = parse_bead_side(std::string_view(line).substr(0, colon + 1), src.beads, number);
    const auto a = parse_bead_side(std::string_view(line).substr(colon + 2), src.beads, number);
    std::string en_text, ar_text;
    for (std::size_t i : e) {
      if (i >= en.size())
        throw Error(ExitCode::kDataError,
                    "English sentence " + std::to_string(i) + " does not exist",
                    {.file = src.beads, .line = number});
      en_text += (en_text.empty() ? "" : " ") + en[i];
    }
    for (std::size_t i : a) {
      if (i >= ar.size())
        throw Error(ExitCode::kDataError,
                    "Arabic sentence " + std::to_string(i) + " does not exist",
                    {.file = src.beads, .line = number});
      ar_text += (ar_text.empty() ? "" : " ") + ar[i];
    }
    emit(en_text, ar_text, doc, e.empty() ? -1 : static_cast<std::int64_t>(e.front()));
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Subcommands

int term_import(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, format;
  std::vector<std::string> files;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "format", po::value(&format)->default_value("auto"),
      "auto (by extension and content), tsv (mizan), tbx (2019 or 2008), omegat")(
      "strict", "refuse the whole import when any line or entry is malformed")(
      "file", po::value(&files)->composing(), "files to import");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan term import --glossary STORE [--format auto|tsv|tbx|omegat] "
                         "[--strict] FILE...",
                         "  mizan term import --glossary my.tsv glossary/press-release.tsv\n"
                         "  mizan term import --glossary my.tsv --strict client-terms.tbx",
                         options, positional, vm))
    return 0;
  require_format(format, {"auto", "tsv", "tbx", "omegat"});
  if (files.empty()) throw Error(ExitCode::kUsage, "name the files to import");
  const bool strict = vm.count("strict") > 0;
  auto store = open_store(glossary);
  term::Glossary g = store->load();
  const std::size_t before = g.size();
  Diagnostics diagnostics;
  term::ImportSummary total;
  for (const std::string& file : files) {
    const std::string data = text::read_text_file(file);
    const std::string f = format == "auto" ? detect_format(file, data) : format;
    Diagnostics file_diagnostics;
    std::vector<LocatedTermEntry> entries;
    ProgressBar progress("reading " + file);
    if (f == "tbx") {
      entries = formats::parse_tbx(
          data, file, file_diagnostics,
          [&](std::size_t done, std::size_t all, std::string_view) { progress.update(done, all); });
    } else if (f == "omegat") {
      entries = formats::parse_omegat_glossary(data, file, file_diagnostics);
    } else {
      entries = formats::parse_glossary_tsv(data, file, file_diagnostics);
    }
    progress.finish();
    try {
      const term::ImportSummary s =
          term::import_entries(g, std::move(entries), file_diagnostics, strict);
      total.read += s.read;
      total.added += s.added;
      total.merged += s.merged;
      total.unchanged += s.unchanged;
      total.rejected += s.rejected;
    } catch (const Error&) {
      print_diagnostics(file_diagnostics);
      throw;
    }
    for (const Diagnostic& d : file_diagnostics.items())
      diagnostics.add(d.where, d.message, d.record);
  }
  print_diagnostics(diagnostics);
  store->save(g);
  std::cerr << "imported " << total.read << " entries: " << total.added << " new, " << total.merged
            << " merged, " << total.unchanged << " duplicates, " << total.rejected
            << " refused; the glossary has " << g.size() << " entries (was " << before << ")\n";
  return 0;
}

int term_export(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, format, output;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "format", po::value(&format)->default_value("tsv"),
      "tsv (mizan), tbx (TBX-Basic 2019), tbx2008 (TBX-Basic martif), omegat")(
      "output,o", po::value(&output)->default_value("-"), "output file, - for stdout");
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan term export --glossary STORE [--format tsv|tbx|tbx2008|omegat] "
                         "[-o FILE]",
                         "  mizan term export --glossary my.tsv --format tbx -o press.tbx\n"
                         "  mizan term export --glossary my.tsv --format omegat -o "
                         "project/glossary/press.utf8",
                         options, positional, vm))
    return 0;
  require_format(format, {"tsv", "tbx", "tbx2008", "omegat"});
  const term::Glossary g = load_existing(glossary);
  std::string data;
  if (format == "tbx") data = formats::write_tbx(g.entries(), formats::TbxEdition::k2019);
  if (format == "tbx2008") data = formats::write_tbx(g.entries(), formats::TbxEdition::k2008);
  if (format == "omegat") data = formats::write_omegat_glossary(g.entries());
  if (format == "tsv") data = formats::write_glossary_tsv(g.entries());
  write_file_or_stdout(output, data);
  return 0;
}

int term_add(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, status;
  TermEntry e;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "status", po::value(&status)->default_value("preferred"),
      "preferred, admitted or deprecated")("en-variant", po::value(&e.en_variants)->composing(),
                                           "another English form (repeatable)")(
      "ar-variant", po::value(&e.ar_variants)->composing(),
      "another spelling of the Arabic (repeatable)")(
      "pos", po::value(&e.part_of_speech),
      "part of speech (noun, properNoun, adjective, phrase...)")(
      "domain", po::value(&e.domain), "subject field")("note", po::value(&e.note), "usage note")(
      "en", po::value(&e.en), "English term")("ar", po::value(&e.ar), "Arabic rendering");
  po::positional_options_description positional;
  positional.add("en", 1).add("ar", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan term add --glossary STORE [--status S] [options] EN AR",
                         "  mizan term add --glossary my.tsv --pos properNoun --en-variant "
                         "'Dayr az-Zawr' 'Deir ez-Zor' 'دير الزور'",
                         options, positional, vm))
    return 0;
  const std::optional<TermStatus> s = term_status_from_name(status);
  if (!s) throw Error(ExitCode::kUsage, "--status must be preferred, admitted or deprecated");
  e.status = *s;
  if (const std::string problem = term::entry_problem(e); !problem.empty())
    throw Error(ExitCode::kDataError, problem);
  auto store = open_store(glossary);
  term::Glossary g = store->load();
  const term::MergeResult r = g.add(e);
  store->save(g);
  std::cerr << (r.outcome == term::MergeOutcome::kAdded    ? "added"
                : r.outcome == term::MergeOutcome::kMerged ? "merged into the existing entry"
                                                           : "already in the glossary")
            << (r.changed.empty() ? "" : " (" + r.changed + ")") << "\n";
  return 0;
}

std::string entry_json(const TermEntry& e) {
  auto list = [](const std::vector<std::string>& v) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i)
      out += (i ? "," : "") + json_string(v[i]);
    return out + "]";
  };
  return "{\"en\":" + json_string(e.en) + ",\"ar\":" + json_string(e.ar) +
         ",\"status\":" + json_string(term_status_name(e.status)) +
         ",\"en_variants\":" + list(e.en_variants) + ",\"ar_variants\":" + list(e.ar_variants) +
         ",\"pos\":" + json_string(e.part_of_speech) + ",\"domain\":" + json_string(e.domain) +
         ",\"note\":" + json_string(e.note) + "}";
}

int term_list(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, format, status, domain, contains;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "format", po::value(&format)->default_value("text"), "text, tsv or json")(
      "status", po::value(&status), "only entries with this status")("domain", po::value(&domain),
                                                                     "only entries of this domain")(
      "contains", po::value(&contains), "only entries with this text in a term or variant");
  po::positional_options_description positional;
  positional.add("contains", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan term list --glossary STORE [--status S] [--domain D] [TEXT]",
                         "  mizan term list --glossary my.tsv --status deprecated\n"
                         "  mizan term list --glossary my.tsv Zor",
                         options, positional, vm))
    return 0;
  require_format(format, {"text", "tsv", "json"});
  const term::Glossary g = load_existing(glossary);
  const std::string needle = text::match_key(contains);
  std::vector<TermEntry> selected;
  for (const TermEntry& e : g.entries()) {
    if (!status.empty() && term_status_name(e.status) != status) continue;
    if (!domain.empty() && e.domain != domain) continue;
    if (!needle.empty()) {
      bool hit = text::match_key(e.en).find(needle) != std::string::npos ||
                 text::match_key(e.ar).find(needle) != std::string::npos;
      for (const auto* list : {&e.en_variants, &e.ar_variants}) {
        for (const std::string& v : *list)
          hit = hit || text::match_key(v).find(needle) != std::string::npos;
      }
      if (!hit) continue;
    }
    selected.push_back(e);
  }
  Output out;
  if (format == "tsv") {
    out.write(formats::write_glossary_tsv(selected));
  } else if (format == "json") {
    out.write("[");
    for (std::size_t i = 0; i < selected.size(); ++i)
      out.write(std::string(i ? ",\n" : "\n") + entry_json(selected[i]));
    out.write(selected.empty() ? "]\n" : "\n]\n");
  } else {
    for (const TermEntry& e : selected) {
      std::string line = e.en + "  →  " + e.ar;
      if (e.status != TermStatus::kPreferred)
        line += "  [" + std::string(term_status_name(e.status)) + "]";
      if (!e.en_variants.empty() || !e.ar_variants.empty()) {
        std::string v;
        for (const auto* list : {&e.en_variants, &e.ar_variants})
          for (const std::string& s : *list)
            v += (v.empty() ? "" : " | ") + s;
        line += "  (also " + v + ")";
      }
      out.line(line);
    }
  }
  out.flush();
  return 0;
}

int term_rm(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, en, ar;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "en", po::value(&en), "English term")("ar", po::value(&ar), "Arabic rendering (optional)");
  po::positional_options_description positional;
  positional.add("en", 1).add("ar", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan term rm --glossary STORE EN [AR]",
                         "  mizan term rm --glossary my.tsv ISIS 'الدولة الإسلامية'\n"
                         "  mizan term rm --glossary my.tsv 'Hamrin Mountains'   # every rendering",
                         options, positional, vm))
    return 0;
  if (en.empty()) throw Error(ExitCode::kUsage, "name the English term to remove");
  auto store = open_store(glossary);
  term::Glossary g = store->load();
  const std::size_t removed = g.remove(en, ar);
  if (removed == 0) {
    std::cerr << "no such entry: " << en << (ar.empty() ? "" : " → " + ar) << "\n";
    return static_cast<int>(ExitCode::kFailure);
  }
  store->save(g);
  std::cerr << "removed " << removed << " entr" << (removed == 1 ? "y" : "ies") << "\n";
  return 0;
}

std::string hits_json(const term::Recognizer& rec, const term::TermMatch& m, Language lang) {
  const std::vector<TermEntry>& entries = rec.glossary().entries();
  std::string out = "[";
  for (std::size_t i = 0; i < m.hits.size(); ++i) {
    const TermEntry& e = entries[m.hits[i].entry];
    out += std::string(i ? "," : "") + "{\"en\":" + json_string(e.en) +
           ",\"ar\":" + json_string(e.ar) +
           ",\"status\":" + json_string(term_status_name(e.status)) +
           ",\"form\":" + json_string(rec.form_text(m.hits[i], lang)) + "}";
  }
  return out + "]";
}

int term_find(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, lang, format;
  std::vector<std::string> words;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "lang", po::value(&lang)->default_value("auto"), "en, ar, or auto (by script)")(
      "format", po::value(&format)->default_value("text"), "text or json")(
      "text", po::value(&words)->composing(), "the text, or - for stdin");
  po::positional_options_description positional;
  positional.add("text", -1);
  po::variables_map vm;
  if (parse_command_line(
          args, "mizan term find --glossary STORE [--lang en|ar] [--format text|json] TEXT|-",
          "  mizan term find --glossary my.tsv --lang ar 'وللقيادة المركزية الأمريكية'\n"
          "  mizan term find --glossary my.tsv --lang en --format json - < en.txt",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "json"});
  const std::string input = input_text(words);
  const Language l =
      lang == "auto" ? (text::dominant_script(input) == text::Script::kArabic ? Language::kArabic
                                                                              : Language::kEnglish)
                     : parse_language(lang);
  const term::Glossary g = load_existing(glossary);
  const term::Recognizer rec(g);
  const std::vector<term::TermMatch> matches = rec.find(input, l);
  Output out;
  if (format == "json") out.write("[");
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const term::TermMatch& m = matches[i];
    const std::string found = input.substr(m.begin, m.end - m.begin);
    if (format == "json") {
      out.write(std::string(i ? ",\n" : "\n") + "{\"begin\":" + std::to_string(m.begin) +
                ",\"end\":" + std::to_string(m.end) + ",\"text\":" + json_string(found) +
                ",\"entries\":" + hits_json(rec, m, l) + "}");
      continue;
    }
    const TermEntry& e = g.entries()[m.hits.front().entry];
    out.line(std::to_string(m.begin) + "\t" + std::to_string(m.end) + "\t" + found + "\t" +
             (l == Language::kEnglish ? e.en : e.en + " → " + e.ar) +
             (e.status == TermStatus::kPreferred
                  ? ""
                  : " [" + std::string(term_status_name(e.status)) + "]"));
  }
  if (format == "json") out.write(matches.empty() ? "]\n" : "\n]\n");
  out.flush();
  return 0;
}

int term_suggest(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, lang, format;
  std::vector<std::string> words;
  UnitSourceOptions units;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "lang", po::value(&lang)->default_value("auto"), "language of the segment: en, ar, auto")(
      "format", po::value(&format)->default_value("text"), "text or json");
  add_unit_source_options(options, units);
  options.add_options()("text", po::value(&words)->composing(), "the segment, or - for stdin");
  po::positional_options_description positional;
  positional.add("text", -1);
  po::variables_map vm;
  if (parse_command_line(
          args, "mizan term suggest --glossary STORE [--pairs TSV | --en F --ar F] TEXT|-",
          "  mizan term suggest --glossary my.tsv --pairs memory.tsv 'CENTCOM forces struck ISIS'",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "json"});
  const std::string segment = input_text(words);
  const Language l = lang == "auto" ? (text::dominant_script(segment) == text::Script::kArabic
                                           ? Language::kArabic
                                           : Language::kEnglish)
                                    : parse_language(lang);
  const term::Glossary g = load_existing(glossary);
  const term::Recognizer rec(g);
  std::unique_ptr<term::UsageIndex> usage;
  if (!units.pairs.empty() || !units.en.empty() || !units.ar.empty()) {
    usage = std::make_unique<term::UsageIndex>(rec);
    for_each_unit(units, [&](const TranslationUnit& u) { usage->add(u); });
  }
  const std::vector<term::Suggestion> suggestions = term::suggest(rec, segment, l, usage.get());
  Output out;
  if (format == "json") out.write("[");
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    const term::Suggestion& s = suggestions[i];
    if (format == "json") {
      std::string r = "[", u = "[";
      for (std::size_t k = 0; k < s.renderings.size(); ++k)
        r += std::string(k ? "," : "") + "{\"text\":" + json_string(s.renderings[k].first) +
             ",\"status\":" + json_string(term_status_name(s.renderings[k].second)) + "}";
      for (std::size_t k = 0; k < s.used.size(); ++k)
        u += std::string(k ? "," : "") + "{\"text\":" + json_string(s.used[k].spelling) +
             ",\"units\":" + std::to_string(s.used[k].units) + "}";
      out.write(std::string(i ? ",\n" : "\n") + "{\"begin\":" + std::to_string(s.match.begin) +
                ",\"end\":" + std::to_string(s.match.end) + ",\"text\":" + json_string(s.text) +
                ",\"renderings\":" + r + "],\"used\":" + u + "]}");
      continue;
    }
    out.line(s.text);
    for (const auto& [text, status] : s.renderings)
      out.line("  " +
               std::string(status == TermStatus::kPreferred  ? "use    "
                           : status == TermStatus::kAdmitted ? "or     "
                                                             : "avoid  ") +
               text);
    if (usage) {
      if (s.used.empty()) out.line("  (not in the translations)");
      for (const term::RenderingUse& use : s.used)
        out.line("  used   " +
                 (use.spelling.empty() ? std::string("(no glossary rendering)") : use.spelling) +
                 " ×" + std::to_string(use.units));
    }
  }
  if (format == "json") out.write(suggestions.empty() ? "]\n" : "\n]\n");
  out.flush();
  return 0;
}

std::string example_json(const term::IssueExample& ex) {
  return "{\"unit\":" + std::to_string(ex.unit_id) + ",\"document\":" + json_string(ex.document) +
         ",\"position\":" + std::to_string(ex.position) + ",\"en\":" + json_string(ex.en) +
         ",\"ar\":" + json_string(ex.ar) + ",\"found\":" + json_string(ex.found) + "}";
}

int term_check(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, format;
  UnitSourceOptions units;
  std::size_t examples = 3;
  options.add_options()("glossary", po::value(&glossary), kStoreHelp.data())(
      "format", po::value(&format)->default_value("text"), "text or json")(
      "examples", po::value(&examples)->default_value(3), "examples per problem")(
      "strict", "exit with status 1 when a problem is found (to gate a delivery)");
  add_unit_source_options(options, units);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan term check --glossary STORE (--pairs TSV | --en F --ar F [--beads B]) "
          "[--format text|json] [--strict]",
          "  D=corpora/centcom-2025-01-06\n"
          "  mizan term check --glossary my.tsv --en $D/en.sent --ar $D/ar.sent "
          "--beads $D/gold.beads",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "json"});
  const term::Glossary g = load_existing(glossary);
  const term::Recognizer rec(g);
  term::Checker checker(rec, {.max_examples = examples});
  ProgressBar progress("checking");
  const std::size_t n = for_each_unit(units, [&](const TranslationUnit& u) {
    checker.add(u);
    progress.update(static_cast<std::size_t>(u.id), 0);
  });
  progress.finish();
  const term::CheckReport report = checker.report();
  Output out;
  if (format == "json") {
    out.write("{\"units\":" + std::to_string(report.units) + ",\"issues\":[");
    for (std::size_t i = 0; i < report.issues.size(); ++i) {
      const term::TermIssue& is = report.issues[i];
      std::string sp = "[", ex = "[";
      for (std::size_t k = 0; k < is.spellings.size(); ++k)
        sp += std::string(k ? "," : "") + "{\"text\":" + json_string(is.spellings[k].first) +
              ",\"count\":" + std::to_string(is.spellings[k].second) + "}";
      for (std::size_t k = 0; k < is.examples.size(); ++k)
        ex += std::string(k ? "," : "") + example_json(is.examples[k]);
      out.write(std::string(i ? ",\n" : "\n") + "{\"kind\":" +
                json_string(issue_kind_name(is.kind)) + ",\"en\":" + json_string(is.en) +
                ",\"ar\":" + json_string(is.ar) + ",\"units\":" + std::to_string(is.units) +
                ",\"of_units\":" + std::to_string(is.of_units) + ",\"spellings\":" + sp +
                "],\"examples\":" + ex + "]}");
    }
    out.write(report.issues.empty() ? "]}\n" : "\n]}\n");
  } else {
    for (const term::TermIssue& is : report.issues) {
      switch (is.kind) {
        case term::IssueKind::kMissing:
          out.line("missing: " + is.en + " → " + is.ar + ": not in the translation of " +
                   std::to_string(is.units) + " of " + std::to_string(is.of_units) + " units");
          break;
        case term::IssueKind::kDeprecated:
          out.line("deprecated: " + is.ar + " (for " + is.en + ") used in " +
                   std::to_string(is.units) + " unit" + (is.units == 1 ? "" : "s"));
          break;
        case term::IssueKind::kInconsistent: {
          std::string spellings;
          for (const auto& [s, c] : is.spellings)
            spellings += (spellings.empty() ? "" : ", ") + s + " ×" + std::to_string(c);
          out.line("inconsistent: " + is.ar + " (" + is.en + ") spelled " +
                   std::to_string(is.spellings.size()) + " ways: " + spellings);
          break;
        }
      }
      for (const term::IssueExample& ex : is.examples) {
        const std::string where = ex.document.empty()
                                      ? "unit " + std::to_string(ex.unit_id)
                                      : ex.document + ":" + std::to_string(ex.position);
        out.line("    " + where + (ex.found.empty() ? "" : "  [" + ex.found + "]"));
        out.line("      en: " + ex.en);
        out.line("      ar: " + ex.ar);
      }
    }
    out.line(std::to_string(report.issues.size()) + " problem" +
             (report.issues.size() == 1 ? "" : "s") + " in " + std::to_string(n) + " units");
  }
  out.flush();
  return vm.count("strict") && !report.issues.empty() ? static_cast<int>(ExitCode::kFailure) : 0;
}

int term_extract(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string glossary, format;
  UnitSourceOptions units;
  term::ExtractOptions x;
  options.add_options()("glossary", po::value(&glossary),
                        "glossary whose pairs are marked as known (optional)")(
      "format", po::value(&format)->default_value("text"),
      "text, tsv (mizan glossary TSV, ready to review and import) or json")(
      "top", po::value(&x.top)->default_value(x.top), "how many candidates")(
      "min-count", po::value(&x.min_pair_count)->default_value(x.min_pair_count),
      "units a pair must share")("max-words", po::value(&x.max_words)->default_value(x.max_words),
                                 "longest n-gram")("include-known",
                                                   "also list pairs the glossary already has");
  add_unit_source_options(options, units);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan term extract (--pairs TSV | --en F --ar F [--beads B]) [--top N] "
          "[--format text|tsv|json] [--glossary STORE]",
          "  mizan term extract --pairs memory.tsv --top 50 --format tsv > candidates.tsv\n"
          "  mizan term import --glossary my.tsv candidates.tsv   # after review",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "tsv", "json"});
  x.include_known = vm.count("include-known") > 0;
  std::optional<term::Glossary> g;
  if (!glossary.empty()) g = load_existing(glossary);
  term::Extractor extractor(x);
  ProgressBar progress("reading");
  for_each_unit(units, [&](const TranslationUnit& u) {
    extractor.add(u);
    progress.update(static_cast<std::size_t>(u.id), 0);
  });
  progress.finish();
  const std::vector<term::Candidate> candidates = extractor.candidates(g ? &*g : nullptr);
  Output out;
  if (format == "tsv") {
    std::vector<TermEntry> entries;
    for (const term::Candidate& c : candidates) {
      TermEntry e;
      e.en = c.en;
      e.ar = c.ar;
      e.note = "extracted: " + std::to_string(c.pair_count) + " units, LLR " +
               std::to_string(static_cast<long>(c.log_likelihood)) + "; review before use";
      entries.push_back(std::move(e));
    }
    out.write(formats::write_glossary_tsv(entries));
  } else if (format == "json") {
    out.write("[");
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const term::Candidate& c = candidates[i];
      std::string ex = "[";
      for (std::size_t k = 0; k < c.examples.size(); ++k)
        ex += std::string(k ? "," : "") + std::to_string(c.examples[k]);
      out.write(std::string(i ? ",\n" : "\n") + "{\"en\":" + json_string(c.en) +
                ",\"ar\":" + json_string(c.ar) + ",\"units\":" + std::to_string(c.pair_count) +
                ",\"en_units\":" + std::to_string(c.en_count) + ",\"ar_units\":" +
                std::to_string(c.ar_count) + ",\"llr\":" + std::to_string(c.log_likelihood) +
                ",\"dice\":" + std::to_string(c.dice) +
                ",\"known\":" + (c.known ? "true" : "false") + ",\"examples\":" + ex + "]}");
    }
    out.write(candidates.empty() ? "]\n" : "\n]\n");
  } else {
    char buf[64];
    for (const term::Candidate& c : candidates) {
      std::snprintf(buf, sizeof buf, "%8.1f  %.2f  %zu/%zu/%zu  ", c.log_likelihood, c.dice,
                    c.pair_count, c.en_count, c.ar_count);
      out.line(buf + c.en + "  →  " + c.ar + (c.known ? "  [in glossary]" : ""));
    }
  }
  out.flush();
  return 0;
}

struct Subcommand {
  std::string_view name;
  std::string_view summary;
  int (*run)(const std::vector<std::string>&);
};

constexpr Subcommand kSubcommands[] = {
    {"import", "add glossary files (mizan TSV, TBX, OmegaT) to the glossary", term_import},
    {"export", "write the glossary as mizan TSV, TBX-Basic or an OmegaT glossary", term_export},
    {"add", "add one entry (or merge it into the existing one)", term_add},
    {"list", "list entries", term_list},
    {"rm", "remove an entry, or every rendering of a term", term_rm},
    {"find", "glossary terms in a text, with byte offsets", term_find},
    {"suggest", "renderings for the terms of a segment, and those the translations use",
     term_suggest},
    {"check", "missing, deprecated and inconsistent terminology in translations", term_check},
    {"extract", "candidate term pairs mined from translations", term_extract},
};

}  // namespace

int run_term(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << "usage: mizan term SUBCOMMAND [OPTIONS]\n\nsubcommands:\n";
    for (const Subcommand& s : kSubcommands)
      std::cout << "  " << s.name << std::string(10 - s.name.size(), ' ') << s.summary << "\n";
    std::cout
        << "\n'mizan term SUBCOMMAND --help' shows its options and an example.\n"
           "example:\n  mizan term import --glossary my.tsv glossary/press-release.tsv\n"
           "  mizan term find --glossary my.tsv --lang en 'Gen. Kurilla visited Dayr az-Zawr'\n";
    return args.empty() ? static_cast<int>(ExitCode::kUsage) : 0;
  }
  for (const Subcommand& s : kSubcommands) {
    if (s.name == args[0]) return s.run(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  throw Error(ExitCode::kUsage, "unknown subcommand \"" + args[0] + "\" (see mizan term --help)");
}

}  // namespace mizan::cli
