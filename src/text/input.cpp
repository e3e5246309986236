#include "mizan/text/input.hpp"

#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "mizan/core/error.hpp"
#include "mizan/text/utf8.hpp"

namespace mizan::text {
namespace {

constexpr std::size_t kReadBlock = 64 * 1024;

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

std::string display_name(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

FilePtr open_file(const std::string& path) {
  FilePtr f(std::fopen(path.c_str(), "rb"));
  if (!f) {
    throw Error(ExitCode::kNoInput, std::string("cannot open: ") + std::strerror(errno),
                {.file = path});
  }
  // fopen opens a folder for reading on Linux; only the first read fails, as EISDIR.
  struct stat st {};
  if (::fstat(fileno(f.get()), &st) == 0 && S_ISDIR(st.st_mode))
    throw Error(ExitCode::kNoInput, "is a folder, not a file", {.file = path});
  return f;
}

// A copy of what `in` holds, in a temporary file read from its start.
FilePtr spool(std::FILE* in, const std::string& name) {
  FilePtr copy(std::tmpfile());
  if (!copy) throw Error(ExitCode::kCantCreate, "cannot create a temporary copy of " + name);
  std::vector<char> buf(kReadBlock);
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), in)) > 0) {
    if (std::fwrite(buf.data(), 1, n, copy.get()) != n)
      throw Error(ExitCode::kIoError, "cannot write the temporary copy of " + name);
  }
  if (std::ferror(in)) throw Error(ExitCode::kIoError, "cannot read " + name);
  std::rewind(copy.get());
  return copy;
}

// An input that is read twice (validated first, so that a bad byte at the end fails before any
// output; then segmented). What can be read only once (stdin, a pipe, /dev/stdin, a FIFO, a
// shell's <(...)) is spooled to a temporary file first.
FilePtr open_input(const std::string& path) {
  if (path == "-") return spool(stdin, "stdin");
  FilePtr f = open_file(path);
  struct stat st {};
  if (::fstat(fileno(f.get()), &st) == 0 && !S_ISREG(st.st_mode)) return spool(f.get(), path);
  return f;
}

// The rest of `f`, as it is.
std::string read_all(std::FILE* f, const std::string& name) {
  std::string bytes;
  std::vector<char> buf(kReadBlock);
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0)
    bytes.append(buf.data(), n);
  if (std::ferror(f)) {
    throw Error(ExitCode::kIoError, std::string("read error: ") + std::strerror(errno),
                {.file = name});
  }
  return bytes;
}

enum class Bom { kNone, kUtf8, kUtf16Le, kUtf16Be };

Bom sniff_bom(std::string_view head) {
  if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF") return Bom::kUtf8;
  if (head.size() >= 2 && head.substr(0, 2) == "\xFF\xFE") return Bom::kUtf16Le;
  if (head.size() >= 2 && head.substr(0, 2) == "\xFE\xFF") return Bom::kUtf16Be;
  return Bom::kNone;
}

// Validates (or repairs) UTF-8 across read-block boundaries; `offset` is counted in input bytes.
class Utf8Validator {
 public:
  Utf8Validator(std::string source, bool lossy) : source_(std::move(source)), lossy_(lossy) {}

  // Appends the valid part of carry+data to `out`; keeps an incomplete trailing sequence unless
  // `at_end`.
  void feed(std::string_view data, bool at_end, std::string& out) {
    refuse_nul_bytes(data, source_, consumed_ + carry_.size());
    carry_.append(data);
    std::size_t i = 0;  // valid up to here
    std::size_t copied_upto = 0;
    while (true) {
      const IllFormedSequence bad = find_ill_formed_utf8(carry_, i);
      if (!bad.found()) {
        i = carry_.size();
        break;
      }
      if (!at_end && bad.end == carry_.size()) {
        // A sequence cut by the read block: finish it with the next block.
        i = bad.begin;
        break;
      }
      if (!lossy_) {
        throw Error(ExitCode::kDataError, "invalid UTF-8 (use --lossy to replace bad bytes)",
                    {.file = source_, .offset = static_cast<int64_t>(consumed_ + bad.begin)});
      }
      out.append(carry_, copied_upto, bad.begin - copied_upto);
      out.append("\xEF\xBF\xBD");  // U+FFFD
      copied_upto = i = bad.end;
    }
    out.append(carry_, copied_upto, i - copied_upto);
    consumed_ += i;
    carry_.erase(0, i);
  }

