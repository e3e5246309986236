// mizan ingest: every folder holding en.txt and ar.txt is segmented, aligned and stored in the
// translation memory, in one transaction (an interrupted ingest leaves the memory as it was;
// running it again completes it; re-ingesting a revised folder replaces its units, except the
// ones edited by hand, which are listed).

#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "glossary_options.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/core/error.hpp"
#include "mizan/pipeline/folders.hpp"
#include "mizan/pipeline/ingest.hpp"
#include "mizan/tm/store.hpp"
#include "tm_options.hpp"

namespace mizan::cli {

int run_ingest(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::vector<std::string> dirs;
  std::string dict;
  pipeline::IngestOptions ingest;
  DbOptions db;
  pipeline::AnchorGlossaryOptions glossary;
  options.add_options()(
      "min-score", po::value(&ingest.filter.min_confidence)->default_value(0.5),
      "beads with a lower alignment confidence (0-1) are kept aside, not stored as units "
      "(0.5: kept when more likely right than wrong)")(
      "dict", po::value(&dict),
      "bilingual dictionary for the aligner, dictd format (/usr/share/dictd/freedict-eng-ara)")(
      "skip-bad", "skip a folder that cannot be read or aligned (default: store nothing)")(
      "no-memory-lexicon",
      "the aligner does not start from the word translations the memory has learnt (it still "
      "learns from these documents)")("dir", po::value(&dirs)->composing(),
                                      "folders to search for en.txt + ar.txt");
  OwnerOptions owner;
  add_owner_options(options, owner);
  add_anchor_glossary_options(options, glossary);
  add_db_options(options, db);
  add_unit_limit_option(options, db);
  po::positional_options_description positional;
  positional.add("dir", -1);
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan ingest [--min-score S] [--dict FILE] [--glossary FILE | "
                         "--no-glossary] [--no-memory-lexicon] [--skip-bad] [--client C] "
                         "[--domain D] [--project P] [--max-unit-bytes N] [--db FILE] "
                         "[--busy-timeout MS] DIR...",
                         "  mizan ingest corpora/        # every folder with en.txt and ar.txt\n"
                         "  mizan ingest --db team.db --min-score 0.8 releases/2025-01",
                         options, positional, vm)) {
    return 0;
  }
  if (dirs.empty()) throw Error(ExitCode::kUsage, "no folder given (see --help)");
  ingest.client = owner.client;
  ingest.domain = owner.domain;
  ingest.project = owner.project;
  const double min_score = ingest.filter.min_confidence;
  require_in_range(min_score, "--min-score", 0, 1);
  const std::vector<pipeline::DocumentFolder> folders = pipeline::find_document_folders(dirs);
  if (const char* user = std::getenv("USER"); user != nullptr) ingest.creator = user;
  ingest.max_side_bytes = db.max_side_bytes;
  ingest.memory_lexicon = vm.count("no-memory-lexicon") == 0;

  // Read everything first: bad files fail before the database is touched.
  const pipeline::FolderDocuments read = pipeline::read_document_folders(
      folders, vm.count("skip-bad") > 0, [](const pipeline::FolderNotice& notice) {
        std::cerr << "mizan ingest: "
                  << (notice.kind == pipeline::FolderNotice::Kind::kSkipped ? "skipped: "
                                                                            : "warning: ")
                  << notice.message << "\n";
      });
  align::AlignerOptions aligner;
  if (!dict.empty()) aligner.dictionary = pipeline::read_dictionary(dict, read.documents);
  // The memory first: a database this command cannot use stops it before anything else.
  db.verify = true;  // never write a corpus into a damaged file
  const std::unique_ptr<tm::Store> memory = open_store(db, StoreUse::kWrite);
  aligner.glossary = anchor_glossary(glossary, db, "ingest");

  ProgressBar aligning("ingesting"), indexing("indexing");
  ingest.aligning = aligning.callback();
  ingest.indexing = [&](std::size_t done, std::size_t total, std::string_view) {
    aligning.finish();
    indexing.update(done, total);
  };
  const pipeline::IngestReport report =
      pipeline::ingest_documents(read.documents, std::move(aligner), *memory, ingest);
  aligning.finish();
  indexing.finish();

  std::cout << report.documents << " document(s): " << report.stored.added << " added, "
            << report.stored.merged << " merged, " << report.stored.unchanged
            << " already there; kept aside: " << report.low_confidence_beads
            << " bead(s) under --min-score " << min_score << ", " << report.unaligned_sentences
            << " sentence(s) without counterpart";
  if (report.stored.replaced > 0) {
    std::cout << "; replaced: " << report.stored.replaced
              << " unit(s) the documents no longer have (mizan undo puts them back)";
  }
  if (read.skipped() > 0) std::cout << "; " << read.skipped() << " skipped";
  std::cout << "\n";
  for (const tm::KeptEdit& kept : report.stored.kept_edits) {
    std::cout << "kept #" << kept.unit << " (edited by hand) at " << kept.document << " ["
              << kept.position << "]"
              << (kept.en.empty() ? "; the document no longer has it"
                                  : "; the document now says: " + kept.en + " | " + kept.ar)
              << "\n";
  }
  return 0;
}

}  // namespace mizan::cli
