#pragma once
// A translator's documents made ready for a CAT tool: segmented with mizan's rules, every segment
// looked up in the memory in document order (its predecessor as context), the best match as the
// target, the others as alternatives, and the glossary's terms as notes; the result is an XLIFF
// document (formats/xliff.hpp). `mizan pretranslate` writes it, `mizan analyze` counts its matches.

#include <cstddef>
#include <string>
#include <vector>

#include "mizan/core/document_content.hpp"
#include "mizan/core/language.hpp"
#include "mizan/formats/xliff.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/term/glossary.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::pipeline {

/// A document to translate read from `path`, by its extension: .html/.htm (HTML), .docx (Word),
/// .po/.pot (gettext), anything else plain UTF-8 text. Throws kDataError naming the file and
/// place for input the reader refuses (formats/documents.hpp), kNoInput when it cannot be read.
SourceDocument read_source_document(const std::string& path);

/// Every block of every document cut into sentences by `segmenter` in `from` (plain text: one
/// XLIFF unit per paragraph; other formats: one per block). Inline codes go with the sentence
/// they are in; an opening code between two sentences goes to the next, a closing one to the
/// previous. Segment ids are s1, s2, … and unit ids u1, u2, … across the whole document set.
formats::XliffDocument segment_documents(const std::vector<SourceDocument>& documents,
                                         const segment::Segmenter& segmenter, Language from);

struct PretranslateOptions {
  Language from = Language::kEnglish;
  int min_score = 70;            // the best match becomes the target from this score on
  std::size_t alternatives = 3;  // matches kept per segment (alt-trans / mtc:match)
  bool context = true;           // the previous segment as context (101% matches)
  // pretranslate_files only:
  formats::XliffVersion xliff = formats::XliffVersion::k12;
  std::vector<std::string> srx;  // segmentation rules merged in order; empty: mizan's own
};

/// What the pretranslation did, in segments.
struct PretranslateSummary {
  std::size_t segments = 0;
  std::size_t context = 0;  // targets from a 101% match
  std::size_t exact = 0;    // from a 100% match
  std::size_t fuzzy = 0;    // from a match under 100% (from min_score)
  std::size_t empty = 0;    // no match reached min_score
};

/// Looks every segment of `document` up in `memory` in order and fills its target, state,
/// matches and, with a glossary, the terms found in its source (preferred and admitted
/// renderings; deprecated ones are left out: the check reports them).
PretranslateSummary pretranslate(formats::XliffDocument& document, tm::Store& memory,
                                 const term::Glossary* glossary,
                                 const PretranslateOptions& options);

/// The whole of `mizan pretranslate`: reads every file (read_source_document; every error comes
/// before anything is written), segments, pretranslates and writes one XLIFF document with a
/// <file> per input to `sink`.
PretranslateSummary pretranslate_files(const std::vector<std::string>& paths, tm::Store& memory,
                                       const term::Glossary* glossary,
                                       const PretranslateOptions& options,
                                       const formats::ByteSink& sink);

/// The plain source segments of each file as pretranslate finds them, in order: an XLIFF file's
/// own segments, every other document segmented with `srx` (empty: mizan's rules) in `from`.
/// Every file is read before the first is returned, so an error comes before any work.
std::vector<std::vector<std::string>> read_segments(const std::vector<std::string>& paths,
                                                    Language from,
                                                    const std::vector<std::string>& srx);

}  // namespace mizan::pipeline
