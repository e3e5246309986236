#include "mizan/pipeline/ingest.hpp"

#include <algorithm>

#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"
#include "mizan/pipeline/lexicon.hpp"
#include "mizan/pipeline/pair_check.hpp"

namespace mizan::pipeline {
namespace {

// What ingest keeps of a bead that is no unit: the sentences without counterpart (on the side
// they are on), or a low-confidence bead with both sides, counted on the English side.
tm::AsideSegment aside_segment(const DocumentPair& pair, const align::Bead& b, BeadClass kind) {
  tm::AsideSegment aside;
  aside.document = pair.document;
  aside.confidence = b.confidence;
  if (kind == BeadClass::kLowConfidence) {
    aside.reason = tm::AsideSegment::Reason::kLowScore;
    aside.side = Language::kEnglish;
    aside.position = static_cast<std::int64_t>(b.en_begin);
    aside.en = align::bead_text(pair.en.sentences, b.en_begin, b.en_count);
    aside.ar = align::bead_text(pair.ar.sentences, b.ar_begin, b.ar_count);
    return aside;
  }
  aside.reason = tm::AsideSegment::Reason::kUnaligned;
  if (b.en_count > 0) {
    aside.side = Language::kEnglish;
    aside.position = static_cast<std::int64_t>(b.en_begin);
    aside.en = align::bead_text(pair.en.sentences, b.en_begin, b.en_count);
  } else {
    aside.side = Language::kArabic;
    aside.position = static_cast<std::int64_t>(b.ar_begin);
    aside.ar = align::bead_text(pair.ar.sentences, b.ar_begin, b.ar_count);
  }
  return aside;
}

// Stores one aligned document: its units, and what is no unit kept aside.
void store(const DocumentPair& pair, const std::vector<align::Bead>& beads,
           const IngestOptions& options, tm::ImportSession& session, IngestReport& report) {
  for (const align::Bead& b : beads) {
    const BeadClass kind = options.filter.classify(b);
    if (kind == BeadClass::kUnit) {
      TranslationUnit u = align::bead_unit(b, pair.en.sentences, pair.ar.sentences, pair.document);
      u.creator = options.creator;
      if (const std::string problem = tm::unit_problem(u, options.max_side_bytes);
          !problem.empty()) {
        throw Error(ExitCode::kDataError,
                    "sentence " + std::to_string(b.en_begin + 1) + " cannot be stored: " + problem,
                    {.file = pair.document});
      }
      u.client = options.client;
      u.domain = options.domain;
      u.project = options.project;
      session.add(u);
      continue;
    }
    session.set_aside(aside_segment(pair, b, kind));
    if (kind == BeadClass::kLowConfidence) {
      ++report.low_confidence_beads;
    } else {
      report.unaligned_sentences += b.en_count + b.ar_count;
    }
  }
}

}  // namespace

std::size_t FolderDocuments::skipped() const {
  return static_cast<std::size_t>(std::count_if(notices.begin(), notices.end(), [](const auto& n) {
    return n.kind == FolderNotice::Kind::kSkipped;
  }));
}

FolderDocuments read_document_folders(const std::vector<DocumentFolder>& folders, bool skip_bad,
                                      const FolderNoticeFn& on_notice) {
  const segment::Segmenter segmenter(segmentation_rules({}));
  FolderDocuments read;
  const auto notice = [&](FolderNotice::Kind kind, const DocumentFolder& f, std::string message) {
    read.notices.push_back({kind, f.document, std::move(message)});
    if (on_notice) on_notice(read.notices.back());
  };
  for (const DocumentFolder& f : folders) {
    DocumentPair pair;
    PairCheck check;
    try {
      pair.document = f.document;
      pair.en_file = (f.path / "en.txt").string();
      pair.ar_file = (f.path / "ar.txt").string();
      pair.en = segment_file(pair.en_file, Language::kEnglish, segmenter);
      pair.ar = segment_file(pair.ar_file, Language::kArabic, segmenter);
      check = check_pair(pair, kFolderOrderHint);
      if (check.verdict == PairVerdict::kNotAPair) throw Error(ExitCode::kDataError, check.problem);
    } catch (const Error& e) {
      if (!skip_bad) throw;
      notice(FolderNotice::Kind::kSkipped, f, e.what());
      continue;
    }
    if (check.verdict == PairVerdict::kUneven)
      notice(FolderNotice::Kind::kWarning, f, check.problem);
    read.documents.push_back(std::move(pair));
  }
  return read;
}

IngestReport ingest_documents(const std::vector<DocumentPair>& documents,
                              align::AlignerOptions aligner, tm::Store& memory,
                              const IngestOptions& options) {
  const std::unique_ptr<tm::ImportSession> session = memory.begin_import();
  PriorUse prior_use;
  if (options.memory_lexicon) aligner.prior_lexicon = memory_lexicon(*session, &prior_use);
  align::SentenceAligner sentence_aligner(std::move(aligner));
  IngestReport report;
  for (const DocumentPair& pair : documents) {
    // A document ingested again replaces what it gave before (hand edits stay).
    session->replace_document(pair.document, options.creator);
    const align::Alignment alignment = align_pair(sentence_aligner, pair);
    store(pair, alignment.beads, options, *session, report);
    if (!alignment.lexicon.empty() && session->add_lexicon(pair.document, alignment.lexicon)) {
      ++report.lexicon_documents;
    }
    ++report.documents;
    if (options.aligning) options.aligning(report.documents, documents.size(), "aligning");
  }
  report.known_pairs = prior_use.known_pairs;
  report.stored = session->commit(options.indexing);
  return report;
}

}  // namespace mizan::pipeline
