#include "mizan/text/utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace mizan::text {

namespace detail {

Decoded decode_multibyte(std::string_view s, std::size_t i) {
  // U8_NEXT indexes with int32_t: give it the at most four bytes a sequence can take, so that
  // offsets beyond 2 GB never reach it.
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data() + i);
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(s.size() - i, 4));
  std::int32_t k = 0;
  UChar32 c;
  U8_NEXT(p, k, length, c);
  return {c, static_cast<std::uint32_t>(k)};
}

}  // namespace detail

std::size_t count_code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size(); ++n)
    next_code_point(utf8, i);
  return n;
}

std::vector<char32_t> to_code_points(std::string_view utf8) {
  std::vector<char32_t> out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();)
    out.push_back(next_code_point(utf8, i));
  return out;
}

void detail::append_multibyte(std::string& out, char32_t c) {
  char buf[U8_MAX_LENGTH];
  std::int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(c));
  out.append(buf, static_cast<std::size_t>(n));
}

IllFormedSequence find_ill_formed_utf8(std::string_view bytes, std::size_t from) {
  for (std::size_t i = from; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    const detail::Decoded d = detail::decode_multibyte(bytes, i);
    if (d.code_point < 0) return {i, i + d.length};
    i += d.length;
  }
  return {};
}

}  // namespace mizan::text
