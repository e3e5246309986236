#pragma once
// XLIFF, the bilingual file CAT tools exchange: 1.2 (what OmegaT, Trados, memoQ, Okapi and
// translate-toolkit all read) and 2.1. mizan writes pretranslated documents as XLIFF, fills the
// empty targets of XLIFF files it is given, and reads finished ones back into the memory
// (xliff_reader.hpp).

#include <cstdint>
#include <string>
#include <vector>

#include "mizan/core/document_content.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

enum class XliffVersion {
  k12,  // urn:oasis:names:tc:xliff:document:1.2
  k21,  // urn:oasis:names:tc:xliff:document:2.0, version="2.1" (2.1 kept the 2.0 namespace)
};

/// A translation memory match offered for a segment (<alt-trans> in 1.2, <mtc:match> in 2.1).
struct XliffMatch {
  int score = 0;  // 101 (context), 100, 99 or the fuzzy percentage
  std::string source;
  std::string target;
  // Where it came from: the memory's unit, the document and position it was seen at, who made
  // it and when it last changed (Unix seconds, 0 unknown).
  std::int64_t unit_id = 0;
  std::string document;
  std::int64_t position = -1;
  std::string creator;
  std::int64_t changed = 0;
};

/// How far a segment's target is (1.2 state / 2.1 state).
enum class XliffState {
  kNew,          // no target (1.2: no <target>; 2.1: initial)
  kNeedsReview,  // a fuzzy match, or a match without the source's inline codes (1.2:
                 // needs-review-translation; 2.1: initial with a target)
  kTranslated,   // a 100% or 101% match (translated in both)
};

/// One sentence to translate.
struct XliffSegment {
  std::string id;        // unique in the file
  InlineContent source;  // with the document's formatting as inline codes
  std::string target;    // plain text (a memory match); empty: none
  XliffState state = XliffState::kNew;
  int target_score = 0;             // the score of the match that gave the target
  std::vector<XliffMatch> matches;  // best first (the target's match included)
  std::vector<std::string> terms;   // glossary terms of the source: "ISIS → داعش"
};

/// A block of the document (paragraph, PO entry): 1.2 <group>, 2.1 <unit>.
struct XliffUnit {
  std::string id;                  // unique in the file
  std::vector<std::string> notes;  // for the translator (PO comments)
  std::vector<XliffSegment> segments;
};

/// One input document (<file>).
struct XliffFile {
  std::string original;  // the document's file name
  std::string datatype;  // plaintext, html, x-docx, po
  std::vector<XliffUnit> units;
};

struct XliffDocument {
  std::string source_language = "en";
  std::string target_language = "ar";
  std::vector<XliffFile> files;
};

/// Writes `document` as XLIFF `version` to `sink`, one unit at a time. Every inline code of a
/// source is kept: a pair whose two ends are in one segment (1.2) or unit (2.1) as paired codes
/// (<bpt>/<ept>; <sc>/<ec>), an end whose partner is elsewhere as an isolated one (<it>; <sc>/<ec>
/// isolated="yes"), standalone codes as <ph>; their original markup goes along. Throws
/// kDataError for text that is not valid UTF-8 and whatever the sink throws.
void write_xliff(const XliffDocument& document, XliffVersion version, const ByteSink& sink);

}  // namespace mizan::formats
