#pragma once
// Reading a file on a second thread while this one stores what it read. An import spends about
// as long parsing (libxml2, the TSV reader) as storing (cleaning, merging, indexing: SQLite); run
// one after the other they add up, overlapped on two cores the slower of the two sets the pace.
// Measured on 1,000,000 TMX units (docs/benchmarks.md, "TMX import and export"): 26.6 s in one
// thread (37,612 TU/s).

#include <string>

#include "mizan/core/progress.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// A file reader with the signature of read_tsv_file (and of a wrapper around read_tmx_file).
using FileReader = std::function<ImportSummary(const std::string& path, const UnitCallback& on_unit,
                                               const ProgressFn& progress)>;

/// Runs `read(path, ...)` on a second thread and calls `on_unit` and `progress` on this one, with
/// the units in file order: the same calls as `read(path, on_unit, progress)`, overlapped. What
/// either side throws comes out of this function, after the other side has stopped (when
/// on_unit throws, the reader is told to stop at its next unit); units read before a reader
/// error are delivered first, as a direct call would have. At most a few thousand units are
/// in flight, so memory stays flat.
ImportSummary read_in_background(const FileReader& read, const std::string& path,
                                 const UnitCallback& on_unit, const ProgressFn& progress = {});

}  // namespace mizan::formats
