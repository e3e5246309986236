// Fuzz target: arbitrary bytes as a mizan glossary TSV. Parsing must fail with mizan::Error
// only; the entries a glossary accepts must come back from their own TSV export unchanged.

#include <cstdint>
#include <string>

#include "mizan/core/error.hpp"
#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/term/glossary.hpp"
#include "mizan/text/input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  mizan::term::Glossary g;
  try {
    const std::string text = mizan::text::decode_bytes(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.tsv");
    mizan::Diagnostics d;
    mizan::term::import_entries(g, mizan::formats::parse_glossary_tsv(text, "fuzz.tsv", d), d,
                                false);
  } catch (const mizan::Error&) {
    return 0;
  }
  const std::string tsv = mizan::formats::write_glossary_tsv(g.entries());
  mizan::Diagnostics d;
  mizan::term::Glossary again;
  mizan::term::import_entries(again, mizan::formats::parse_glossary_tsv(tsv, "again.tsv", d), d,
                              true);
  if (mizan::formats::write_glossary_tsv(again.entries()) != tsv) __builtin_trap();
  return 0;
}
