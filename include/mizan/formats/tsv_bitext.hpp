#pragma once
// Tab-separated bitext: one unit per line, English TAB Arabic, under a header line "en<TAB>ar".
// The text of a field is escaped so that any segment fits on one line and reads back exactly:
// backslash -> \\, tab -> \t, line feed -> \n, carriage return -> \r. On import a backslash before
// any other character stays as it is (foreign files with Windows paths read as written).
//
// Import accepts the files translators and scripts make: a header line naming the columns by
// language tag (en, ar, en-US, AR, in either order, extra columns ignored: "en<TAB>ar<TAB>catalog")
// or no header (then English is the first column, Arabic the second); UTF-8 with or without BOM,
// or UTF-16 with BOM; LF or CRLF line ends.

#include <string>
#include <string_view>

#include "mizan/core/progress.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// `text` with \\ \t \n \r escapes.
std::string escape_tsv_field(std::string_view text);
/// The inverse of escape_tsv_field.
std::string unescape_tsv_field(std::string_view field);

/// Streaming TSV writer (plain text of each unit; markup, dates and props are not part of TSV).
/// It buffers output, so one thread writes to it.
class TsvWriter : public UnitWriter {
 public:
  explicit TsvWriter(ByteSink sink, bool header = true);
  void write(const TranslationUnit& unit) override;
  void finish() override;

 private:
  ByteSink sink_;
  std::string buffer_;
};

/// Reads a TSV bitext, one unit per data line (source side English). A line without two fields
/// or with an empty side is skipped and listed with its line number. Throws kNoInput, kDataError
/// (invalid UTF-8, with line and byte offset), kIoError.
ImportSummary read_tsv_file(const std::string& path, const UnitCallback& on_unit,
                            const ProgressFn& progress = {});

/// The same over bytes in memory.
ImportSummary read_tsv_memory(std::string_view bytes, const std::string& source_name,
                              const UnitCallback& on_unit);

}  // namespace mizan::formats
