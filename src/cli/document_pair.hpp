#pragma once
// A document and its translation read for aligning, as `mizan align`, `mizan ingest` and the
// `mizan term` commands that take --en/--ar read them: segmented with the built-in (or given) SRX
// rules, or one sentence per line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/input.hpp"

namespace mizan::cli {

/// One side of a document pair: its sentences and the paragraph of each (nondecreasing).
struct DocumentSide {
  std::vector<std::string> sentences;
  std::vector<std::size_t> paragraphs;
};

/// One sentence per line, a blank line ending a paragraph. Invalid UTF-8 (unless `lossy`) and
/// control characters are kDataError with the file and line.
DocumentSide read_presegmented(const std::string& path, bool lossy);

/// The file's sentences as `mizan segment` finds them.
DocumentSide segment_file(const std::string& path, Language lang,
                          const segment::Segmenter& segmenter,
                          text::ParagraphMode mode = text::ParagraphMode::kAuto,
                          bool lossy = false);

/// What check_pair does with a pair that cannot be a translation.
enum class BadPair {
  kRefuse,              // kDataError (ingest, term: there is no --force)
  kRefuseUnlessForced,  // kDataError that names --force (align)
  kWarn,                // a warning on stderr (align --force)
};

/// Refuses input that cannot be a translation pair: an empty side (always), the sides swapped, one
/// side ten times longer (as `bad` says). Warns when one side is three times longer. Messages are
/// prefixed with `command` ("align", "term", "ingest"), which also says how its user names the
/// English and the Arabic file.
void check_pair(const DocumentSide& en, const DocumentSide& ar, const std::string& en_file,
                const std::string& ar_file, BadPair bad, std::string_view command);

}  // namespace mizan::cli
