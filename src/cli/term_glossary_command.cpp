// mizan term import, export, add, list, rm: the glossary kept in the memory's database.

#include <filesystem>
#include <iostream>
#include <optional>

#include "glossary_options.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_file.hpp"
#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/formats/tbx.hpp"
#include "mizan/text/match_key.hpp"
#include "term_commands.hpp"
#include "term_support.hpp"

namespace mizan::cli {

namespace fs = std::filesystem;

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
  db.verify = true;  // never write a glossary into a damaged file
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
  refuse_overwriting_inputs({output}, {}, db);
  db.verify = true;  // an export of a damaged file would be silently partial
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

namespace {

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

}  // namespace

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

}  // namespace mizan::cli
