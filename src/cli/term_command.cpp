// mizan term: the glossary kept in the memory's database (import, export, add, list, rm), term
// recognition (find), and what the glossary says about translations (suggest, check, extract), on
// the memory, a TMX or TSV file, or one document pair aligned on the fly.

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <unordered_set>

#include "commands.hpp"
#include "common.hpp"
#include "document_pair.hpp"
#include "glossary_options.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_file.hpp"
#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/formats/tbx.hpp"
#include "mizan/formats/tmx.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "mizan/term/check.hpp"
#include "mizan/term/extract.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// The glossary, in the database given by --db ($MIZAN_DB, ./mizan.db).

/// The stored glossary, for the commands that need one: a missing database or an empty
/// glossary is exit 66. With `file` (--glossary FILE of find, suggest, check), the glossary of
/// that file instead, its bad lines reported and skipped: a glossary can be tried on a text
/// before it is imported.
term::Glossary load_glossary(const DbOptions& db, const std::string& file = {}) {
  term::Glossary g;
  if (!file.empty()) {
    Diagnostics problems;
    term::import_entries(g, read_glossary_entries(file, formats::GlossaryFormat::kAuto, problems),
                         problems, /*strict=*/false);
    print_diagnostics(problems, "term");
    if (g.empty()) throw Error(ExitCode::kDataError, "no glossary entries in the file", {file});
    return g;
  }
  g = open_term_store(db, StoreUse::kRead)->load();
  if (g.empty()) {
    throw Error(ExitCode::kNoInput, "no glossary in this database (add one with mizan term import)",
                {.file = resolve_db_path(db)});
  }
  return g;
}

void add_glossary_file_option(po::options_description& options, std::string& file) {
  options.add_options()("glossary", po::value(&file),
                        "use the glossary of this file (mizan TSV, TBX, OmegaT) instead of the "
                        "one in the database");
}

// ---------------------------------------------------------------------------------------------
// Helpers

