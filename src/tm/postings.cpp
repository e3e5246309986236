#include "postings.hpp"

namespace mizan::tm::postings {

void append_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

std::string encode(const std::uint32_t* ids, std::size_t count) {
  std::string out;
  out.reserve(count * 2);
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i < count; ++i) {
    append_varint(out, ids[i] - previous);
    previous = ids[i];
  }
  return out;
}

bool decode(std::string_view block, std::vector<std::uint32_t>& out) {
  std::uint32_t value = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(block.data());
  const auto* end = p + block.size();
  while (p < end) {
    std::uint64_t gap = 0;
    int shift = 0;
    while (true) {
      if (p == end || shift > 28) return false;
      const unsigned char b = *p++;
      gap |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) break;
      shift += 7;
    }
    value += static_cast<std::uint32_t>(gap);
    out.push_back(value);
  }
  return true;
}

}  // namespace mizan::tm::postings
