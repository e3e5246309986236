// Fuzz target: arbitrary bytes through decoding (lossy), cleaning and segmentation. Every sentence
// must lie inside the input and the pipeline must never crash or hang; bytes that are not text
// (a NUL) are refused with mizan::Error.

#include <cstdint>
#include <cstdlib>
#include <string>

#include "mizan/core/error.hpp"
#include "mizan/formats/srx.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/match_key.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  static const mizan::segment::Segmenter segmenter(mizan::formats::builtin_srx());
  std::string text;
  try {
    text = mizan::text::decode_bytes(std::string_view(reinterpret_cast<const char*>(data), size),
                                     "fuzz", {.lossy = true});
  } catch (const mizan::Error&) {
    return 0;  // refused as not text (a NUL byte, even when lossy): a clear error, not a crash
  }
  for (auto lang :
       {mizan::segment::LanguageChoice::kAuto, mizan::segment::LanguageChoice::kArabic}) {
    for (const auto& s : segmenter.segment_text(text, lang)) {
      if (s.begin > s.end || s.end > text.size()) std::abort();
      (void)mizan::text::match_key(s.text);
    }
  }
  return 0;
}
