#include "mizan/formats/glossary_file.hpp"

#include <filesystem>

#include "builtin_glossary.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/formats/tbx.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/lines.hpp"

namespace mizan::formats {
namespace {

std::string lower_extension(std::string_view path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// First character that is not a BOM or white space is '<', in UTF-8 or UTF-16 (either order).
bool looks_like_xml(std::string_view bytes) {
  std::size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  const bool utf16 = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  if (utf16) i = 2;
  for (; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || (utf16 && c == '\0')) continue;
    return c == '<';
  }
  return false;
}

}  // namespace

std::optional<GlossaryFormat> glossary_format_from_name(std::string_view name) {
  if (name == "auto") return GlossaryFormat::kAuto;
  if (name == "tsv") return GlossaryFormat::kTsv;
  if (name == "tbx") return GlossaryFormat::kTbx;
  if (name == "omegat") return GlossaryFormat::kOmegat;
  return std::nullopt;
}

GlossaryFormat detect_glossary_format(std::string_view path, std::string_view content) {
  const std::string ext = lower_extension(path);
  if (ext == ".tbx" || ext == ".xml" || looks_like_xml(content)) return GlossaryFormat::kTbx;
  if (ext == ".utf8" || ext == ".tab") return GlossaryFormat::kOmegat;
  // Our TSV has a header line naming at least en and ar; OmegaT's has none.
  text::LineReader lines(content);
  for (std::string_view line; lines.next(line);) {
    if (text::trim(line).empty() || line[0] == '#') continue;
    const bool names_en = line.rfind("en\t", 0) == 0 || line.find("\ten\t") != line.npos ||
                          (line.size() > 3 && line.substr(line.size() - 3) == "\ten");
    return names_en ? GlossaryFormat::kTsv : GlossaryFormat::kOmegat;
  }
  return GlossaryFormat::kTsv;
}

std::vector<LocatedTermEntry> read_glossary_file(const std::string& path, GlossaryFormat format,
                                                 Diagnostics& diagnostics,
                                                 const ProgressFn& progress) {
  const std::string bytes = text::read_file_bytes(path);
  std::string text;  // decoded, for the tab-separated formats
  if (format == GlossaryFormat::kAuto) {
    const std::string ext = lower_extension(path);
    if (ext == ".tbx" || ext == ".xml" || looks_like_xml(bytes)) {
      format = GlossaryFormat::kTbx;
    } else {
      text = text::decode_bytes(bytes, path);
      format = detect_glossary_format(path, text);
    }
  }
  if (format == GlossaryFormat::kTbx) return parse_tbx(bytes, path, diagnostics, progress);
  if (text.empty()) text = text::decode_bytes(bytes, path);
  if (format == GlossaryFormat::kOmegat) return parse_omegat_glossary(text, path, diagnostics);
  return parse_glossary_tsv(text, path, diagnostics);
}

std::vector<LocatedTermEntry> builtin_glossary(Diagnostics& diagnostics) {
  return parse_glossary_tsv(builtin::kGlossary, "glossary/press-release.tsv (built in)",
                            diagnostics);
}

}  // namespace mizan::formats