 private:
  std::string source_;
  bool lossy_;
  std::string carry_;
  std::uint64_t consumed_ = 0;
};

// Decodes UTF-16 code units to UTF-8, reporting unpaired surrogates with their byte offset.
void utf16_to_utf8(std::string_view bytes, bool big_endian, const std::string& source,
                   std::uint64_t base_offset, bool lossy, bool at_end, std::string& carry16,
                   std::string& out) {
  carry16.append(bytes);
  const std::size_t units = carry16.size() / 2;
  std::u16string u(units, u'\0');
  for (std::size_t k = 0; k < units; ++k) {
    const auto b0 = static_cast<uint8_t>(carry16[2 * k]);
    const auto b1 = static_cast<uint8_t>(carry16[2 * k + 1]);
    u[k] = static_cast<char16_t>(big_endian ? (b0 << 8) | b1 : (b1 << 8) | b0);
  }
  std::size_t keep_units = units;
  if (!at_end && units > 0 && U16_IS_LEAD(u[units - 1])) keep_units = units - 1;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(keep_units);
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U16_NEXT(u.data(), i, n, c);
    if (U_IS_SURROGATE(c)) {
      if (!lossy) {
        throw Error(ExitCode::kDataError, "invalid UTF-16 (unpaired surrogate)",
                    {.file = source, .offset = static_cast<int64_t>(base_offset + 2 * start)});
      }
      c = 0xFFFD;
    }
    append_utf8(out, static_cast<char32_t>(c));
  }
  carry16.erase(0, keep_units * 2);
  if (at_end && !carry16.empty()) {
    if (!lossy) {
      throw Error(ExitCode::kDataError, "truncated UTF-16 (odd number of bytes)",
                  {.file = source, .offset = static_cast<int64_t>(base_offset + 2 * keep_units)});
    }
    out.append("\xEF\xBF\xBD");
    carry16.clear();
  }
}

// Index of the next '\r' or '\n' at or after pos, or npos. (string_view::find_first_of with a
// two-character set calls memchr once per character of the text.)
std::size_t find_line_end(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return std::string_view::npos;
  const char* begin = s.data() + pos;
  std::size_t len = s.size() - pos;
  const void* lf = std::memchr(begin, '\n', len);
  if (lf != nullptr) len = static_cast<const char*>(lf) - begin;
  const void* cr = std::memchr(begin, '\r', len);  // CR only counts before the first LF
  const void* end = cr != nullptr ? cr : lf;
  return end == nullptr ? std::string_view::npos : pos + (static_cast<const char*>(end) - begin);
}

bool is_blank_line(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    char32_t c;
    if (!next_well_formed_code_point(line, i, c)) return false;
    const auto u = static_cast<UChar32>(c);
    if (!u_isUWhiteSpace(u) && u_charType(u) != U_FORMAT_CHAR) return false;
  }
  return true;
}

// Tracks whether a blank line ever separates two non-blank lines.
class BlankLineDetector {
 public:
  void line(std::string_view l) {
    if (is_blank_line(l)) {
      if (seen_text_) pending_blank_ = true;
    } else {
      if (pending_blank_) found_ = true;
      seen_text_ = true;
    }
  }
  bool found() const { return found_; }

 private:
  bool seen_text_ = false;
  bool pending_blank_ = false;
  bool found_ = false;
};

}  // namespace

void refuse_nul_bytes(std::string_view bytes, const std::string& source_name,
                      std::uint64_t offset) {
  if (bytes.empty()) return;
  const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
  if (nul == nullptr) return;
  const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
  std::string what = offset == 0 ? utf16_without_bom_problem(bytes) : std::string();
  if (what.empty()) what = "a NUL byte: this is not text (a binary file?)";
  throw Error(ExitCode::kDataError, what,
              {.file = source_name, .offset = static_cast<std::int64_t>(offset + at)});
}

