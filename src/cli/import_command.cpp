// mizan import: bulk-load translation units from a file, in one transaction (an interrupted
// import leaves the memory as it was; running it again completes it).

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/tm/tsv.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

/// Reads one file format into units; bad records go to the diagnostics.
using UnitReader =
    std::function<void(const std::string& path, const std::function<void(TranslationUnit&&)>& unit,
                       Diagnostics& diagnostics, const ProgressFn& progress)>;

struct ImportFormat {
  std::string_view extension;  // lower case, with the dot
  UnitReader read;
};

// The one place that maps a file to its reader. (.tmx joins when the TMX reader lands.)
const std::vector<ImportFormat>& import_formats() {
  static const std::vector<ImportFormat> kFormats = {
      {".tsv", tm::read_tsv},
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
  for (const ImportFormat& f : import_formats())
    known += std::string(known.empty() ? "" : ", ") + std::string(f.extension);
  throw Error(ExitCode::kUsage, "cannot import \"" + ext + "\" files (known: " + known + ")",
              {.file = path});
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string file;
  DbOptions db;
  std::size_t max_errors = 20;
  options.add_options()("skip-bad",
                        "import the good records of a file with bad ones (default: import "
                        "nothing and list the bad records)")(
      "max-errors", po::value(&max_errors)->default_value(20), "bad records listed at most")(
      "file", po::value(&file)->required(), "the file to import (.tsv)");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  if (parse_command_line(args, "mizan import [--skip-bad] [--db FILE] FILE.tsv",
                         "  mizan import --db team.db pairs.tsv    # lines: English<TAB>Arabic",
                         options, positional, vm)) {
    return 0;
  }
  const ImportFormat& format = format_for(file);
  if (!std::filesystem::exists(file)) {
    throw Error(ExitCode::kNoInput, "no such file", {.file = file});
  }
  const std::unique_ptr<tm::Store> store = open_store(db, /*create=*/true);
  const std::unique_ptr<tm::ImportSession> session = store->begin_import();
  Diagnostics diagnostics;
  ProgressBar reading("importing");
  format.read(
      file, [&](TranslationUnit&& unit) { session->add(unit); }, diagnostics,
      [&](std::size_t done, std::size_t total, std::string_view) { reading.update(done, total); });
  reading.finish();

  for (std::size_t i = 0; i < diagnostics.size() && i < max_errors; ++i) {
    std::cerr << "mizan import: " << describe(diagnostics.items()[i]) << "\n";
  }
  if (diagnostics.size() > max_errors) {
    std::cerr << "mizan import: ... and " << diagnostics.size() - max_errors << " more\n";
  }
  if (!diagnostics.empty() && vm.count("skip-bad") == 0) {
    throw Error(ExitCode::kDataError,
                std::to_string(diagnostics.size()) +
                    " bad record(s); nothing imported (fix them, or use --skip-bad)",
                {.file = file});
  }
  ProgressBar indexing("indexing");
  const tm::ImportSummary summary = session->commit(
      [&](std::size_t done, std::size_t total, std::string_view) { indexing.update(done, total); });
  indexing.finish();
  std::cout << file << ": " << summary.added << " added, " << summary.merged << " merged, "
            << summary.unchanged << " already there";
  if (!diagnostics.empty()) std::cout << ", " << diagnostics.size() << " bad record(s) skipped";
  std::cout << "\n";
  return 0;
}

}  // namespace mizan::cli
