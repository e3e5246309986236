// mizan export: the translation memory, or the part of it a filter selects, as TMX 1.4b (for CAT
// tools), TSV bitext or Moses line-aligned files (for MT training). One streaming pass over one
// snapshot of the store; the files appear whole or not at all.

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>
#include <optional>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/moses.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/formats/tmx_date.hpp"
#include "mizan/formats/tmx_writer.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

struct ExportOptions {
  std::string tmx, tsv, moses;  // exactly one of them
  std::vector<std::string> documents;
  std::string since, until;
  double min_confidence = 0.0;
  std::string srclang = "en";
  std::string en_locale, ar_locale;
};

// --since / --until: a TMX date (20250106T093000Z) or ISO 8601 (2025-01-06, 2025-01-06T09:30:00).
// A date without a time means the whole day: from its first second for --since, to its last for
// --until.
std::int64_t parse_date_option(const std::string& value, std::string_view option, bool end) {
  const std::optional<std::int64_t> t = formats::parse_tmx_date(value);
  if (!t) {
    throw Error(ExitCode::kUsage,
                std::string(option) +
                    " must be a date like 2025-01-06 or 20250106T093000Z, not \"" + value + "\"");
  }
  const bool date_only = value.find_first_of("Tt") == std::string::npos;
  return end && date_only ? *t + 86400 - 1 : *t;
}

formats::ExportFilter make_filter(const ExportOptions& o) {
  formats::ExportFilter filter;
  filter.documents = o.documents;
  if (!o.since.empty()) filter.changed_from = parse_date_option(o.since, "--since", false);
  if (!o.until.empty()) filter.changed_to = parse_date_option(o.until, "--until", true);
  if (filter.changed_from > filter.changed_to) {
    throw Error(ExitCode::kUsage, "--since is after --until: no unit can match");
  }
  if (!(o.min_confidence >= 0.0 && o.min_confidence <= 1.0)) {
    throw Error(ExitCode::kUsage, "--min-confidence must be between 0 and 1");
  }
  filter.min_confidence = o.min_confidence;
  return filter;
}

formats::TmxSourceLanguage parse_srclang(const std::string& value) {
  if (value == "en") return formats::TmxSourceLanguage::kEnglish;
  if (value == "ar") return formats::TmxSourceLanguage::kArabic;
  if (value == "all" || value == "*all*") return formats::TmxSourceLanguage::kAll;
  throw Error(ExitCode::kUsage, "--srclang must be en, ar or all, not \"" + value + "\"");
}

// A locale for one side must name that side's language ("en-US" for English, not "ar-SA").
void check_locale(const std::string& locale, Language lang, std::string_view option) {
  if (locale.empty() || language_from_tag(locale) == lang) return;
  throw Error(ExitCode::kUsage, std::string(option) + " must be a " +
                                    (lang == Language::kEnglish ? "English" : "Arabic") +
                                    " language tag (" + std::string(language_code(lang)) + ", " +
                                    std::string(language_code(lang)) + "-XX), not \"" + locale +
                                    "\"");
}

// The header's creation date: SOURCE_DATE_EPOCH when set (reproducible exports: the same memory
// gives the same bytes, so export -> import -> export can be compared with cmp), else now.
std::int64_t creation_date() {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (env == nullptr || *env == '\0') return static_cast<std::int64_t>(std::time(nullptr));
  char* end = nullptr;
  errno = 0;
  const long long value = std::strtoll(env, &end, 10);
  if (errno != 0 || *end != '\0' || value <= 0) {
    throw Error(
        ExitCode::kConfig,
        "SOURCE_DATE_EPOCH must be a positive number of seconds, not \"" + std::string(env) + "\"");
  }
  return value;
}

// The output files of one format and the writer that fills them.
struct ExportTarget {
  std::vector<std::unique_ptr<formats::AtomicOutputFile>> files;
  std::unique_ptr<formats::UnitWriter> writer;
  const formats::TmxWriter* tmx = nullptr;  // the writer, when it writes TMX
};

formats::AtomicOutputFile& add_file(ExportTarget& out, const std::string& path) {
  out.files.push_back(std::make_unique<formats::AtomicOutputFile>(path));
  return *out.files.back();
}

