#include "mizan/text/storable_text.hpp"

#include <cstdio>

#include "mizan/text/utf8.hpp"

namespace mizan::text {
namespace {

std::string code_point_name(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

bool is_noncharacter(char32_t c) {
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

}  // namespace

std::optional<TextProblem> storable_text_problem(std::string_view text, FieldLines lines) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII, nearly all of it: no decoding
      ++i;
      continue;
    }
    char32_t c = 0;
    if (!next_well_formed_code_point(text, i, c)) return TextProblem{at, "invalid UTF-8"};
    if (c == 0) return TextProblem{at, "a NUL character"};
    const bool line_control = c == '\t' || c == '\n' || c == '\r';
    if (line_control && lines == FieldLines::kMany) continue;
    if (line_control) {
      return TextProblem{at, c == '\t' ? "a tab" : "a line break"};
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
      return TextProblem{at, "the control character " + code_point_name(c)};
    if (is_noncharacter(c)) return TextProblem{at, "the noncharacter " + code_point_name(c)};
  }
  return std::nullopt;
}

std::string describe_storable_text_problem(std::string_view text, FieldLines lines,
                                           std::string_view field) {
  const std::optional<TextProblem> problem = storable_text_problem(text, lines);
  if (!problem) return {};
  return std::string(field) + " has " + problem->what + " at byte " +
         std::to_string(problem->offset);
}

}  // namespace mizan::text
