#include "mizan/formats/unit_io.hpp"

#include <algorithm>
#include <string>

#include "mizan/text/input.hpp"
#include "writer_util.hpp"

namespace mizan::formats {

bool ExportFilter::accepts(const TranslationUnit& unit) const {
  if (unit.confidence < min_confidence) return false;
  const std::int64_t date = unit.changed != 0 ? unit.changed : unit.created;
  if (date < changed_from || date > changed_to) return false;
  if (documents.empty()) return true;
  return std::any_of(unit.origins.begin(), unit.origins.end(), [&](const TuOrigin& o) {
    return std::find(documents.begin(), documents.end(), o.document) != documents.end();
  });
}

void require_utf8(std::string_view text, const TranslationUnit& unit, std::string_view what) {
  const std::size_t bad = text::find_invalid_utf8(text);
  if (bad == std::string_view::npos) return;
  throw Error(ExitCode::kDataError, "unit " + std::to_string(unit.id) + ": invalid UTF-8 in " +
                                        std::string(what) + " at byte " + std::to_string(bad));
}

void require_utf8_text(const TranslationUnit& unit) {
  require_utf8(unit.en, unit, "English text");
  require_utf8(unit.ar, unit, "Arabic text");
}

void pass_chunk(const ByteSink& sink, std::string& buffer, bool all) {
  if (buffer.size() < (all ? 1 : kSinkChunk)) return;
  sink(buffer);
  buffer.clear();
}

}  // namespace mizan::formats