Language language_of(const std::string& lang, std::string_view text) {
  if (lang != "auto") return parse_language(lang, "--lang");
  return text::dominant_script(text) == text::Script::kArabic ? Language::kArabic
                                                              : Language::kEnglish;
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

// ---------------------------------------------------------------------------------------------
// Units to check, suggest from or extract from: the memory (default), a TMX or TSV file, or one
// document pair aligned as `mizan align` does (or by a given bead file).

struct UnitSourceOptions {
  std::string tmx, tsv, en, ar, beads;
  bool presegmented = false;
  double min_score = 0.5;
};

void add_unit_source_options(po::options_description& options, UnitSourceOptions& u) {
  options.add_options()("tmx", po::value(&u.tmx), "the units of a TMX file instead of the memory")(
      "tsv", po::value(&u.tsv),
      "the units of a TSV bitext instead of the memory (English<TAB>Arabic lines, header "
      "en<TAB>ar optional)")("en", po::value(&u.en),
                             "an English document to align with --ar instead of the memory "
                             "(segmented and aligned as mizan align does)")(
      "ar", po::value(&u.ar), "its Arabic translation")(
      "presegmented", po::bool_switch(&u.presegmented),
      "--en and --ar hold one sentence per line (a blank line ends a paragraph)")(
      "beads", po::value(&u.beads),
      "the alignment of --en and --ar ([0]:[0], [1,2]:[1], []:[2] per line, as mizan align "
      "writes) instead of aligning them")(
      "min-score", po::value(&u.min_score)->default_value(0.5),
      "aligned --en/--ar beads with a lower confidence (0-1) are left out, as mizan ingest "
      "sets them aside");
}

enum class UnitSource { kMemory, kTmx, kTsv, kPair };

UnitSource unit_source(const UnitSourceOptions& u) {
  const int given = !u.tmx.empty() + !u.tsv.empty() + (!u.en.empty() || !u.ar.empty());
  if (given > 1) throw Error(ExitCode::kUsage, "give one of --tmx, --tsv, --en/--ar");
  const bool pair = !u.en.empty() || !u.ar.empty();
  if (pair && (u.en.empty() || u.ar.empty()))
    throw Error(ExitCode::kUsage, "--en and --ar go together");
  if (!pair && (!u.beads.empty() || u.presegmented))
    throw Error(ExitCode::kUsage, "--beads and --presegmented go with --en and --ar");
  if (u.min_score < 0 || u.min_score > 1)
    throw Error(ExitCode::kUsage, "--min-score must be between 0 and 1");
  if (!u.tmx.empty()) return UnitSource::kTmx;
  if (!u.tsv.empty()) return UnitSource::kTsv;
  return pair ? UnitSource::kPair : UnitSource::kMemory;
}

using UnitVisitor = std::function<void(const TranslationUnit&)>;

// The units of one document pair: its beads, given or found by the aligner (anchored on
// `glossary` when there is one), each with at least one sentence on both sides.
std::size_t for_each_aligned_unit(const UnitSourceOptions& src, const term::Glossary* glossary,
                                  const UnitVisitor& visit) {
  DocumentSide en, ar;
  if (src.presegmented) {
    en = read_presegmented(src.en, /*lossy=*/false);
    ar = read_presegmented(src.ar, /*lossy=*/false);
  } else {
    const segment::Segmenter segmenter(load_rules({}));
    en = segment_file(src.en, Language::kEnglish, segmenter);
    ar = segment_file(src.ar, Language::kArabic, segmenter);
  }
  std::vector<align::Bead> beads;
  if (!src.beads.empty()) {
    beads = align::parse_beads(text::read_text_file(src.beads), src.beads, en.sentences.size(),
                               ar.sentences.size());
  } else {
    check_pair(en, ar, src.en, src.ar, BadPair::kRefuse, "term");
    align::AlignerOptions options;
    if (glossary != nullptr) options.glossary = anchor_terms(*glossary);
    beads = align::SentenceAligner(std::move(options))
                .align(en.sentences, ar.sentences, en.paragraphs, ar.paragraphs)
                .beads;
  }
  // The folder is the document, as mizan ingest names it.
  std::string document = fs::path(src.en).parent_path().filename().string();
  if (document.empty()) document = src.en;
  std::size_t count = 0;
  for (const align::Bead& b : beads) {
    if (b.is_null() || (src.beads.empty() && b.confidence < src.min_score)) continue;
    TranslationUnit u = align::bead_unit(b, en.sentences, ar.sentences, document);
    u.id = static_cast<std::int64_t>(++count);
    visit(u);
  }
  return count;
}

// Calls `visit` for every unit of the source; returns how many there were.
std::size_t for_each_unit(const UnitSourceOptions& src, const DbOptions& db,
                          const term::Glossary* glossary, const UnitVisitor& visit) {
  std::size_t count = 0;
  switch (unit_source(src)) {
    case UnitSource::kMemory:
      open_store(db, StoreUse::kRead)->for_each_unit([&](const TranslationUnit& u) {
        ++count;
        visit(u);
      });
      return count;
    case UnitSource::kPair:
      return for_each_aligned_unit(src, glossary, visit);
    case UnitSource::kTmx:
    case UnitSource::kTsv:
      break;
  }
  // Files: units numbered as read, the file and line as their origin.
  const formats::UnitCallback on_unit = [&](formats::ImportedUnit&& imported) {
    TranslationUnit& u = imported.unit;
    u.id = static_cast<std::int64_t>(++count);
    if (u.origins.empty()) u.origins.push_back({imported.where.file, imported.where.line});
    visit(u);
  };
  const formats::ImportSummary summary = !src.tmx.empty()
                                             ? formats::read_tmx_file(src.tmx, on_unit).summary
                                             : formats::read_tsv_file(src.tsv, on_unit);
  print_diagnostics(summary.skipped, "term");
  return count;
}

// ---------------------------------------------------------------------------------------------
// Subcommands

int term_import(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string format;
  std::vector<std::string> files;
  options.add_options()("format", po::value(&format)->default_value("auto"),
                        "auto (by extension and content), tsv (mizan), tbx (2019 or 2008), "
                        "omegat")("strict",
                                  "refuse the whole import when any line or entry is malformed")(
      "file", po::value(&files)->composing(), "files to import");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan term import [--db FILE] [--format auto|tsv|tbx|omegat] [--strict] "
                         "FILE...",
                         "  mizan term import --db team.db glossary/press-release.tsv\n"
                         "  mizan term import --db team.db --strict client-terms.tbx",
                         options, positional, vm))
    return 0;
  const std::optional<formats::GlossaryFormat> f = formats::glossary_format_from_name(format);
  if (!f) require_format(format, {"auto", "tsv", "tbx", "omegat"});
  if (files.empty()) throw Error(ExitCode::kUsage, "name the files to import");
  const bool strict = vm.count("strict") > 0;
  // Every file is read before the database is locked: only merging and saving hold the lock.
  struct ReadFile {
    std::vector<LocatedTermEntry> entries;
    Diagnostics diagnostics;
  };
  std::vector<ReadFile> read(files.size());
  for (std::size_t i = 0; i < files.size(); ++i)
    read[i].entries = read_glossary_entries(files[i], *f, read[i].diagnostics);
  std::size_t before = 0;
  term::ImportSummary total;
  Diagnostics diagnostics;
  const term::Glossary g =
      open_term_store(db, StoreUse::kWrite)->update([&](term::Glossary& glossary) {
        before = glossary.size();
        for (ReadFile& file : read) {
          term::ImportSummary s;
          try {
            s = term::import_entries(glossary, std::move(file.entries), file.diagnostics, strict);
          } catch (const Error&) {
            print_diagnostics(file.diagnostics, "term import");
            throw;  // nothing is saved
          }
          total.read += s.read;
          total.added += s.added;
          total.merged += s.merged;
          total.unchanged += s.unchanged;
          total.rejected += s.rejected;
          for (const Diagnostic& d : file.diagnostics.items())
            diagnostics.add(d.where, d.message, d.record);
        }
      });
  print_diagnostics(diagnostics, "term import");
  std::cerr << "imported " << total.read << " entries: " << total.added << " new, " << total.merged
            << " merged, " << total.unchanged << " duplicates, " << total.rejected
            << " refused; the glossary in " << resolve_db_path(db) << " has " << g.size()
            << " entries (was " << before << ")\n";
  return 0;
}

