#include "mizan/formats/tsv_bitext.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

#include "mizan/text/input.hpp"
#include "mizan/text/lines.hpp"
#include "writer_util.hpp"

namespace mizan::formats {
namespace {

constexpr std::size_t kProgressEvery = 16384;  // lines between progress reports

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t") == std::string_view::npos;
}

// Turns lines into units; shared by the file and the in-memory reader. One per read.
class TsvLines {
 public:
  TsvLines(std::string source, const UnitCallback& on_unit)
      : source_(std::move(source)), on_unit_(on_unit) {}

  void line(std::string_view text, std::uint64_t offset) {
    ++line_number_;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (const std::size_t bad = text::find_invalid_utf8(text); bad != std::string_view::npos) {
      throw Error(ExitCode::kDataError, "invalid UTF-8",
                  {.file = source_,
                   .line = line_number_,
                   .column = static_cast<std::int64_t>(bad) + 1,
                   .offset = static_cast<std::int64_t>(offset + bad)});
    }
    if (blank(text)) return;
    const std::vector<std::string_view> fields = text::split(text, '\t');
    if (!seen_first_) {
      seen_first_ = true;
      if (header(fields)) return;
    }
    const std::size_t needed = std::max(en_column_, ar_column_) + 1;
    const SourceLocation where{.file = source_, .line = line_number_};
    if (fields.size() < needed) {
      summary_.skip(where, "expected " + std::to_string(needed) + " tab-separated fields, found " +
                               std::to_string(fields.size()));
      return;
    }
    ImportedUnit imported;
    imported.where = where;
    TranslationUnit& u = imported.unit;
    u.en = unescape_tsv_field(fields[en_column_]);
    u.ar = unescape_tsv_field(fields[ar_column_]);
    u.en_locale = en_locale_;
    u.ar_locale = ar_locale_;
    if (blank(u.en) || blank(u.ar)) {
      summary_.skip(where, blank(u.en) ? "empty English side" : "empty Arabic side");
      return;
    }
    ++summary_.units;
    on_unit_(std::move(imported));
  }

  ImportSummary& summary() { return summary_; }
  std::int64_t lines() const { return line_number_; }

 private:
  // A first line whose fields name both languages is a header ("en<TAB>ar<TAB>catalog").
  bool header(const std::vector<std::string_view>& fields) {
    std::optional<std::size_t> en, ar;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const auto lang = language_from_tag(fields[i]);
      if (lang == Language::kEnglish && !en) en = i;
      if (lang == Language::kArabic && !ar) ar = i;
    }
    if (!en || !ar) return false;
    en_column_ = *en;
    ar_column_ = *ar;
    en_locale_ = fields[*en];
    ar_locale_ = fields[*ar];
    return true;
  }

  std::string source_;
  const UnitCallback& on_unit_;
  ImportSummary summary_;
  std::int64_t line_number_ = 0;
  bool seen_first_ = false;
  std::size_t en_column_ = 0, ar_column_ = 1;
  std::string en_locale_ = "en", ar_locale_ = "ar";
};

void feed_memory(std::string_view bytes, TsvLines& lines) {
  std::size_t from = 0;
  while (from < bytes.size()) {
    std::size_t end = bytes.find('\n', from);
    if (end == std::string_view::npos) end = bytes.size();
    lines.line(bytes.substr(from, end - from), from);
    from = end + 1;
  }
}

}  // namespace

std::string escape_tsv_field(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string unescape_tsv_field(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (std::size_t i = 0; i < field.size(); ++i) {
    const char c = field[i];
    if (c != '\\' || i + 1 == field.size()) {
      out.push_back(c);
      continue;
    }
    const char next = field[i + 1];
    const char decoded = next == '\\'  ? '\\'
                         : next == 't' ? '\t'
                         : next == 'n' ? '\n'
                         : next == 'r' ? '\r'
                                       : '\0';
    if (decoded == '\0') {
      out.push_back(c);  // not one of our escapes: the backslash is text
    } else {
      out.push_back(decoded);
      ++i;
    }
  }
  return out;
}

TsvWriter::TsvWriter(ByteSink sink, bool header) : sink_(std::move(sink)) {
  if (header) buffer_ = "en\tar\n";
}

void TsvWriter::write(const TranslationUnit& unit) {
  require_utf8_text(unit);
  buffer_ += escape_tsv_field(unit.en);
  buffer_ += '\t';
  buffer_ += escape_tsv_field(unit.ar);
  buffer_ += '\n';
  ++written_;
  pass_chunk(sink_, buffer_);
}

void TsvWriter::finish() {
  pass_chunk(sink_, buffer_, true);
}

ImportSummary read_tsv_memory(std::string_view bytes, const std::string& source_name,
                              const UnitCallback& on_unit) {
  TsvLines lines(source_name, on_unit);
  const bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                           (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (utf16) {
    feed_memory(text::decode_bytes(bytes, source_name), lines);
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    feed_memory(bytes, lines);
  }
  return std::move(lines.summary());
}

ImportSummary read_tsv_file(const std::string& path, const UnitCallback& on_unit,
                            const ProgressFn& progress) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ExitCode::kNoInput, std::string("cannot open: ") + std::strerror(errno),
                {.file = path});
  }
  struct stat st {};
  const std::size_t size =
      ::stat(path.c_str(), &st) == 0 ? static_cast<std::size_t>(st.st_size) : 0;
  char bom[3] = {};
  in.read(bom, 3);
  const std::string_view start(bom, static_cast<std::size_t>(in.gcount()));
  if (start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF") {
    // UTF-16 (Excel's "Unicode text"): decoded whole, these files are exported tables, not TMs.
    return read_tsv_memory(text::read_text_file(path), path, on_unit);
  }
  std::uint64_t offset = 0;
  if (start != "\xEF\xBB\xBF") {
    in.clear();
    in.seekg(0);
  } else {
    offset = 3;
  }
  TsvLines lines(path, on_unit);
  std::string line;
  while (std::getline(in, line)) {
    lines.line(line, offset);
    offset += line.size() + 1;
    if (progress && lines.lines() % kProgressEvery == 0) progress(offset, size, "reading TSV");
  }
  if (in.bad()) throw Error(ExitCode::kIoError, "read error", {.file = path});
  if (progress) progress(size, size, "reading TSV");
  return std::move(lines.summary());
}

}  // namespace mizan::formats
