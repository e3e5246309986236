// Fuzz target: arbitrary bytes as an SRX file. Malformed files must fail with mizan::Error only.

#include <cstdint>
#include <string>

#include "mizan/core/error.hpp"
#include "mizan/formats/srx.hpp"
#include "mizan/segment/sentence_splitter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  try {
    const auto rules = mizan::formats::parse_srx(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
    const mizan::segment::SentenceSplitter splitter(rules, "en");
    (void)splitter.split("Gen. Smith met Dr. Jones. They left at 5 p.m. today.");
  } catch (const mizan::Error&) {
  }
  return 0;
}
