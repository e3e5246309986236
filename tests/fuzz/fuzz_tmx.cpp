// Fuzz target: arbitrary bytes as a TMX file. The reader must fail with mizan::Error only, and
// every unit it delivers must survive export and import unchanged (the writer's escaping and
// the reader's parsing agree on anything the reader accepts).

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "mizan/core/error.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tmx_writer.hpp"

namespace {

bool same(const mizan::TranslationUnit& a, const mizan::TranslationUnit& b) {
  if (a.origins.size() != b.origins.size()) return false;
  for (std::size_t i = 0; i < a.origins.size(); ++i) {
    if (a.origins[i].document != b.origins[i].document ||
        a.origins[i].position != b.origins[i].position) {
      return false;
    }
  }
  // Confidence compares as bits so that a NaN read from a file still counts as equal.
  return a.en == b.en && a.ar == b.ar && a.en_markup == b.en_markup && a.ar_markup == b.ar_markup &&
         a.en_locale == b.en_locale && a.ar_locale == b.ar_locale &&
         a.source_language == b.source_language && a.prev_en == b.prev_en &&
         a.prev_ar == b.prev_ar && a.next_en == b.next_en && a.next_ar == b.next_ar &&
         (a.confidence == b.confidence ||
          (a.confidence != a.confidence && b.confidence != b.confidence)) &&
         a.created == b.created && a.changed == b.changed && a.creator == b.creator &&
         a.usage_count == b.usage_count && a.notes == b.notes && a.props == b.props;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::vector<mizan::TranslationUnit> units;
  try {
    mizan::formats::read_tmx_memory(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.tmx",
        [&](mizan::formats::ImportedUnit&& u) { units.push_back(std::move(u.unit)); });
  } catch (const mizan::Error&) {
    return 0;
  }
  std::string tmx;
  mizan::formats::TmxWriter writer([&](std::string_view b) { tmx.append(b); },
                                   {.srclang = mizan::formats::TmxSourceLanguage::kAll});
  for (const auto& u : units)
    writer.write(u);
  writer.finish();
  std::vector<mizan::TranslationUnit> back;
  mizan::formats::read_tmx_memory(tmx, "again.tmx", [&](mizan::formats::ImportedUnit&& u) {
    back.push_back(std::move(u.unit));
  });  // a throw here is a bug: libFuzzer reports the uncaught exception
  if (back.size() != units.size()) std::abort();
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!same(units[i], back[i])) std::abort();
  }
  return 0;
}
