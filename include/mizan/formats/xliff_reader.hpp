#pragma once
// XLIFF files read back: the segments of an XLIFF 1.2 file (also as Trados writes it, SDLXLIFF,
// whose segments are <mrk mtype="seg"> inside <seg-source> and <target>, and as memoQ writes it,
// MQXLIFF, whose mq: attributes carry the status) or an XLIFF 2.x file, with source and target
// and their inline codes. `mizan import` stores the translated ones; `mizan pretranslate` fills
// the empty targets of the file it was given and writes it back otherwise unchanged.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/document_content.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/unit_io.hpp"
#include "mizan/formats/xliff.hpp"

namespace mizan::formats {

/// Which tool's XLIFF it is, by its namespaces.
enum class XliffFlavour { kPlain, kSdlXliff, kMqXliff };

/// One segment of an XLIFF file.
struct XliffFileSegment {
  std::string id;    // 1.2: trans-unit id (SDLXLIFF: id/mid); 2.x: unit id/segment id
  std::string file;  // the <file original> it belongs to
  InlineContent source;
  InlineContent target;  // empty when there is none
  std::string state;     // the target's state as the file says it (1.2 state, 2.x state, mq:status)
  SourceLocation where;  // file and line of the segment
};

/// An XLIFF file held in memory, its segments listed, its empty targets fillable.
class XliffFileEditor {
 public:
  /// Parses `xml` (named `name` in messages). Throws kDataError with the line for malformed XML,
  /// a root that is not XLIFF 1.2 or 2.x, an element or attribute in a namespace XLIFF and the
  /// known tools do not use, and inline codes whose ends do not match (a <bpt> without its
  /// <ept>, an <sc> without its <ec> that is not marked isolated, an end that starts nothing).
  XliffFileEditor(std::string_view xml, const std::string& name);
  ~XliffFileEditor();
  XliffFileEditor(const XliffFileEditor&) = delete;
  XliffFileEditor& operator=(const XliffFileEditor&) = delete;

  XliffVersion version() const;
  XliffFlavour flavour() const;
  std::string source_language() const;
  std::string target_language() const;
  const std::vector<XliffFileSegment>& segments() const;

  /// Whether segment `index` can be filled: it has no target or an empty one (SDLXLIFF segments
  /// are read only).
  bool fillable(std::size_t index) const;
  /// Gives segment `index` the target, state, alternatives and term notes of `filled` (as
  /// write_xliff writes them). Only for a fillable segment.
  void fill(std::size_t index, const XliffSegment& filled);
  /// The file with what was filled.
  void write(const ByteSink& sink) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::formats
