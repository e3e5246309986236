// mizan ingest: every folder holding en.txt and ar.txt is segmented, aligned and stored in the
// translation memory, in one transaction (an interrupted ingest leaves the memory as it was;
// running it again completes it, and re-ingesting a folder changes nothing).

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "commands.hpp"
#include "common.hpp"
#include "document_pair.hpp"
#include "glossary_options.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/dictd.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/input.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

namespace fs = std::filesystem;

/// A document pair: its folder and its id in the memory (the folder's name).
struct Folder {
  fs::path path;
  std::string document;
};

struct IngestTotals {
  std::size_t documents = 0, skipped_documents = 0;
  std::size_t low_score_beads = 0, unaligned_sentences = 0;
};

bool is_document_folder(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "en.txt", ec) && fs::is_regular_file(dir / "ar.txt", ec);
}

// Every folder under the arguments (the arguments included) that holds en.txt and ar.txt, in
// path order. The folder's name is the document id; two folders of one name are refused, since
// their units would be taken for one document's.
std::vector<Folder> find_folders(const std::vector<std::string>& dirs) {
  std::vector<Folder> folders;
  for (const std::string& d : dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) throw Error(ExitCode::kNoInput, "no such folder", {.file = d});
    std::vector<fs::path> found;
    if (is_document_folder(d)) found.push_back(d);
    for (fs::recursive_directory_iterator it(d, fs::directory_options::skip_permission_denied, ec),
         end;
         it != end; it.increment(ec)) {
      if (ec) throw Error(ExitCode::kIoError, "cannot list: " + ec.message(), {.file = d});
      if (it->is_directory(ec) && is_document_folder(it->path())) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    for (const fs::path& p : found) {
      fs::path name = p.filename();
      if (name.empty()) name = p.parent_path().filename();  // "corpora/doc/"
      if (name.empty() || name == ".") name = fs::absolute(p).lexically_normal().filename();
      folders.push_back({p, name.string()});
    }
  }
  std::map<std::string, fs::path> seen;
  for (const Folder& f : folders) {
    const auto [it, fresh] = seen.emplace(f.document, f.path);
    if (!fresh && fs::weakly_canonical(it->second) != fs::weakly_canonical(f.path)) {
      throw Error(ExitCode::kUsage, "two document folders are called \"" + f.document +
                                        "\": " + it->second.string() + " and " + f.path.string() +
                                        " (the folder name is the document id)");
    }
  }
  // The same folder given twice (corpora/ and corpora/doc) is ingested once.
  std::set<std::string> once;
  std::erase_if(folders, [&](const Folder& f) { return !once.insert(f.document).second; });
  return folders;
}

// Stores one aligned document: beads at or above the threshold as units (with the neighbouring
// sentences as context and the first English sentence as position), the others and every
// sentence without a counterpart set aside.
void store(const Folder& f, const DocumentSide& en, const DocumentSide& ar,
           const std::vector<align::Bead>& beads, double min_score, const std::string& creator,
           tm::ImportSession& session, IngestTotals& totals) {
  for (const align::Bead& b : beads) {
    if (b.is_null()) {
      tm::AsideSegment aside;
      aside.reason = tm::AsideSegment::Reason::kUnaligned;
      aside.document = f.document;
      aside.confidence = b.confidence;
      if (b.en_count > 0) {
        aside.side = Language::kEnglish;
        aside.position = static_cast<std::int64_t>(b.en_begin);
        aside.en = align::bead_text(en.sentences, b.en_begin, b.en_count);
      } else {
        aside.side = Language::kArabic;
        aside.position = static_cast<std::int64_t>(b.ar_begin);
        aside.ar = align::bead_text(ar.sentences, b.ar_begin, b.ar_count);
      }
      session.set_aside(aside);
      totals.unaligned_sentences += b.en_count + b.ar_count;
      continue;
    }
    if (b.confidence < min_score) {
      tm::AsideSegment aside;
      aside.reason = tm::AsideSegment::Reason::kLowScore;
      aside.document = f.document;
      aside.side = Language::kEnglish;
      aside.position = static_cast<std::int64_t>(b.en_begin);
      aside.en = align::bead_text(en.sentences, b.en_begin, b.en_count);
      aside.ar = align::bead_text(ar.sentences, b.ar_begin, b.ar_count);
      aside.confidence = b.confidence;
      session.set_aside(aside);
      ++totals.low_score_beads;
      continue;
    }
    TranslationUnit u = align::bead_unit(b, en.sentences, ar.sentences, f.document);
    u.creator = creator;
    session.add(u);
  }
}

}  // namespace