std::string utf16_without_bom_problem(std::string_view head) {
  // Text in UTF-16 has a NUL in every other byte for ASCII characters (Latin letters, digits,
  // tabs, line ends): at odd offsets in little-endian, at even ones in big-endian. One pair in
  // three of the first 512 bytes so is the sign (Arabic text has none, its tabs and line ends
  // do); no UTF-8 text has a NUL at all.
  const std::size_t n = std::min<std::size_t>(head.size(), 512) & ~std::size_t{1};
  std::size_t even = 0, odd = 0;
  for (std::size_t k = 0; k < n; ++k)
    (k % 2 == 0 ? even : odd) += head[k] == '\0';
  const std::size_t nuls = std::max(odd, even);
  if (n < 4 || nuls == 0 || nuls * 6 < n) return {};
  return std::string("this looks like UTF-16") + (odd > even ? "LE" : "BE") +
         " without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM)";
}

std::size_t find_invalid_utf8(std::string_view bytes) {
  return find_ill_formed_utf8(bytes).begin;
}

std::string decode_bytes(std::string_view bytes, const std::string& source_name,
                         DecodeOptions options) {
  std::string out;
  switch (sniff_bom(bytes)) {
    case Bom::kUtf16Le:
    case Bom::kUtf16Be: {
      std::string carry;
      utf16_to_utf8(bytes.substr(2), sniff_bom(bytes) == Bom::kUtf16Be, source_name, 2,
                    options.lossy, true, carry, out);
      refuse_nul_bytes(out, source_name);  // offsets in the decoded text: a rare case
      return out;
    }
    case Bom::kUtf8:
      bytes.remove_prefix(3);
      break;
    case Bom::kNone:
      break;
  }
  out.reserve(bytes.size());
  Utf8Validator validator(source_name, options.lossy);
  validator.feed(bytes, true, out);
  return out;
}

std::string read_text_file(const std::string& path, DecodeOptions options) {
  FilePtr f = open_input(path);
  return decode_bytes(read_all(f.get(), display_name(path)), display_name(path), options);
}

std::string read_file_bytes(const std::string& path) {
  FilePtr f = open_file(path);
  return read_all(f.get(), path);
}

ParagraphMode detect_paragraph_mode(std::string_view text) {
  BlankLineDetector detector;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = find_line_end(text, pos);
    if (end == std::string_view::npos) end = text.size();
    detector.line(text.substr(pos, end - pos));
    if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n')
      ++end;
    pos = end + 1;
  }
  return detector.found() ? ParagraphMode::kBlankLines : ParagraphMode::kLines;
}

