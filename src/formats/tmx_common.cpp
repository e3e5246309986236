#include "tmx_common.hpp"

#include <cstdio>

namespace mizan::formats::tmx {

std::size_t find_unrepresentable(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
    // U+FFFE and U+FFFF are EF BF BE / EF BF BF.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
      return i;
    }
  }
  return std::string_view::npos;
}

std::size_t unrepresentable_length(std::string_view s, std::size_t pos) {
  return static_cast<unsigned char>(s[pos]) < 0x20 ? 1 : 3;
}

std::string char_placeholder_content(std::string_view character) {
  unsigned code = static_cast<unsigned char>(character[0]);
  if (character.size() == 3) code = 0xFFFE + (static_cast<unsigned char>(character[2]) & 1);
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", code);
  return buf;
}

std::optional<std::string> char_from_placeholder(std::string_view content) {
  if (content.size() != 6 || content.substr(0, 2) != "U+") return std::nullopt;
  unsigned code = 0;
  for (char c : content.substr(2)) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (digit < 0) return std::nullopt;
    code = code * 16 + static_cast<unsigned>(digit);
  }
  std::string bytes;
  if (code < 0x20) {
    bytes.push_back(static_cast<char>(code));
  } else if (code == 0xFFFE || code == 0xFFFF) {
    bytes = code == 0xFFFE ? "\xEF\xBF\xBE" : "\xEF\xBF\xBF";
  }
  if (bytes.empty() || find_unrepresentable(bytes, 0) != 0) return std::nullopt;
  return bytes;
}

}  // namespace mizan::formats::tmx
