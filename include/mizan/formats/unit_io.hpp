#pragma once
// What every exchange format shares: readers hand units to a callback one at a time, writers take
// them one at a time, so neither side ever holds a whole memory (a 1,000,000-unit TMX streams in
// flat memory). The store, the aligner or a test produces and consumes the units; the formats layer
// knows nothing of them.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/diagnostics.hpp"
#include "mizan/core/error.hpp"
#include "mizan/core/translation_unit.hpp"

namespace mizan::formats {

/// One unit as read from a file, with where it was found.
struct ImportedUnit {
  TranslationUnit unit;   // id stays 0: the store assigns ids
  std::string record_id;  // the file's own id for it (TMX tuid), empty when it has none
  SourceLocation where;   // file and line of the record
};

/// Receives units as a reader produces them. It may throw; the reader stops and the exception
/// propagates (a store wraps the whole import in one transaction, so nothing half-imports).
using UnitCallback = std::function<void(ImportedUnit&&)>;

/// What an import did besides delivering units. The lists keep the first kListed records of each
/// kind (enough to fix a file by; a file where every record is bad must not fill the memory);
/// the counts are exact.
struct ImportSummary {
  static constexpr std::size_t kListed = 1000;

  std::size_t units = 0;          // delivered to the callback
  std::size_t skipped_count = 0;  // records not imported
  std::size_t warning_count = 0;  // imported, but something in them was ignored
  Diagnostics skipped;            // the first kListed skipped records: location, id and reason
  Diagnostics warnings;  // the first kListed warnings (an unreadable date, an unpaired <bpt>)

  void skip(SourceLocation where, std::string reason, std::string record = {}) {
    if (++skipped_count <= kListed)
      skipped.add(std::move(where), std::move(reason), std::move(record));
  }
  void warn(SourceLocation where, std::string message, std::string record = {}) {
    if (++warning_count <= kListed)
      warnings.add(std::move(where), std::move(message), std::move(record));
  }
};

/// Where writers put their bytes (a file, a string in tests). May throw.
using ByteSink = std::function<void(std::string_view bytes)>;

/// A streaming export format: header on construction, one unit per write(), closing on finish().
/// A writer holds the pending bytes of one output: one thread writes to it.
class UnitWriter {
 public:
  virtual ~UnitWriter() = default;
  /// Serialises one unit. Throws mizan::Error (kDataError) for a unit that cannot be written
  /// (invalid UTF-8) and whatever the sink throws.
  virtual void write(const TranslationUnit& unit) = 0;
  /// Writes what ends the file and hands every pending byte to the sink. Call exactly once.
  virtual void finish() = 0;
  std::size_t written() const { return written_; }

 protected:
  std::size_t written_ = 0;
};

/// Which units an export takes. Empty / default fields do not filter.
struct ExportFilter {
  std::vector<std::string> documents = {};  // keep units seen in one of these documents
  // Keep units last changed (or, when never changed, created) in [changed_from, changed_to],
  // Unix seconds, UTC.
  std::int64_t changed_from = std::numeric_limits<std::int64_t>::min();
  std::int64_t changed_to = std::numeric_limits<std::int64_t>::max();
  double min_confidence = 0.0;  // keep units whose alignment confidence is at least this

  bool accepts(const TranslationUnit& unit) const;
};

}  // namespace mizan::formats