int run_ingest(const std::vector<std::string>& args) {
  po::options_description options("options");
  std::vector<std::string> dirs;
  std::string dict;
  double min_score = 0.5;
  DbOptions db;
  AnchorGlossaryOptions glossary;
  options.add_options()(
      "min-score", po::value(&min_score)->default_value(0.5),
      "beads with a lower alignment confidence (0-1) are kept aside, not stored as units "
      "(0.5: kept when more likely right than wrong)")(
      "dict", po::value(&dict),
      "bilingual dictionary for the aligner, dictd format (/usr/share/dictd/freedict-eng-ara)")(
      "skip-bad", "skip a folder that cannot be read or aligned (default: store nothing)")(
      "dir", po::value(&dirs)->composing(), "folders to search for en.txt + ar.txt");
  add_anchor_glossary_options(options, glossary);
  add_db_options(options, db);
  po::positional_options_description positional;
  positional.add("dir", -1);
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan ingest [--min-score S] [--dict FILE] [--glossary FILE | "
                         "--no-glossary] [--db FILE] DIR...",
                         "  mizan ingest corpora/        # every folder with en.txt and ar.txt\n"
                         "  mizan ingest --db team.db --min-score 0.8 releases/2025-01",
                         options, positional, vm)) {
    return 0;
  }
  if (dirs.empty()) throw Error(ExitCode::kUsage, "no folder given (see --help)");
  if (min_score < 0 || min_score > 1) {
    throw Error(ExitCode::kUsage, "--min-score must be between 0 and 1");
  }
  const bool skip_bad = vm.count("skip-bad") > 0;
  const std::vector<Folder> folders = find_folders(dirs);
  if (folders.empty()) {
    throw Error(ExitCode::kNoInput, "no folder with en.txt and ar.txt under " + dirs.front());
  }
  std::string creator;
  if (const char* user = std::getenv("USER"); user != nullptr) creator = user;

  // Segment everything first: bad files fail before the database is touched, and the dictionary
  // is read once, for the words of every document.
  const segment::Segmenter segmenter(load_rules({}));
  std::vector<std::pair<DocumentSide, DocumentSide>> sides;
  std::vector<const Folder*> good;
  IngestTotals totals;
  for (const Folder& f : folders) {
    try {
      DocumentSide en = segment_file((f.path / "en.txt").string(), Language::kEnglish, segmenter);
      DocumentSide ar = segment_file((f.path / "ar.txt").string(), Language::kArabic, segmenter);
      check_pair(en, ar, (f.path / "en.txt").string(), (f.path / "ar.txt").string(),
                 BadPair::kRefuse, "ingest");
      sides.emplace_back(std::move(en), std::move(ar));
      good.push_back(&f);
    } catch (const Error& e) {
      if (!skip_bad) throw;
      std::cerr << "mizan ingest: skipped: " << e.what() << "\n";
      ++totals.skipped_documents;
    }
  }
  align::AlignerOptions aligner_options;
  if (!dict.empty()) {
    std::vector<std::string> vocabulary;
    for (const auto& [en, ar] : sides) {
      for (std::string& w : align::english_vocabulary(en.sentences))
        vocabulary.push_back(std::move(w));
    }
    std::sort(vocabulary.begin(), vocabulary.end());
    vocabulary.erase(std::unique(vocabulary.begin(), vocabulary.end()), vocabulary.end());
    aligner_options.dictionary =
        std::make_shared<const BilingualDictionary>(formats::read_dictd(dict, &vocabulary));
  }
  // The memory first: a database this command cannot use stops it before anything else.
  const std::unique_ptr<tm::Store> memory = open_store(db, StoreUse::kWrite);
  aligner_options.glossary = anchor_glossary(glossary, db, "ingest");
  align::SentenceAligner aligner(std::move(aligner_options));

  const std::unique_ptr<tm::ImportSession> session = memory->begin_import();
  ProgressBar progress("ingesting");
  for (std::size_t i = 0; i < good.size(); ++i) {
    const auto& [en, ar] = sides[i];
    const align::Alignment alignment =
        aligner.align(en.sentences, ar.sentences, en.paragraphs, ar.paragraphs);
    store(*good[i], en, ar, alignment.beads, min_score, creator, *session, totals);
    ++totals.documents;
    progress.update(i + 1, good.size());
  }
  progress.finish();
  ProgressBar indexing("indexing");
  const tm::ImportSummary summary = session->commit(
      [&](std::size_t done, std::size_t total, std::string_view) { indexing.update(done, total); });
  indexing.finish();

  std::cout << totals.documents << " document(s): " << summary.added << " added, " << summary.merged
            << " merged, " << summary.unchanged
            << " already there; kept aside: " << totals.low_score_beads
            << " bead(s) under --min-score " << min_score << ", " << totals.unaligned_sentences
            << " sentence(s) without counterpart";
  if (totals.skipped_documents > 0) std::cout << "; " << totals.skipped_documents << " skipped";
  std::cout << "\n";
  return 0;
}

}  // namespace mizan::cli
