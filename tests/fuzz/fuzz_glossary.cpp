// Fuzz target: arbitrary bytes as a glossary file (TBX, mizan TSV, OmegaT), imported into a
// glossary and recognised in a text. Malformed input must fail with mizan::Error only.

#include <cstdint>
#include <string>

#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/formats/tbx.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/text/input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string text;
  try {
    text = mizan::text::decode_bytes(bytes, "fuzz", {.lossy = true});
  } catch (const mizan::Error&) {
    return 0;
  }
  for (int format = 0; format < 3; ++format) {
    try {
      mizan::Diagnostics d;
      std::vector<mizan::LocatedTermEntry> entries =
          format == 0   ? mizan::formats::parse_tbx(text, "fuzz", d)
          : format == 1 ? mizan::formats::parse_glossary_tsv(text, "fuzz", d)
                        : mizan::formats::parse_omegat_glossary(text, "fuzz", d);
      mizan::term::Glossary g;
      mizan::term::import_entries(g, std::move(entries), d, false);
      const mizan::term::Recognizer r(g);
      (void)r.find("CENTCOM forces struck ISIS' positions near Dayr az-Zawr.",
                   mizan::Language::kEnglish);
      (void)r.find("وللقيادة المركزية الأمريكية دعماً لحملة هزيمة داعش", mizan::Language::kArabic);
      (void)mizan::formats::write_tbx(g.entries(), mizan::formats::TbxEdition::k2019);
    } catch (const mizan::Error&) {
    }
  }
  return 0;
}