std::vector<ParagraphPiece> split_paragraphs(std::string_view text, ParagraphMode mode) {
  if (mode == ParagraphMode::kAuto) mode = detect_paragraph_mode(text);
  std::vector<ParagraphPiece> out;
  std::size_t pos = 0;
  std::size_t para_begin = std::string_view::npos;
  std::size_t para_end = 0;
  auto close = [&] {
    if (para_begin == std::string_view::npos) return;
    out.push_back({text.substr(para_begin, para_end - para_begin), para_begin, out.size(), true});
    para_begin = std::string_view::npos;
  };
  while (pos <= text.size()) {
    std::size_t end = find_line_end(text, pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    if (is_blank_line(line)) {
      close();
    } else {
      if (para_begin == std::string_view::npos) para_begin = pos;
      para_end = end;
      if (mode == ParagraphMode::kLines) close();
    }
    if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n')
      ++end;
    pos = end + 1;
  }
  close();
  return out;
}

// ---------------------------------------------------------------------------------------------

struct ParagraphReader::Impl {
  std::string source;
  DecodeOptions options;
  std::size_t max_piece;
  FilePtr file;                   // the input (or its spool)
  FilePtr decoded;                // UTF-8 transcoding of a UTF-16 input; read instead of `file`
  std::uint64_t base_offset = 0;  // bytes skipped at the start (UTF-8 BOM)

  // Pass-2 state.
  std::unique_ptr<Utf8Validator> validator;
  std::vector<char> block = std::vector<char>(kReadBlock);
  std::string pending;  // decoded bytes not yet consumed
  std::size_t pending_pos = 0;
  bool eof = false;
  std::uint64_t pending_offset = 0;  // input offset of pending[0]

  std::string paragraph;  // current paragraph text (raw, with its inner line ends)
  std::uint64_t paragraph_offset = 0;
  std::size_t paragraph_index = 0;
  bool paragraph_open = false;
  bool emitted_partial = false;  // the open paragraph already went out in pieces
  std::string out;               // what the last next() returned

  std::FILE* utf8_stream() const { return decoded ? decoded.get() : file.get(); }

  // Refills `pending` with validated UTF-8; false at end of input.
  bool refill() {
    if (eof) return false;
    pending.erase(0, pending_pos);
    pending_offset += pending_pos;
    pending_pos = 0;
    const std::size_t n = std::fread(block.data(), 1, block.size(), utf8_stream());
    if (n == 0) {
      eof = true;
      validator->feed({}, true, pending);
      return !pending.empty();
    }
    validator->feed(std::string_view(block.data(), n), false, pending);
    return true;
  }
};

ParagraphReader::ParagraphReader(const std::string& path, ParagraphMode mode, DecodeOptions options,
                                 std::size_t max_piece)
    : impl_(std::make_unique<Impl>()), mode_(mode) {
  Impl& m = *impl_;
  m.source = display_name(path);
  m.options = options;
  m.max_piece = max_piece < 16 ? 16 : max_piece;
  m.file = open_input(path);

  char head[3] = {};
  const std::size_t got = std::fread(head, 1, 3, m.file.get());
  const Bom bom = sniff_bom(std::string_view(head, got));
  if (bom == Bom::kUtf16Le || bom == Bom::kUtf16Be) {
    // Transcode once to a UTF-8 spool; both passes then read UTF-8.
    m.decoded.reset(std::tmpfile());
    if (!m.decoded) throw Error(ExitCode::kCantCreate, "cannot create a temporary file");
    std::fseek(m.file.get(), 2, SEEK_SET);
    std::string carry, utf8;
    std::uint64_t offset = 2;
    std::vector<char> buf(kReadBlock);
    while (true) {
      const std::size_t n = std::fread(buf.data(), 1, buf.size(), m.file.get());
      utf8.clear();
      const std::uint64_t carry_offset = offset - carry.size();
      utf16_to_utf8(std::string_view(buf.data(), n), bom == Bom::kUtf16Be, m.source, carry_offset,
                    options.lossy, n == 0, carry, utf8);
      offset += n;
      if (std::fwrite(utf8.data(), 1, utf8.size(), m.decoded.get()) != utf8.size())
        throw Error(ExitCode::kIoError, "cannot write a temporary file");
      if (n == 0) break;
    }
    std::rewind(m.decoded.get());
  } else {
    m.base_offset = bom == Bom::kUtf8 ? 3 : 0;
    std::fseek(m.file.get(), static_cast<long>(m.base_offset), SEEK_SET);
  }

  // Pass 1: validate everything and look for blank-line paragraph separators.
  {
    Utf8Validator validator(m.source, options.lossy);
    BlankLineDetector detector;
    std::string line, valid;
    std::vector<char> buf(kReadBlock);
    bool line_too_long = false;
    bool after_cr = false;
    while (true) {
      const std::size_t n = std::fread(buf.data(), 1, buf.size(), m.utf8_stream());
      valid.clear();
      validator.feed(std::string_view(buf.data(), n), n == 0, valid);
      size_ += valid.size();
      std::size_t pos = 0;
      while (pos < valid.size()) {
        const std::size_t nl = find_line_end(valid, pos);
        const std::size_t end = nl == std::string::npos ? valid.size() : nl;
        // The LF of a CRLF (possibly split across blocks) ends no new line.
        if (after_cr && nl == pos && valid[nl] == '\n') {
          after_cr = false;
          pos = nl + 1;
          continue;
        }
        after_cr = nl != std::string::npos && valid[nl] == '\r';
        // Only short lines can be blank; a long line's content need not be kept.
        if (!line_too_long) {
          line.append(valid, pos, end - pos);
          if (line.size() > 256) {
            line_too_long = true;
            detector.line("x");
          }
        }
        if (nl == std::string::npos) break;
        if (!line_too_long) detector.line(line);
        line.clear();
        line_too_long = false;
        pos = nl + 1;
      }
      if (n == 0) break;
    }
    if (!line_too_long) detector.line(line);
    if (std::ferror(m.utf8_stream()))
      throw Error(ExitCode::kIoError, "read error", {.file = m.source});
    if (mode_ == ParagraphMode::kAuto)
      mode_ = detector.found() ? ParagraphMode::kBlankLines : ParagraphMode::kLines;
  }

  std::fseek(m.utf8_stream(), m.decoded ? 0 : static_cast<long>(m.base_offset), SEEK_SET);
  m.validator = std::make_unique<Utf8Validator>(m.source, options.lossy);
  m.pending_offset = m.decoded ? 0 : m.base_offset;
}

ParagraphReader::~ParagraphReader() = default;

bool ParagraphReader::next(ParagraphPiece& piece) {
  Impl& m = *impl_;
  auto emit = [&](bool ends) {
    m.out.swap(m.paragraph);
    m.paragraph.clear();
    piece = {m.out, m.paragraph_offset, m.paragraph_index, ends};
    m.paragraph_offset += m.out.size();
    m.emitted_partial = !ends;
    if (ends) {
      ++m.paragraph_index;
      m.paragraph_open = false;
    }
    return true;
  };

  while (true) {
    if (m.pending_pos >= m.pending.size() && !m.refill()) {
      if (m.paragraph_open) {
        // Trailing line ends of the last paragraph are not part of it.
        while (!m.paragraph.empty() && (m.paragraph.back() == '\n' || m.paragraph.back() == '\r'))
          m.paragraph.pop_back();
        // An earlier piece needs its closing piece, even an empty one, to end the paragraph.
        if (m.emitted_partial || !is_blank_line(m.paragraph)) return emit(true);
        m.paragraph_open = false;
      }
      return false;
    }
    const std::string_view avail(m.pending.data() + m.pending_pos,
                                 m.pending.size() - m.pending_pos);
    const std::size_t nl = find_line_end(avail, 0);
    const bool have_line_end = nl != std::string_view::npos;
    std::string_view chunk = avail.substr(0, have_line_end ? nl : avail.size());

    // A line end at the very end of the block might be the CR of a CRLF: handled below since
    // '\n' after '\r' just yields an empty line, which is blank and separates nothing new.
    if (!m.paragraph_open) {
      // Skip leading blank content before a paragraph only once we know the whole line.
      if (!have_line_end && !m.eof) {
        // Need the full line to know if it is blank; gather it (bounded by max_piece).
        if (avail.size() < m.max_piece) {
          const std::size_t before = m.pending.size() - m.pending_pos;
          if (m.refill() && m.pending.size() - m.pending_pos > before) continue;
        }
      }
      if (have_line_end && is_blank_line(chunk)) {
        m.pending_pos += nl + 1;
        continue;
      }
      m.paragraph_open = true;
      m.paragraph_offset = m.pending_offset + m.pending_pos;
    }

    // Append this line's content, splitting pieces at max_piece on a code point boundary.
    std::size_t room = m.max_piece - std::min(m.max_piece, m.paragraph.size());
    if (chunk.size() > room) {
      std::size_t cut = room;
      while (cut > 0 && (static_cast<uint8_t>(chunk[cut]) & 0xC0) == 0x80)
        --cut;
      m.paragraph.append(chunk.substr(0, cut));
      m.pending_pos += cut;
      return emit(false);
    }
    m.paragraph.append(chunk);
    m.pending_pos += chunk.size();
    if (!have_line_end) continue;  // line continues in the next block

    // At a line end.
    const char first = avail[nl];
    m.pending_pos += 1;
    std::string_view line_end = first == '\r' ? "\r" : "\n";
    if (first == '\r') {
      if (m.pending_pos >= m.pending.size()) m.refill();
      if (m.pending_pos < m.pending.size() && m.pending[m.pending_pos] == '\n') {
        ++m.pending_pos;
        line_end = "\r\n";
      }
    }
    if (mode_ == ParagraphMode::kLines) {
      if (is_blank_line(m.paragraph)) {
        m.paragraph.clear();
        m.paragraph_open = false;
        continue;
      }
      return emit(true);
    }
    // Blank-line mode: look at the next line to know whether the paragraph ends here.
    while (true) {
      if (m.pending_pos >= m.pending.size() && !m.refill()) return emit(true);
      const std::string_view rest(m.pending.data() + m.pending_pos,
                                  m.pending.size() - m.pending_pos);
      const std::size_t next_nl = find_line_end(rest, 0);
      if (next_nl == std::string_view::npos && !m.eof && rest.size() < m.max_piece) {
        if (m.refill()) continue;
      }
      const std::string_view next_line = rest.substr(0, next_nl);
      if (next_nl != std::string_view::npos && is_blank_line(next_line)) return emit(true);
      if (next_nl == std::string_view::npos && m.eof && is_blank_line(next_line)) {
        m.pending_pos = m.pending.size();
        return emit(true);
      }
      break;
    }
    m.paragraph.append(line_end);
  }
}

}  // namespace mizan::text
