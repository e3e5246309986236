#pragma once
// Lines of a text held in memory, and the white space around a field: what every reader of a
// line-based file (glossary TSV, bead files, dictd indexes, the built-in word lists, queries on
// stdin) needs, written once.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mizan::text {

/// `s` without the ASCII white space at its ends: space, tab, line feed and carriage return.
/// Other space characters (no-break space, U+2009) are text here, as in every line-based format
/// mizan reads.
std::string_view trim(std::string_view s);

/// The fields of a line between `separator`s (a tab in every TSV mizan reads): n separators give
/// n + 1 fields, empty ones included. The views point into `line`.
std::vector<std::string_view> split(std::string_view line, char separator);

/// The lines of `text`, first to last: each ends before a '\n' or at the end of the text, without
/// the '\r' of a CRLF. A '\n' at the very end starts no further line. The text must outlive the
/// reader.
///
///   LineReader lines(text);
///   for (std::string_view line; lines.next(line);) use(lines.number(), line);
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  /// The next line, or false at the end of the text.
  bool next(std::string_view& line);
  /// 1-based number of the line next() gave last.
  std::int64_t number() const { return number_; }
  /// Byte offset in the text of the line next() gave last.
  std::size_t offset() const { return offset_; }

 private:
  std::string_view text_;
  std::size_t next_ = 0;
  std::size_t offset_ = 0;
  std::int64_t number_ = 0;
};

}  // namespace mizan::text
