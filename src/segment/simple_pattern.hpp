#pragma once
// A small subset of ICU regular expressions, parsed into a tree that mizan can match without ICU
// where ICU's per-call cost dwarfs the match itself: SRX rule patterns are tiny (\s+\p{Lu},
// \b(?:Gen|Lt)\.) and are tried at every candidate boundary. The subset: atoms (literal
// characters, escaped ASCII punctuation, \s \S \d \D \w \W, \p{..} \P{..}, [...] classes), groups
// (?:a|b|...) nested one level, quantifiers ? * + {n} {m,n} {m,} (greedy, lazy or possessive
// forms treated alike: only whether a match exists matters here), \b anywhere and ^ at the
// start. Anything else is refused and left to ICU. tests/segment/simple_pattern_test.cpp and
// backward_matcher_test.cpp check the verdicts against ICU.

#include <unicode/uniset.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::segment::detail {

/// Character classes shared by the patterns of one matcher, each built once: constructing an ICU
/// UnicodeSet from a property pattern (\p{L}) costs ~100,000 instructions.
struct ClassTable {
  std::vector<std::unique_ptr<icu::UnicodeSet>> sets;
  std::map<std::string, int32_t> by_pattern;
  // ASCII members of each set as a 128-bit map (filled by freeze()): most text the rules test
  // is ASCII punctuation and spaces, and a bit test is far cheaper than a call into ICU.
  std::vector<std::array<uint64_t, 2>> ascii;
  void freeze();
  bool contains(int32_t id, UChar32 c) const {
    if (c < 0x80) return ((ascii[id][c >> 6] >> (c & 63)) & 1) != 0;
    return sets[id]->contains(c) != 0;
  }
};

/// An atom: a code point (>= 0) or a character class (~id into a ClassTable, < 0).
using Atom = int32_t;
constexpr bool is_class_atom(Atom a) {
  return a < 0;
}
constexpr int32_t class_id(Atom a) {
  return ~a;
}

struct PatternItem;
using PatternSequence = std::vector<PatternItem>;

/// What one alternative can start with: ASCII code points as a bit map, and whether it may also
/// start with something else (a non-ASCII character) or match empty, when it is always tried.
/// Lets the forward matcher skip most alternatives of a word list (?:The|This|...|Their) after
/// one look at the next character.
struct FirstCharacters {
  std::array<uint64_t, 2> ascii{};
  bool open = true;
  bool may_start_at(const char16_t* text, int32_t length, int32_t pos) const {
    if (open) return true;
    if (pos >= length) return false;
    const char16_t c = text[pos];
    return c < 0x80 && ((ascii[c >> 6] >> (c & 63)) & 1) != 0;
  }
};

struct PatternItem {
  enum class Kind { kAtom, kGroup, kWordBoundary, kTextStart };
  Kind kind = Kind::kAtom;
  Atom atom = 0;                              // kAtom
  std::vector<PatternSequence> alternatives;  // kGroup
  std::vector<FirstCharacters> first;         // kGroup: per alternative
  int min = 1;
  int max = 1;  // -1: unbounded
};

/// A parsed pattern: its top-level alternatives.
struct SimplePattern {
  std::vector<PatternSequence> branches;
  std::vector<FirstCharacters> first;  // per branch
};

/// Parses `pattern`; nullopt when it is outside the subset. Classes go into `classes`.
std::optional<SimplePattern> parse_simple_pattern(std::string_view pattern, ClassTable& classes);

/// True when `a` matches code point `c`.
inline bool atom_matches(const ClassTable& classes, Atom a, UChar32 c) {
  return is_class_atom(a) ? classes.contains(class_id(a), c) : a == c;
}

/// ICU's \b at q in text (RegexMatcher::isWordBoundary): transitions between \w and \W, no
/// boundary before a combining mark or format character, marks and format characters skipped
/// backwards.
bool icu_word_boundary_at(const char16_t* text, int32_t length, int32_t q);

/// Whether `pattern` matches text starting exactly at p (ICU lookingAt() with transparent,
/// non-anchoring bounds: \b and ^ see the whole text).
bool forward_matches_at(const SimplePattern& pattern, const ClassTable& classes,
                        const char16_t* text, int32_t length, int32_t p);

/// Code points a match can begin with (a superset: anchors are ignored); nullopt when the
/// pattern can match the empty string.
std::optional<icu::UnicodeSet> first_characters(const SimplePattern& pattern,
                                                const ClassTable& classes);

}  // namespace mizan::segment::detail