ExportTarget open_output(const ExportOptions& o) {
  ExportTarget out;
  if (!o.tmx.empty()) {
    formats::TmxWriteOptions tmx{.srclang = parse_srclang(o.srclang),
                                 .en_locale = o.en_locale,
                                 .ar_locale = o.ar_locale,
                                 .creation_date = creation_date()};
    auto writer = std::make_unique<formats::TmxWriter>(add_file(out, o.tmx).sink(), tmx);
    out.tmx = writer.get();
    out.writer = std::move(writer);
  } else if (!o.tsv.empty()) {
    out.writer = std::make_unique<formats::TsvWriter>(add_file(out, o.tsv).sink());
  } else {
    formats::AtomicOutputFile& en = add_file(out, o.moses + ".en");
    formats::AtomicOutputFile& ar = add_file(out, o.moses + ".ar");
    out.writer = std::make_unique<formats::MosesWriter>(en.sink(), ar.sink());
  }
  return out;
}

}  // namespace

int run_export(const std::vector<std::string>& args) {
  po::options_description options("options");
  ExportOptions o;
  DbOptions db;
  options.add_options()("tmx", po::value(&o.tmx), "write TMX 1.4b to this file (- for stdout)")(
      "tsv", po::value(&o.tsv), "write a TSV bitext (en<TAB>ar under a header line)")(
      "moses", po::value(&o.moses), "write Moses files PREFIX.en and PREFIX.ar, line-aligned")(
      "document", po::value(&o.documents),
      "only units seen in this document (a corpus folder or an imported file); repeatable")(
      "since", po::value(&o.since), "only units last changed on or after this date (2025-01-06)")(
      "until", po::value(&o.until), "only units last changed on or before this date")(
      "min-confidence", po::value(&o.min_confidence)->default_value(0.0),
      "only units aligned with at least this confidence (0-1; added and imported units have 1)")(
      "srclang", po::value(&o.srclang)->default_value("en"),
      "TMX source language: en, ar, or *all* (each unit says its own)")(
      "en-locale", po::value(&o.en_locale),
      "xml:lang of every English segment (en-US, en-GB; default: each unit's own, en)")(
      "ar-locale", po::value(&o.ar_locale),
      "xml:lang of every Arabic segment (ar-SA, ar-EG; default: each unit's own, ar)");
  add_db_options(options, db);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan export [--db FILE] (--tmx FILE | --tsv FILE | --moses PREFIX) [--document D]... "
          "[--since DATE] [--until DATE] [--min-confidence X] [--srclang en|ar|*all*] "
          "[--en-locale L] [--ar-locale L]",
          "  mizan export --db team.db --tmx team.tmx --en-locale en-US --ar-locale ar-SA\n"
          "  mizan export --db team.db --moses train --min-confidence 0.8 --since 2025-01-01",
          options, positional, vm)) {
    return 0;
  }
  const int outputs = !o.tmx.empty() + !o.tsv.empty() + !o.moses.empty();
  if (outputs != 1) {
    throw Error(ExitCode::kUsage, outputs == 0 ? "say where to export: --tmx, --tsv or --moses"
                                               : "one of --tmx, --tsv, --moses at a time");
  }
  if (o.moses == "-") throw Error(ExitCode::kUsage, "--moses needs a file prefix, not -");
  if (o.tmx.empty() &&
      (!vm["srclang"].defaulted() || vm.count("en-locale") != 0 || vm.count("ar-locale") != 0)) {
    throw Error(ExitCode::kUsage, "--srclang, --en-locale and --ar-locale apply to --tmx only");
  }
  check_locale(o.en_locale, Language::kEnglish, "--en-locale");
  check_locale(o.ar_locale, Language::kArabic, "--ar-locale");
  parse_srclang(o.srclang);
  const formats::ExportFilter filter = make_filter(o);

  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  ExportTarget out = open_output(o);
  std::size_t seen = 0;
  ProgressBar bar("exporting");
  store->for_each_unit(
      [&](const TranslationUnit& unit) {
        ++seen;
        if (filter.accepts(unit)) out.writer->write(unit);
      },
      bar.callback());
  out.writer->finish();
  for (const auto& file : out.files)
    file->commit();
  bar.finish();

  // With the TMX on standard output, the summary must not end up inside it.
  std::ostream& report = o.tmx == "-" || o.tsv == "-" ? std::cerr : std::cout;
  std::string where;
  for (const auto& file : out.files)
    where += (where.empty() ? "" : ", ") + file->path();
  report << where << ": " << out.writer->written() << " unit(s)";
  if (out.writer->written() != seen) report << " of " << seen << " (the others filtered out)";
  report << "\n";
  if (out.tmx != nullptr && out.tmx->replaced_characters() > 0) {
    std::cerr << "mizan export: warning: " << out.tmx->replaced_characters()
              << " character(s) XML cannot carry were written as U+FFFD in notes, props or "
                 "attributes\n";
  }
  return 0;
}

}  // namespace mizan::cli