int term_export(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string format, output;
  options.add_options()("format", po::value(&format)->default_value("tsv"),
                        "tsv (mizan), tbx (TBX-Basic 2019), tbx2008 (TBX-Basic martif), omegat")(
      "output,o", po::value(&output)->default_value("-"), "output file, - for stdout");
  add_db_options(options, db);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan term export [--db FILE] [--format tsv|tbx|tbx2008|omegat] "
                         "[-o FILE]",
                         "  mizan term export --db team.db --format tbx -o press.tbx\n"
                         "  mizan term export --db team.db --format omegat -o "
                         "project/glossary/press.utf8",
                         options, positional, vm))
    return 0;
  require_format(format, {"tsv", "tbx", "tbx2008", "omegat"});
  const term::Glossary g = load_glossary(db);
  std::string data;
  if (format == "tbx") data = formats::write_tbx(g.entries(), formats::TbxEdition::k2019);
  if (format == "tbx2008") data = formats::write_tbx(g.entries(), formats::TbxEdition::k2008);
  if (format == "omegat") data = formats::write_omegat_glossary(g.entries());
  if (format == "tsv") data = formats::write_glossary_tsv(g.entries());
  formats::AtomicOutputFile out(output);
  out.write(data);
  out.commit();
  return 0;
}

int term_add(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string status;
  TermEntry e;
  options.add_options()("status", po::value(&status)->default_value("preferred"),
                        "preferred, admitted or deprecated")(
      "en-variant", po::value(&e.en_variants)->composing(), "another English form (repeatable)")(
      "ar-variant", po::value(&e.ar_variants)->composing(),
      "another spelling of the Arabic (repeatable)")(
      "pos", po::value(&e.part_of_speech),
      "part of speech (noun, properNoun, adjective, phrase...)")(
      "domain", po::value(&e.domain), "subject field")("note", po::value(&e.note), "usage note")(
      "en", po::value(&e.en), "English term")("ar", po::value(&e.ar), "Arabic rendering");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("en", 1).add("ar", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan term add [--db FILE] [--status S] [options] EN AR",
                         "  mizan term add --db team.db --pos properNoun --en-variant "
                         "'Dayr az-Zawr' 'Deir ez-Zor' 'دير الزور'",
                         options, positional, vm))
    return 0;
  const std::optional<TermStatus> s = term_status_from_name(status);
  if (!s) throw Error(ExitCode::kUsage, "--status must be preferred, admitted or deprecated");
  e.status = *s;
  if (const std::string problem = term::entry_problem(e); !problem.empty())
    throw Error(ExitCode::kDataError, problem);
  term::MergeResult r;
  open_term_store(db, StoreUse::kWrite)->update([&](term::Glossary& g) { r = g.add(e); });
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
  DbOptions db;
  std::string format, status, domain, contains;
  options.add_options()("format", po::value(&format)->default_value("text"), "text, tsv or json")(
      "status", po::value(&status), "only entries with this status")("domain", po::value(&domain),
                                                                     "only entries of this domain")(
      "contains", po::value(&contains), "only entries with this text in a term or variant");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("contains", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan term list [--db FILE] [--status S] [--domain D] [TEXT]",
                         "  mizan term list --db team.db --status deprecated\n"
                         "  mizan term list --db team.db Zor",
                         options, positional, vm))
    return 0;
  require_format(format, {"text", "tsv", "json"});
  const term::Glossary g = load_glossary(db);
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
  DbOptions db;
  std::string en, ar;
  options.add_options()("en", po::value(&en), "English term")("ar", po::value(&ar),
                                                              "Arabic rendering (optional)");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("en", 1).add("ar", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan term rm [--db FILE] EN [AR]",
                         "  mizan term rm --db team.db ISIS 'الدولة الإسلامية'\n"
                         "  mizan term rm --db team.db 'Hamrin Mountains'   # every rendering",
                         options, positional, vm))
    return 0;
  if (en.empty()) throw Error(ExitCode::kUsage, "name the English term to remove");
  if (!fs::exists(resolve_db_path(db))) {
    throw Error(ExitCode::kNoInput, "no mizan database here", {.file = resolve_db_path(db)});
  }
  std::size_t removed = 0;
  open_term_store(db, StoreUse::kWrite)->update([&](term::Glossary& g) {
    removed = g.remove(en, ar);
  });
  if (removed == 0) {
    std::cerr << "no such entry: " << en << (ar.empty() ? "" : " → " + ar) << "\n";
    return static_cast<int>(ExitCode::kFailure);
  }
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

