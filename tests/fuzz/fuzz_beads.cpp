// Fuzz target: arbitrary bytes as a bead file, and as the sentences of a document pair. Malformed
// bead files must fail with mizan::Error only; any sentences must align, every one in one bead.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "mizan/align/aligner.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    (void)mizan::align::parse_beads(bytes, "fuzz", 8, 8);
  } catch (const mizan::Error&) {
  }
  // Lines before the first empty line are English, the rest Arabic (only valid UTF-8 is text).
  if (mizan::text::find_invalid_utf8(bytes) != std::string_view::npos) return 0;
  std::vector<std::string> side[2];
  int k = 0;
  std::size_t p = 0;
  while (p <= bytes.size()) {
    std::size_t e = bytes.find('\n', p);
    if (e == std::string_view::npos) e = bytes.size();
    const std::string line = mizan::text::clean(bytes.substr(p, e - p));
    if (line.empty()) {
      k = 1;
    } else {
      side[k].push_back(line);
    }
    p = e + 1;
  }
  mizan::align::SentenceAligner aligner;
  const auto a = aligner.align(side[0], side[1]);
  std::size_t en = 0, ar = 0;
  for (const auto& b : a.beads) {
    if (b.en_begin != en || b.ar_begin != ar || !(b.confidence >= 0 && b.confidence <= 1)) {
      std::abort();
    }
    en += b.en_count;
    ar += b.ar_count;
  }
  if (en != side[0].size() || ar != side[1].size()) std::abort();
  return 0;
}
