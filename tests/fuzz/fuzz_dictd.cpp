// Fuzz target: arbitrary bytes as a dictd dictionary: the first byte says how many of the next
// bytes (times 4) are the .index file, the rest is the .dict or .dict.dz data. Reading must fail
// with mizan::Error only, and never inflate without bound (a compression bomb is refused).

#include <cstdint>
#include <string>

#include "mizan/core/error.hpp"
#include "mizan/formats/dictd.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t index_size = std::min<std::size_t>(bytes.size(), std::size_t{data[0]} * 4);
  try {
    (void)mizan::formats::parse_dictd(bytes.substr(0, index_size),
                                      std::string(bytes.substr(index_size)), "fuzz.index",
                                      "fuzz.dict.dz");
  } catch (const mizan::Error&) {
  }
  return 0;
}
