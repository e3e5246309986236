// Fuzz target: arbitrary bytes as a TSV bitext to import. The reader must fail with mizan::Error
// only; every unit it delivers is put to the store's gate (tm::unit_problem), and a unit the gate
// lets through must survive TSV export and import unchanged.

#include <cstdint>
#include <string>
#include <vector>

#include "mizan/core/error.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "mizan/tm/store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::vector<mizan::TranslationUnit> units;
  try {
    mizan::formats::read_tsv_memory(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.tsv",
        [&](mizan::formats::ImportedUnit&& u) {
          if (mizan::tm::unit_problem(u.unit).empty()) units.push_back(std::move(u.unit));
        });
  } catch (const mizan::Error&) {
    return 0;
  }
  std::string tsv;
  mizan::formats::TsvWriter writer([&](std::string_view b) { tsv.append(b); });
  for (const auto& u : units)
    writer.write(u);
  writer.finish();
  std::vector<mizan::TranslationUnit> again;
  mizan::formats::read_tsv_memory(tsv, "again.tsv", [&](mizan::formats::ImportedUnit&& u) {
    again.push_back(std::move(u.unit));
  });
  if (again.size() != units.size()) __builtin_trap();
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (again[i].en != units[i].en || again[i].ar != units[i].ar) __builtin_trap();
  }
  return 0;
}