// Renderings used in the memory for the terms of `segment`: the units holding any form of each
// term are found through the memory's concordance index (newest first, at most `max_units` per
// form) rather than by reading every unit. Returns the match offsets whose units were cut short.
std::unordered_set<std::size_t> usage_from_memory(tm::Store& memory, const term::Recognizer& rec,
                                                  std::string_view segment, Language lang,
                                                  std::size_t max_units, term::UsageIndex& usage) {
  std::unordered_set<std::int64_t> seen;
  std::unordered_set<std::size_t> truncated;
  for (const term::TermMatch& m : rec.find(segment, lang)) {
    for (const std::string& form : term::forms_of(rec, m, lang)) {
      tm::ConcordanceOptions o;
      o.lang = lang;
      o.max_results = max_units;
      tm::ConcordanceResult found = memory.concordance(form, o);
      if (found.truncated) truncated.insert(m.begin);
      for (const tm::ConcordanceHit& hit : found.hits) {
        if (seen.insert(hit.unit.id).second) usage.add(hit.unit);
      }
    }
  }
  return truncated;
}

int term_suggest(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  std::string glossary_file;
  std::string lang, format;
  std::vector<std::string> words;
  UnitSourceOptions units;
  // Enough units for the counts to show the memory's habits; reading more costs time for every
  // frequent term (CENTCOM is in most units of a CENTCOM memory).
  std::size_t max_units = 2000;
  options.add_options()("lang", po::value(&lang)->default_value("auto"),
                        "language of the segment: en, ar, auto")(
      "format", po::value(&format)->default_value("text"), "text or json")(
      "max-units", po::value(&max_units)->default_value(max_units),
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
  const UnitSource source = unit_source(units);
  const std::string segment = input_text(words);
  const Language l = language_of(lang, segment);
  const term::Glossary g = load_glossary(db, glossary_file);
  const term::Recognizer rec(g);
  term::UsageIndex usage(rec);
  std::unordered_set<std::size_t> truncated;
  if (source == UnitSource::kMemory) {
    truncated =
        usage_from_memory(*open_store(db, StoreUse::kRead), rec, segment, l, max_units, usage);
  } else {
    for_each_unit(units, db, &g, [&](const TranslationUnit& u) { usage.add(u); });
  }
  const std::vector<term::Suggestion> suggestions = term::suggest(rec, segment, l, &usage);
  Output out;
  if (format == "json") out.write("[");
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    const term::Suggestion& s = suggestions[i];
    const bool cut = truncated.count(s.match.begin) > 0;
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
                ",\"renderings\":" + r + "],\"used\":" + u +
                "],\"newest_units_only\":" + (cut ? "true" : "false") + "}");
      continue;
    }
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
  DbOptions db;
  std::string glossary_file;
  std::string format;
  UnitSourceOptions units;
  std::size_t examples = 3;
  options.add_options()("format", po::value(&format)->default_value("text"), "text or json")(
      "examples", po::value(&examples)->default_value(3), "examples per problem")(
      "strict", "exit with status 1 when a problem is found (to gate a delivery)");
  add_db_options(options, db);
  add_glossary_file_option(options, glossary_file);
  add_unit_source_options(options, units);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan term check [--db FILE] [--tmx F | --tsv F | --en F --ar F [--beads B]] "
          "[--format text|json] [--strict]",
          "  mizan term check --db team.db                 # the whole memory\n"
          "  mizan term check --db team.db --strict --tmx delivery.tmx\n"
          "  mizan term check --db team.db --en release/en.txt --ar release/ar.txt",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "json"});
  unit_source(units);  // usage errors before any work
  const term::Glossary g = load_glossary(db, glossary_file);
  const term::Recognizer rec(g);
  term::Checker checker(rec, {.max_examples = examples});
  ProgressBar progress("checking");
  std::size_t seen = 0;
  const std::size_t n = for_each_unit(units, db, &g, [&](const TranslationUnit& u) {
    checker.add(u);
    progress.update(++seen, 0);
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
  DbOptions db;
  std::string format;
  UnitSourceOptions units;
  term::ExtractOptions x;
  options.add_options()("format", po::value(&format)->default_value("text"),
                        "text, tsv (mizan glossary TSV, ready to review and import) or json")(
      "top", po::value(&x.top)->default_value(x.top), "how many candidates")(
      "min-count", po::value(&x.min_pair_count)->default_value(x.min_pair_count),
      "units a pair must share")("max-words", po::value(&x.max_words)->default_value(x.max_words),
                                 "longest n-gram")("include-known",
                                                   "also list pairs the glossary already has");
  add_db_options(options, db);
  add_unit_source_options(options, units);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan term extract [--db FILE] [--tmx F | --tsv F | --en F --ar F [--beads B]] "
          "[--top N] [--format text|tsv|json]",
          "  mizan term extract --db team.db --top 50 --format tsv > candidates.tsv\n"
          "  mizan term import --db team.db candidates.tsv   # after review",
          options, positional, vm))
    return 0;
  require_format(format, {"text", "tsv", "json"});
  x.include_known = vm.count("include-known") > 0;
  // The stored glossary, when there is one, marks the pairs it already has.
  std::optional<term::Glossary> g;
  if (const std::string path = resolve_db_path(db); fs::exists(path)) {
    g = open_term_store(db, StoreUse::kRead)->load();
    if (g->empty()) g.reset();
  }
  term::Extractor extractor(x);
  ProgressBar progress("reading");
  std::size_t seen = 0;
  for_each_unit(units, db, g ? &*g : nullptr, [&](const TranslationUnit& u) {
    extractor.add(u);
    progress.update(++seen, 0);
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
           "The glossary lives in the database given by --db (default: $MIZAN_DB, else "
           "./mizan.db),\nbeside the translation memory that suggest, check and extract read.\n"
           "example:\n  mizan term import --db team.db glossary/press-release.tsv\n"
           "  mizan term find --db team.db --lang en 'Gen. Kurilla visited Dayr az-Zawr'\n";
    return args.empty() ? static_cast<int>(ExitCode::kUsage) : 0;
  }
  for (const Subcommand& s : kSubcommands) {
    if (s.name == args[0]) return s.run(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  throw Error(ExitCode::kUsage, "unknown subcommand \"" + args[0] + "\" (see mizan term --help)");
}

}  // namespace mizan::cli
