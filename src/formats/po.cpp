#include "mizan/formats/po.hpp"

#include "mizan/core/error.hpp"
#include "mizan/formats/documents.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/lines.hpp"

namespace mizan::formats {
namespace {

class PoParser {
 public:
  explicit PoParser(const std::string& path) : path_(path) {}

  std::vector<PoEntry> parse() {
    const std::string input = text::read_text_file(path_);
    text::LineReader lines(input);
    for (std::string_view line; lines.next(line);) {
      line_ = lines.number();
      while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
      read_line(line);
    }
    finish_entry();
    return std::move(entries_);
  }

 private:
  [[noreturn]] void fail(const std::string& message) const {
    throw Error(ExitCode::kDataError, message, {.file = path_, .line = line_});
  }

  void read_line(std::string_view line) {
    if (line.empty()) {
      finish_entry();
      return;
    }
    if (line[0] == '#') {
      read_comment(line);
      return;
    }
    if (line[0] == '"') {
      if (field_ == nullptr) fail("a string continues no msgid, msgstr or msgctxt");
      *field_ += unquote(line);
      return;
    }
    const std::size_t space = line.find(' ');
    const std::string_view keyword = line.substr(0, space);
    const std::string_view rest = space == std::string_view::npos ? "" : line.substr(space + 1);
    if (keyword == "msgid_plural" || keyword.rfind("msgstr[", 0) == 0) {
      fail("plural forms (" + std::string(keyword) +
           ") are not supported: translate plural entries in a PO editor");
    }
    if (keyword == "msgctxt") {
      if (seen_msgstr_) finish_entry();
      begin_entry();
      field_ = &entry_.context;
    } else if (keyword == "msgid") {
      if (seen_msgstr_) finish_entry();
      begin_entry();
      seen_msgid_ = true;
      field_ = &entry_.source;
    } else if (keyword == "msgstr") {
      if (!seen_msgid_) fail("msgstr without msgid");
      seen_msgstr_ = true;
      field_ = &entry_.target;
    } else {
      fail("unknown PO keyword \"" + std::string(keyword) + "\"");
    }
    *field_ += unquote(rest);
  }

  void read_comment(std::string_view line) {
    if (seen_msgstr_) finish_entry();
    begin_entry();
    if (line.rfind("#~", 0) == 0) {
      obsolete_ = true;  // an obsolete entry: kept by gettext for reuse, not translated
    } else if (line.rfind("#,", 0) == 0) {
      if (line.find("fuzzy") != std::string_view::npos) {
        fail("a fuzzy entry: review it (or remove the fuzzy flag) in a PO editor first");
      }
    } else if (line.rfind("#.", 0) == 0 || line.rfind("# ", 0) == 0) {
      std::string_view comment = line.substr(2);
      while (!comment.empty() && comment.front() == ' ')
        comment.remove_prefix(1);
      if (!comment.empty()) entry_.comments.emplace_back(comment);
    }
  }

  void begin_entry() {
    if (started_) return;
    started_ = true;
    entry_.line = line_;
  }

  void finish_entry() {
    if (started_ && seen_msgid_ && !seen_msgstr_ && !obsolete_) fail("msgid without msgstr");
    if (started_ && seen_msgid_ && !obsolete_ && !entry_.source.empty()) {
      entries_.push_back(std::move(entry_));
    }
    entry_ = PoEntry();
    started_ = seen_msgid_ = seen_msgstr_ = obsolete_ = false;
    field_ = nullptr;
  }

  // A C string literal as gettext writes it.
  std::string unquote(std::string_view s) const {
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') fail("a string must be in quotes");
    std::string out;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
      if (s[i] == '"') fail("an unescaped quote inside a string");
      if (s[i] != '\\') {
        out += s[i];
        continue;
      }
      if (++i + 1 > s.size() - 1) fail("a string ends with a backslash");
      switch (s[i]) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        default:
          fail(std::string("unknown escape \\") + s[i]);
      }
    }
    return out;
  }

  const std::string& path_;
  std::vector<PoEntry> entries_;
  PoEntry entry_;
  std::string* field_ = nullptr;
  std::int64_t line_ = 0;
  bool started_ = false, seen_msgid_ = false, seen_msgstr_ = false, obsolete_ = false;
};

}  // namespace

std::vector<PoEntry> read_po_file(const std::string& path) {
  return PoParser(path).parse();
}

SourceDocument read_po_document(const std::string& path) {
  SourceDocument document{.file = path, .datatype = "po", .blocks = {}};
  for (PoEntry& entry : read_po_file(path)) {
    TextBlock block;
    block.id = entry.context.empty() ? entry.source : entry.context + "\x04" + entry.source;
    block.content.push_back(text_piece(std::move(entry.source)));
    block.notes = std::move(entry.comments);
    block.location = "line " + std::to_string(entry.line);
    document.blocks.push_back(std::move(block));
  }
  return document;
}

}  // namespace mizan::formats
