#pragma once
// Fast exact matching of bounded SRX before-break patterns at a candidate position.
//
// ICU evaluates a before-break at a candidate with a look-behind, which costs 150-500 ns per rule
// and position (measured: tests/bench/segment_bench and the note in README.md); with a dozen
// rules that is most of segmentation time. Nearly all real before-break patterns describe a
// finite set of short sequences: abbreviations (\b(?:Gen|Lt|U\.S)\.), an initial (\b\p{Lu}\.),
// terminal punctuation with closing quotes ([.!?]["”’»)]{0,3}). Such a pattern is expanded into
// its sequences of code-point classes, stored reversed in a trie, and matched by walking back from
// the candidate: a few character tests. Patterns outside that subset are refused here and left to
// ICU, so the verdicts are the same either way (tests/segment/backward_matcher_test.cpp checks
// this against ICU).

#include <unicode/uniset.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace mizan::segment::detail {

class BackwardMatcher {
 public:
  /// Most rule groups one matcher holds; a splitter with more uses several.
  static constexpr int kMaxGroups = 64;

  /// Adds one pattern for rule group `group` (0 <= group < kMaxGroups); false (and nothing
  /// added) when it is outside the supported subset: an optional leading \b or ^, then atoms and
  /// (?:a|b|...) groups of atoms, each optionally quantified by ?, {n} or {m,n}; atoms are literal
  /// characters, escaped ASCII punctuation, \s \d \w (and negations), \p{..} \P{..} and [...]
  /// classes.
  bool add(std::string_view pattern, int group);

  /// Whether add() would take `pattern`.
  static bool supports(std::string_view pattern);

  /// Code points a match of `pattern` can begin with, when that can be read off its first items
  /// (atoms with any quantifier, groups of atoms); nullopt when unknown or when it can match the
  /// empty string. Used to skip after-break regexes that cannot match at a position.
  static std::optional<icu::UnicodeSet> first_characters(std::string_view pattern);

  /// Call once all patterns are added: freezes the character classes for fast lookup.
  void freeze();

  /// Bit g set when a sequence of group g ends exactly at `p` in `text` (UTF-16, `length` units)
  /// with its anchor holding at its start (\b as ICU defines it; ^ = index 0).
  uint64_t matches_at(const char16_t* text, int32_t length, int32_t p) const;

  /// Code points that can end a match of any group in `groups` (a mask): a filter for scans.
  icu::UnicodeSet last_characters(uint64_t groups) const;

 private:
  struct Node {
    std::vector<std::pair<UChar32, int32_t>> chars;    // single code point edges, sorted
    std::vector<std::pair<int32_t, int32_t>> classes;  // (class index, child)
    uint64_t ends_plain = 0;     // groups with a sequence starting here, no anchor
    uint64_t ends_boundary = 0;  // ... anchored by \b
    uint64_t ends_start = 0;     // ... anchored by ^
  };
  void walk(const char16_t* text, int32_t length, int32_t node, int32_t k, uint64_t& found) const;
  int32_t class_index(const icu::UnicodeSet& set);
  int32_t child(int32_t node, const icu::UnicodeSet& atom);

  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::vector<std::unique_ptr<icu::UnicodeSet>> classes_;
  bool frozen_ = false;
};

}  // namespace mizan::segment::detail
