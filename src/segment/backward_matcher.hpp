#pragma once
// Fast exact matching of bounded SRX before-break patterns at a candidate position.
//
// ICU evaluates a before-break at a candidate with a look-behind, which costs 150-500 ns per rule
// and position; with a dozen rule groups that was most of segmentation time. Nearly all real
// before-break patterns describe a finite set of short sequences: abbreviations
// (\b(?:Gen|Lt|U\.S)\.), an initial (\b\p{Lu}\.), terminal punctuation with closing quotes
// ([.!?]["”’»)]{0,3}). Such patterns (see simple_pattern.hpp; bounded repetition only, anchors
// only at the start) are expanded into sequences of atoms, stored reversed in one trie for all
// rule groups, and matched by walking back from the candidate: one walk answers every group.
// Patterns outside that subset are refused and left to ICU (tests/segment/backward_matcher_test
// checks the verdicts against ICU).

#include <cstdint>
#include <string_view>
#include <vector>

#include "simple_pattern.hpp"

namespace mizan::segment::detail {

/// Built by add_group() and freeze(); read-only afterwards, so matches_at() may run on several
/// threads at once.
class BackwardMatcher {
 public:
  /// Most rule groups one matcher holds; a splitter with more uses several.
  static constexpr int kMaxGroups = 64;

  /// Adds the before-break patterns of rule group `group` (0 <= group < kMaxGroups), all or
  /// none: false (and nothing added) when one of them cannot be expanded.
  bool add_group(const std::vector<std::string_view>& patterns, int group);

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
    std::vector<std::pair<int32_t, int32_t>> classes;  // (class id, child)
    uint64_t ends_plain = 0;     // groups with a sequence starting here, no anchor
    uint64_t ends_boundary = 0;  // ... anchored by \b
    uint64_t ends_start = 0;     // ... anchored by ^
  };
  void walk(const char16_t* text, int32_t length, int32_t node, int32_t k, uint64_t& found) const;
  int32_t child(int32_t node, Atom atom);

  std::vector<Node> nodes_ = std::vector<Node>(1);
  ClassTable classes_;
  bool frozen_ = false;
};

}  // namespace mizan::segment::detail
