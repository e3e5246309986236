// Fuzz target: arbitrary bytes as a TBX file (2019 or 2008 martif). Parsing must fail with
// mizan::Error only; the entries a glossary accepts must survive TBX export and import.

#include <cstdint>
#include <string>

#include "mizan/core/error.hpp"
#include "mizan/formats/tbx.hpp"
#include "mizan/term/glossary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  mizan::term::Glossary g;
  try {
    mizan::Diagnostics d;
    mizan::term::import_entries(
        g,
        mizan::formats::parse_tbx(std::string_view(reinterpret_cast<const char*>(data), size),
                                  "fuzz.tbx", d),
        d, false);
  } catch (const mizan::Error&) {
    return 0;
  }
  const std::string tbx = mizan::formats::write_tbx(g.entries(), mizan::formats::TbxEdition::k2019);
  mizan::Diagnostics d;
  mizan::term::Glossary again;
  mizan::term::import_entries(again, mizan::formats::parse_tbx(tbx, "again.tbx", d), d, true);
  if (again.size() != g.size()) __builtin_trap();
  return 0;
}
