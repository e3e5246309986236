#include "backward_matcher.hpp"

#include <unicode/utf16.h>

#include <algorithm>

namespace mizan::segment::detail {
namespace {

// A pattern with more sequences than this is left to ICU.
constexpr std::size_t kMaxSequences = 20000;

// Classes with at most this many code points are expanded into character edges.
constexpr int32_t kSmallClass = 16;

enum Anchor : uint8_t { kNoAnchor, kWordBoundary, kTextStart };

struct Expanded {
  Anchor anchor;
  std::vector<Atom> atoms;
};

// All atom sequences of `seq`; false when it is unbounded, too large, or has an anchor other
// than at the start of a top-level branch.
bool expand(const PatternSequence& seq, bool top_level, const ClassTable& classes,
            std::vector<std::vector<Atom>>& out, Anchor* anchor) {
  out.assign(1, {});
  for (std::size_t i = 0; i < seq.size(); ++i) {
    const PatternItem& item = seq[i];
    if (item.kind == PatternItem::Kind::kWordBoundary ||
        item.kind == PatternItem::Kind::kTextStart) {
      if (!top_level || i != 0 || anchor == nullptr) return false;
      *anchor = item.kind == PatternItem::Kind::kWordBoundary ? kWordBoundary : kTextStart;
      continue;
    }
    if (item.max < 0 || item.max > 16) return false;
    std::vector<std::vector<Atom>> choices;
    if (item.kind == PatternItem::Kind::kAtom) {
      // A small class becomes its members: character edges merge in the trie (the full stop
      // of [.!?] and of Gen\. share one node) where class edges would each be tested.
      const icu::UnicodeSet* set =
          is_class_atom(item.atom) ? classes.sets[class_id(item.atom)].get() : nullptr;
      if (set != nullptr && set->size() <= kSmallClass && !set->hasStrings()) {
        for (int32_t r = 0; r < set->getRangeCount(); ++r) {
          for (UChar32 c = set->getRangeStart(r); c <= set->getRangeEnd(r); ++c)
            choices.push_back({c});
        }
      } else {
        choices.push_back({item.atom});
      }
    } else {
      for (const PatternSequence& alt : item.alternatives) {
        std::vector<std::vector<Atom>> sub;
        if (!expand(alt, false, classes, sub, nullptr)) return false;
        choices.insert(choices.end(), sub.begin(), sub.end());
      }
    }
    std::vector<std::vector<Atom>> next;
    for (const auto& prefix : out) {
      std::vector<std::vector<Atom>> partial{prefix};
      for (int k = 0; k <= item.max; ++k) {
        if (k >= item.min) next.insert(next.end(), partial.begin(), partial.end());
        if (k == item.max) break;
        std::vector<std::vector<Atom>> longer;
        for (const auto& a : partial) {
          for (const auto& c : choices) {
            auto x = a;
            x.insert(x.end(), c.begin(), c.end());
            longer.push_back(std::move(x));
          }
        }
        partial = std::move(longer);
        if (partial.size() + next.size() > kMaxSequences) return false;
      }
    }
    out = std::move(next);
  }
  return true;
}

}  // namespace

int32_t BackwardMatcher::child(int32_t node, Atom atom) {
  if (!is_class_atom(atom)) {
    auto& chars = nodes_[node].chars;
    auto it = std::lower_bound(chars.begin(), chars.end(), std::make_pair(atom, int32_t{-1}));
    if (it != chars.end() && it->first == atom) return it->second;
    const auto id = static_cast<int32_t>(nodes_.size());
    chars.insert(it, {atom, id});
    nodes_.emplace_back();  // after the insert: `chars` refers into nodes_
    return id;
  }
  for (const auto& [c, id] : nodes_[node].classes) {
    if (c == class_id(atom)) return id;
  }
  const auto id = static_cast<int32_t>(nodes_.size());
  nodes_[node].classes.emplace_back(class_id(atom), id);
  nodes_.emplace_back();
  return id;
}

bool BackwardMatcher::add_group(const std::vector<std::string_view>& patterns, int group) {
  if (frozen_ || group < 0 || group >= kMaxGroups) return false;
  std::vector<Expanded> sequences;
  for (std::string_view p : patterns) {
    auto parsed = parse_simple_pattern(p, classes_);  // classes interned on failure are harmless
    if (!parsed) return false;
    for (const PatternSequence& branch : parsed->branches) {
      Anchor anchor = kNoAnchor;
      std::vector<std::vector<Atom>> expanded;
      if (!expand(branch, true, classes_, expanded, &anchor)) return false;
      for (auto& atoms : expanded) {
        if (atoms.empty()) return false;  // a pattern that matches nothing at all
        sequences.push_back({anchor, std::move(atoms)});
      }
      if (sequences.size() > kMaxSequences) return false;
    }
  }
  const uint64_t bit = uint64_t{1} << group;
  for (const Expanded& e : sequences) {
    int32_t node = 0;
    for (auto it = e.atoms.rbegin(); it != e.atoms.rend(); ++it)
      node = child(node, *it);
    Node& end = nodes_[node];
    (e.anchor == kWordBoundary ? end.ends_boundary
     : e.anchor == kTextStart  ? end.ends_start
                               : end.ends_plain) |= bit;
  }
  return true;
}

void BackwardMatcher::freeze() {
  classes_.freeze();
  frozen_ = true;
}

icu::UnicodeSet BackwardMatcher::last_characters(uint64_t groups) const {
  // Root edges whose subtree ends a sequence of one of `groups`.
  std::vector<uint64_t> below(nodes_.size());
  for (std::size_t i = nodes_.size(); i-- > 0;) {  // children have larger indices than parents
    const Node& n = nodes_[i];
    below[i] = n.ends_plain | n.ends_boundary | n.ends_start;
    for (const auto& e : n.chars)
      below[i] |= below[e.second];
    for (const auto& e : n.classes)
      below[i] |= below[e.second];
  }
  icu::UnicodeSet out;
  for (const auto& [c, id] : nodes_[0].chars) {
    if ((below[id] & groups) != 0) out.add(c);
  }
  for (const auto& [cls, id] : nodes_[0].classes) {
    if ((below[id] & groups) != 0) out.addAll(*classes_.sets[cls]);
  }
  return out;
}

void BackwardMatcher::walk(const char16_t* text, int32_t length, int32_t node, int32_t k,
                           uint64_t& found) const {
  // The code points [k, p) are matched; a sequence ending at this node would start at k.
  const Node& n = nodes_[node];
  found |= n.ends_plain;
  if ((n.ends_boundary & ~found) != 0 && icu_word_boundary_at(text, length, k))
    found |= n.ends_boundary;
  if (k == 0) found |= n.ends_start;
  if (k <= 0) return;
  int32_t start = k;
  UChar32 c;
  U16_PREV(text, 0, start, c);
  if (!n.chars.empty()) {
    auto it = std::lower_bound(n.chars.begin(), n.chars.end(), std::make_pair(c, int32_t{-1}));
    if (it != n.chars.end() && it->first == c) walk(text, length, it->second, start, found);
  }
  for (const auto& [cls, id] : n.classes) {
    if (classes_.contains(cls, c)) walk(text, length, id, start, found);
  }
}

uint64_t BackwardMatcher::matches_at(const char16_t* text, int32_t length, int32_t p) const {
  uint64_t found = 0;
  if (p >= 1 && p <= length) walk(text, length, 0, p, found);
  return found;
}

}  // namespace mizan::segment::detail
