#pragma once
// Reading user input: UTF-8 validation with byte offsets, UTF-16 (with BOM) decoding, BOM removal,
// and a two-pass streaming reader so that a bad byte at the end of a 50 MB file is reported before
// any output is written, and memory stays bounded however long a line is.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::text {

struct DecodeOptions {
  /// Replace ill-formed sequences with U+FFFD instead of failing.
  bool lossy = false;
};

/// Throws kDataError naming `source_name` and the byte offset (`offset` is that of bytes[0] in
/// the file) when `bytes` holds a NUL: no text has one, and a file that does is binary, or UTF-16
/// without a byte-order mark (said so when `offset` is 0 and the NULs fall in every other byte).
/// Every reader of text files calls it (the streaming and whole-file readers here, TSV import).
void refuse_nul_bytes(std::string_view bytes, const std::string& source_name,
                      std::uint64_t offset = 0);

/// What to tell the user when the start of a file, `head`, looks like UTF-16 text without a
/// byte-order mark (NULs in every other byte): "this looks like UTF-16LE without a byte-order
/// mark; save it as UTF-8 ..."; else "".
std::string utf16_without_bom_problem(std::string_view head);

/// Byte offset of the first ill-formed UTF-8 sequence, or std::string_view::npos.
std::size_t find_invalid_utf8(std::string_view bytes);

/// Turns raw file bytes into valid UTF-8: strips a UTF-8 BOM, decodes UTF-16LE/BE when a BOM says
/// so, and validates the rest. Throws mizan::Error (kDataError) naming `source_name` and the byte
/// offset of the first bad sequence unless `options.lossy`.
std::string decode_bytes(std::string_view bytes, const std::string& source_name,
                         DecodeOptions options = {});

/// Whole-file convenience for documents that fit in memory (press releases). "-" reads stdin.
/// Throws kNoInput when the file is missing or unreadable.
std::string read_text_file(const std::string& path, DecodeOptions options = {});

/// The bytes of a file as they are, not decoded: for formats whose encoding is sniffed from the
/// bytes (TBX) and binary ones (dictzip). "-" is a file name here, not stdin. Throws kNoInput when
/// the file cannot be opened, kIoError when it cannot be read, both naming the file.
std::string read_file_bytes(const std::string& path);

/// How paragraphs are delimited in a text file.
enum class ParagraphMode {
  kAuto,  // kBlankLines when a blank line separates two non-blank lines, else kLines
  kBlankLines,
  kLines,  // one paragraph per line (the seed corpus)
};

/// Decides kAuto on an in-memory text.
ParagraphMode detect_paragraph_mode(std::string_view text);

/// A piece of a paragraph as read from the input. A paragraph longer than the reader's limit comes
/// in several pieces; all but the last have `ends_paragraph == false`.
struct ParagraphPiece {
  std::string_view text;       // valid UTF-8, raw (not yet cleaned); lines joined by '\n'
  std::uint64_t input_offset;  // byte offset of text[0] in the (UTF-8) input
  std::size_t paragraph;       // 0-based paragraph index
  bool ends_paragraph;
};

/// Paragraphs of an in-memory text, each whole (ends_paragraph true), blank ones left out.
std::vector<ParagraphPiece> split_paragraphs(std::string_view text, ParagraphMode mode);

/// Streaming reader: open() makes a first pass (validation, paragraph-mode detection; stdin is
/// spooled to a temporary file), next() then yields paragraph pieces of at most `max_piece` bytes.
/// Holds the open file and its read buffer: not thread-safe.
class ParagraphReader {
 public:
  static constexpr std::size_t kDefaultMaxPiece = 1 << 20;

  /// `path` "-" is stdin. Throws kNoInput (missing file), kDataError (bad UTF-8/UTF-16).
  ParagraphReader(const std::string& path, ParagraphMode mode, DecodeOptions options = {},
                  std::size_t max_piece = kDefaultMaxPiece);
  ~ParagraphReader();
  ParagraphReader(const ParagraphReader&) = delete;
  ParagraphReader& operator=(const ParagraphReader&) = delete;

  /// The mode in effect after kAuto was resolved.
  ParagraphMode mode() const { return mode_; }
  /// Size of the decoded UTF-8 input in bytes.
  std::uint64_t size() const { return size_; }

  /// Next piece, or false at end of input. The view stays valid until the next call.
  bool next(ParagraphPiece& piece);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  ParagraphMode mode_;
  std::uint64_t size_ = 0;
};

}  // namespace mizan::text
