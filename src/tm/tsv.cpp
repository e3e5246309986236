#include "mizan/tm/tsv.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "mizan/core/error.hpp"
#include "mizan/text/input.hpp"

namespace mizan::tm {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

void read_tsv(const std::string& path, const std::function<void(TranslationUnit&&)>& unit,
              Diagnostics& diagnostics, const ProgressFn& progress) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    throw Error(ExitCode::kNoInput, std::string("cannot open: ") + std::strerror(errno),
                {.file = path});
  }
  std::error_code ec;
  const auto total = static_cast<std::size_t>(std::filesystem::file_size(path, ec));
  const std::string document = std::filesystem::path(path).filename().string();

  std::string buffer;  // unprocessed bytes: the tail of the last read, then the new block
  std::vector<char> block(1 << 20);
  std::size_t consumed = 0;  // bytes of the file before buffer[0]
  std::int64_t line_number = 0;
  bool first = true;
  const auto handle_line = [&](std::string_view line, std::size_t offset) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      first = false;
      if (line.substr(0, 3) == "\xEF\xBB\xBF") {
        line.remove_prefix(3);
      } else if (line.substr(0, 2) == "\xFF\xFE" || line.substr(0, 2) == "\xFE\xFF") {
        throw Error(ExitCode::kDataError, "UTF-16 text; save the file as UTF-8",
                    {.file = path, .line = 1});
      }
      if (line == "en\tar" || line.substr(0, 6) == "en\tar\t") return;
    }
    const SourceLocation where{
        .file = path, .line = line_number, .offset = static_cast<std::int64_t>(offset)};
    if (is_blank(line)) return;
    const std::size_t bad = text::find_invalid_utf8(line);
    if (bad != std::string_view::npos) {
      diagnostics.add({.file = path,
                       .line = line_number,
                       .column = static_cast<std::int64_t>(bad) + 1,
                       .offset = static_cast<std::int64_t>(offset + bad)},
                      "invalid UTF-8");
      return;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      diagnostics.add(where, "no tab: expected English<TAB>Arabic");
      return;
    }
    std::string_view en = line.substr(0, tab);
    std::string_view ar = line.substr(tab + 1);
    ar = ar.substr(0, ar.find('\t'));
    if (is_blank(en) || is_blank(ar)) {
      diagnostics.add(where,
                      std::string("empty ") + (is_blank(en) ? "English" : "Arabic") + " column");
      return;
    }
    TranslationUnit u;
    u.en = en;
    u.ar = ar;
    u.origins.push_back({document, line_number - 1});
    unit(std::move(u));
  };

  while (true) {
    const std::size_t n = std::fread(block.data(), 1, block.size(), file.get());
    if (n == 0) {
      if (std::ferror(file.get())) {
        throw Error(ExitCode::kIoError, std::string("read error: ") + std::strerror(errno),
                    {.file = path});
      }
      break;
    }
    buffer.append(block.data(), n);
    std::size_t start = 0;
    for (std::size_t nl = buffer.find('\n'); nl != std::string::npos;
         nl = buffer.find('\n', start)) {
      handle_line(std::string_view(buffer).substr(start, nl - start), consumed + start);
      start = nl + 1;
    }
    buffer.erase(0, start);
    consumed += start;
    if (progress) progress(consumed, total, "reading");
  }
  if (!buffer.empty()) handle_line(buffer, consumed);
  if (progress) progress(total, total, "reading");
}

}  // namespace mizan::tm
