#pragma once
// Ingest: document pairs segmented, checked, aligned and stored in a translation memory, their
// confident beads as units and the rest kept aside for review, in one import session (an
// interrupted ingest leaves the memory as it was; re-ingesting a document changes nothing).
//
// Two steps, so that nothing touches the memory before every document has been read: read the
// folders (bad files fail, or are skipped, here), then align and store.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "mizan/align/aligner.hpp"
#include "mizan/core/progress.hpp"
#include "mizan/pipeline/document.hpp"
#include "mizan/pipeline/folders.hpp"
#include "mizan/pipeline/units.hpp"
#include "mizan/tm/import_session.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::pipeline {

/// Something to tell the user about one folder, found while reading it.
struct FolderNotice {
  enum class Kind {
    kWarning,  // the pair looks uneven (check_pair's kUneven); it is ingested
    kSkipped,  // it could not be read or is no translation pair; it is not ingested
  };
  Kind kind = Kind::kWarning;
  std::string document;
  std::string message;  // the problem, or the error (mizan::Error::what(), with its location)
};

using FolderNoticeFn = std::function<void(const FolderNotice&)>;

struct FolderDocuments {
  std::vector<DocumentPair> documents;  // read and checked, in folder order
  std::vector<FolderNotice> notices;    // in folder order
  std::size_t skipped() const;
};

/// Segments en.txt and ar.txt of every folder with the built-in rules and checks each pair
/// (check_pair with kFolderOrderHint). A folder that fails is an error (mizan::Error), or with
/// `skip_bad` a kSkipped notice. Each notice also goes to `on_notice` as soon as it is found, so
/// that it is told even when a later folder fails.
FolderDocuments read_document_folders(const std::vector<DocumentFolder>& folders, bool skip_bad,
                                      const FolderNoticeFn& on_notice = {});

struct IngestOptions {
  /// Units are the beads it classes kUnit; 0.5 keeps a bead when it is more likely right than
  /// wrong (units.hpp).
  BeadFilter filter{.min_confidence = 0.5};
  std::string creator;  // TranslationUnit::creator of the units (the user's login)
  ProgressFn aligning;  // documents aligned and stored, of all
  ProgressFn indexing;  // units indexed when the session commits (tm::ImportSession::commit)
};

struct IngestReport {
  std::size_t documents = 0;
  std::size_t low_confidence_beads = 0;  // kept aside as kLowScore
  std::size_t unaligned_sentences = 0;   // sentences of kNoCounterpart beads, kept aside
  tm::ImportSummary stored;              // what the memory did with the units
};

/// Aligns every document with one aligner made from `aligner` (its dictionary and anchors) and
/// stores it in one import session of `memory`: kUnit beads as units (align::bead_unit), the
/// others kept aside (tm::AsideSegment, kLowScore or kUnaligned). Commits at the end; an error
/// half-way leaves the memory as it was.
IngestReport ingest_documents(const std::vector<DocumentPair>& documents,
                              align::AlignerOptions aligner, tm::Store& memory,
                              const IngestOptions& options);

}  // namespace mizan::pipeline
