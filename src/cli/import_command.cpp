// mizan import: bulk-load translation units from a file, in one transaction (an interrupted
// import leaves the memory as it was; running it again completes it).

#include <filesystem>
#include <iostream>
#include <optional>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/background_reader.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "mizan/pipeline/lexicon.hpp"
#include "mizan/tm/import_session.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

/// Reads one file format, handing units over one at a time.
using UnitReader = std::function<formats::ImportSummary(
    const std::string& path, const formats::UnitCallback& on_unit, const ProgressFn& progress)>;

struct ImportFormat {
  std::string_view extension;  // lower case, with the dot
  UnitReader read;
  // Whether a record the reader skips is a fault of the file (a TSV line without two fields:
  // import nothing unless --skip-bad) or a record that is simply not for us (a TMX <tu> of
  // other languages in a multilingual memory, an untranslated one: skipped and listed).
  bool skips_are_errors;
};

// The one place that maps a file to its reader.
const std::vector<ImportFormat>& import_formats() {
  static const std::vector<ImportFormat> kFormats = {
      {".tsv", formats::read_tsv_file, true},
      {".tmx",
       [](const std::string& path, const formats::UnitCallback& on_unit, const ProgressFn& p) {
         return formats::read_tmx_file(path, on_unit, p).summary;
       },
       false},
  };
  return kFormats;
}

const ImportFormat& format_for(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const ImportFormat& f : import_formats()) {
    if (f.extension == ext) return f;
  }
  std::string known;
  for (const ImportFormat& f : import_formats()) {
    known += std::string(known.empty() ? "" : ", ") + std::string(f.extension);
  }
  throw Error(ExitCode::kUsage, "cannot import \"" + ext + "\" files (known: " + known + ")",
              {.file = path});
}

void list(const Diagnostics& items, std::size_t count, std::size_t max, std::string_view what) {
  for (std::size_t i = 0; i < items.size() && i < max; ++i) {
    std::cerr << "mizan import: " << describe(items.items()[i]) << "\n";
  }
  if (count > std::min(max, items.size())) {
    std::cerr << "mizan import: ... and " << count - std::min(max, items.size()) << " more " << what
              << "\n";
  }
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string file;
  DbOptions db;
  OwnerOptions owner;
  std::size_t max_errors = 20;
  options.add_options()("skip-bad",
                        "import the good records of a TSV file with bad ones (default: import "
                        "nothing and list the bad records)")(
      "no-lexicon",
      "do not teach the memory's word translations (the aligner's lexicon) the new units")(
      "max-errors", count_value(max_errors, "--max-errors", 0, 1000000),
      "bad records listed at most")("file", po::value(&file), "the file to import (.tsv, .tmx)");
  add_owner_options(options, owner);
  add_db_options(options, db);
  add_unit_limit_option(options, db);
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan import [--skip-bad] [--max-errors N] [--no-lexicon] [--client C] "
                         "[--domain D] [--project P] [--max-unit-bytes N] [--db FILE] "
                         "[--busy-timeout MS] FILE.tsv|FILE.tmx",
                         "  mizan import --db team.db pairs.tsv    # lines: English<TAB>Arabic\n"
                         "  mizan import --db team.db memory.tmx   # TMX 1.1-1.4b, any CAT tool",
                         options, positional, vm)) {
    return 0;
  }
  if (vm.count("file") == 0) throw Error(ExitCode::kUsage, "no file to import (see --help)");
  const ImportFormat& format = format_for(file);
  if (!std::filesystem::exists(file)) {
    throw Error(ExitCode::kNoInput, "no such file", {.file = file});
  }
  const std::string name = std::filesystem::path(file).filename().string();
  db.verify = true;  // never write a whole file into a damaged one
  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kWrite);
  const std::unique_ptr<tm::ImportSession> session = store->begin_import();
  std::optional<pipeline::UnitLexiconLearner> lexicon;
  if (vm.count("no-lexicon") == 0) lexicon.emplace(*session, name);
  ProgressBar reading("importing");
  formats::ImportSummary refused;  // records the reader passed but the store refuses
  // Parsing on a second thread overlaps with storing on this one (formats/background_reader.hpp).
  formats::ImportSummary read = formats::read_in_background(
      format.read, file,
      [&](formats::ImportedUnit&& imported) {
        // A unit that does not say where it comes from comes from this file and line, which is
        // also what makes a second import of the same file change nothing.
        if (imported.unit.origins.empty()) {
          imported.unit.origins.push_back({name, imported.where.line - 1});
        }
        apply_owner(owner, imported.unit);
        // A record the store would refuse is a bad record; an error of the store itself (a
        // damaged database) is not the record's fault and stops the import.
        if (std::string problem = tm::unit_problem(imported.unit, db.max_side_bytes);
            !problem.empty()) {
          refused.skip(imported.where, problem, imported.record_id);
          return;
        }
        const tm::AddResult added = session->add(imported.unit);
        if (lexicon && added.outcome == tm::AddOutcome::kAdded) lexicon->add(imported.unit);
      },
      reading.callback());
  reading.finish();
  for (const Diagnostic& d : refused.skipped.items())
    read.skip(d.where, d.message, d.record);
  read.skipped_count += refused.skipped_count - refused.skipped.size();

  list(read.skipped, read.skipped_count, max_errors,
       format.skips_are_errors ? "bad records" : "skipped");
  list(read.warnings, read.warning_count, max_errors, "warnings");
  if (read.skipped_count > 0 && format.skips_are_errors && vm.count("skip-bad") == 0) {
    throw Error(ExitCode::kDataError,
                std::to_string(read.skipped_count) +
                    " bad record(s); nothing imported (fix them, or use --skip-bad)",
                {.file = file});
  }
  if (lexicon) {
    ProgressBar learning("learning word translations");
    learning.update(0, 1);
    lexicon->finish();
    learning.finish();
  }
  ProgressBar indexing("indexing");
  const tm::ImportSummary summary = session->commit(indexing.callback());
  indexing.finish();
  std::cout << file << ": " << summary.added << " added, " << summary.merged << " merged, "
            << summary.unchanged << " already there";
  if (read.skipped_count > 0) {
    std::cout << ", " << read.skipped_count
              << (format.skips_are_errors ? " bad record(s) skipped"
                                          : " skipped (no usable English/Arabic pair)");
  }
  std::cout << "\n";
  return 0;
}

}  // namespace mizan::cli
