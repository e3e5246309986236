// mizan pretranslate: documents into an XLIFF file for a CAT tool, filled from the memory.

#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/pipeline/pretranslate.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

int run_pretranslate(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::string from = "en", out_path = "-";
  int xliff_version = 1;
  bool no_context = false, no_glossary = false;
  std::vector<std::string> files;
  pipeline::PretranslateOptions o;
  DbOptions db;
  options.add_options()("from", po::value(&from)->default_value("en"),
                        "language of the documents: en or ar")(
      "min", po::value(&o.min_score)->default_value(70),
      "lowest match, in percent, that becomes a target (lower ones stay empty)")(
      "alternatives", po::value(&o.alternatives)->default_value(3),
      "matches offered per segment (alt-trans / mtc:match)")(
      "xliff", po::value(&xliff_version)->default_value(1), "1 (XLIFF 1.2) or 2 (XLIFF 2.1)")(
      "out", po::value(&out_path)->default_value("-"), "the XLIFF file (- : standard output)")(
      "no-context", po::bool_switch(&no_context), "no 101% context matches")(
      "no-glossary", po::bool_switch(&no_glossary), "no glossary terms as notes")(
      "srx", po::value(&o.srx)->composing(), "SRX rules instead of mizan's (repeatable)")(
      "file", po::value(&files)->required(), "documents: .txt, .html, .docx, .po, .xlf");
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (parse_command_line(
          args,
          "mizan pretranslate [--db FILE] [--from en|ar] [--min N] [--xliff 1|2] [--out FILE] "
          "FILE...",
          "  mizan pretranslate --db my.db --out release.xlf release.docx", options, positional,
          vm)) {
    return 0;
  }
  if (o.min_score < 0 || o.min_score > 101) throw Error(ExitCode::kUsage, "--min must be 0..101");
  if (xliff_version != 1 && xliff_version != 2) {
    throw Error(ExitCode::kUsage, "--xliff must be 1 (XLIFF 1.2) or 2 (XLIFF 2.1)");
  }
  o.from = parse_language(from, "--from");
  o.context = !no_context;
  o.xliff = xliff_version == 1 ? formats::XliffVersion::k12 : formats::XliffVersion::k21;

  const std::unique_ptr<tm::Store> store = open_store(db, StoreUse::kRead);
  term::Glossary glossary;
  if (!no_glossary) glossary = open_term_store(db, StoreUse::kRead)->load();
  formats::AtomicOutputFile out(out_path);
  const pipeline::PretranslateSummary s =
      pipeline::pretranslate_files(files, *store, &glossary, o, out.sink());
  out.commit();
  std::cerr << s.segments << " segment(s): " << s.context << " context (101%), " << s.exact
            << " exact, " << s.fuzzy << " fuzzy, " << s.empty << " without a match\n";
  return 0;
}

}  // namespace mizan::cli
