#pragma once
// The translation units that `mizan term` check, suggest and extract read: those of the memory,
// of a TMX or TSV file, or of one document pair aligned as `mizan align` aligns it.

#include <cstddef>
#include <string>
#include <vector>

#include "mizan/core/diagnostics.hpp"
#include "mizan/pipeline/units.hpp"
#include "mizan/term/glossary.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::pipeline {

/// Where the units come from: one of tmx, tsv, en + ar (with beads: their alignment), or none of
/// them for the memory. The fields are `mizan term`'s options of the same names.
struct UnitSourceOptions {
  std::string tmx, tsv;                      // a TMX file; a TSV bitext
  std::string en, ar;                        // a document and its translation
  std::string beads;                         // the alignment of en and ar instead of aligning them
  bool presegmented = false;                 // en and ar hold one sentence per line
  BeadFilter filter{.min_confidence = 0.5};  // which aligned beads are units (units.hpp)
};

enum class UnitSourceKind { kMemory, kTmx, kTsv, kPair };

/// The kind of source `options` name. Usage errors (kUsage, naming the options as `mizan term`
/// spells them) for two sources, en without ar, beads or presegmented without a pair, and a
/// min_confidence outside [0, 1].
UnitSourceKind unit_source_kind(const UnitSourceOptions& options);

struct UnitSourceSummary {
  std::size_t units = 0;              // visited
  std::vector<std::string> warnings;  // an uneven pair (check_pair's kUneven problem)
  Diagnostics skipped;                // records of a TMX or TSV file that were skipped
};

/// Calls `visit` for every unit of the source. The memory's units are those of `memory` (required
/// for kMemory, unused otherwise). File units are numbered as read, their file and line as
/// origin; a pair is refused when check_pair says it is no pair, aligned with the terms of
/// `anchors` (when not null) as anchors, and its units numbered (for_each_unit).
UnitSourceSummary for_each_unit(const UnitSourceOptions& options, tm::Store* memory,
                                const term::Glossary* anchors, const UnitVisitor& visit);

}  // namespace mizan::pipeline
