#pragma once
// Random UTF-16 text over the characters segmentation rules care about, with whole
// abbreviations mixed in: input for the differential tests against ICU.

#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

namespace mizan::segment::testing {

inline icu::UnicodeString random_rule_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a",  "e",  "S",   "U",      "G",    "M",      "r",      "s",       "n",   ".",   ".",
      ".",  " ",  " ",   "\u00A0", "1",    "٣",      "?",      "!",       "”",   "’",   "»",
      ")",  "…",  "(",   "“",      "Gen",  "Dr",     "U.S",    "Jan",     "Fla", "etc", "al",
      "No", "Mr", "e.g", "p.m",    "Ph.D", "vs",     "www.",   "http://", "The", "In",  "د",
      "م",  "ص",  "ب",   "ال",     "أ",    "\u064E", "\u0301", "\u200F",  "x",   "Z",   "-",
      "–",  ",",  "&",   "\n",     "ﻻ",    "𝐀"};
  icu::UnicodeString out;
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> len(1, 24);
  for (int i = len(rng); i > 0; --i)
    out += icu::UnicodeString::fromUTF8(pieces[pick(rng)]);
  return out;
}

}  // namespace mizan::segment::testing
