#include "backward_matcher.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <string>

namespace mizan::segment::detail {
namespace {

// A pattern too rich to expand (more sequences than this) is left to ICU.
constexpr std::size_t kMaxSequences = 20000;

// ICU regex's \w and \s (see the ICU user guide, "Regular Expressions").
constexpr std::string_view kWordClass = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200C\\u200D";
constexpr std::string_view kSpaceClass = "\\u0009\\u000A\\u000C\\u000D\\p{Z}";

bool is_word_char(UChar32 c) {
  if (c == 0x200C || c == 0x200D) return true;
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) return true;
  return (U_GET_GC_MASK(c) & (U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK)) != 0;
}

bool is_ignorable_for_boundary(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_GRAPHEME_EXTEND) || u_charType(c) == U_FORMAT_CHAR;
}

// ICU's \b at q (RegexMatcher::isWordBoundary): no boundary before a combining mark or format
// character; marks and format characters before q are skipped.
bool word_boundary_at(const char16_t* text, int32_t length, int32_t q) {
  bool current_is_word = false;
  if (q < length) {
    UChar32 c;
    U16_GET(text, 0, q, length, c);
    if (is_ignorable_for_boundary(c)) return false;
    current_is_word = is_word_char(c);
  }
  bool previous_is_word = false;
  int32_t i = q;
  while (i > 0) {
    UChar32 c;
    U16_PREV(text, 0, i, c);
    if (!is_ignorable_for_boundary(c)) {
      previous_is_word = is_word_char(c);
      break;
    }
  }
  return current_is_word != previous_is_word;
}

// Pattern parser for the supported subset; every failure returns nullopt.
class Parser {
 public:
  explicit Parser(std::string_view p) : p_(p) {}

  using Sequence = std::vector<icu::UnicodeSet>;

  // Top-level alternatives, each with its anchor bits and expanded sequences.
  struct Branch {
    uint8_t anchor;
    std::vector<Sequence> sequences;
  };

  // First-character set of the pattern (see BackwardMatcher::first_characters).
  std::optional<icu::UnicodeSet> first_set() {
    icu::UnicodeSet out;
    while (i_ < p_.size()) {
      if (p_[i_] == '|' || p_[i_] == '^' || p_[i_] == '$' || p_.substr(i_, 2) == "\\b" ||
          (p_.substr(i_, 2) == "(?" && p_.substr(i_, 3) != "(?:")) {
        return std::nullopt;
      }
      icu::UnicodeSet first;
      if (p_.substr(i_, 3) == "(?:") {
        // A group of alternatives: each must start with an atom we can read.
        std::size_t depth = 0, j = i_;
        for (; j < p_.size(); ++j) {
          if (p_[j] == '\\') {
            ++j;
          } else if (p_[j] == '[') {
            while (j < p_.size() && p_[j] != ']')
              j += (p_[j] == '\\') ? 2 : 1;
          } else if (p_[j] == '(') {
            ++depth;
          } else if (p_[j] == ')' && --depth == 0) {
            break;
          }
        }
        if (j >= p_.size()) return std::nullopt;
        const std::string_view body = p_.substr(i_ + 3, j - i_ - 3);
        std::size_t start = 0;
        int nest = 0;
        for (std::size_t k = 0; k <= body.size(); ++k) {
          if (k < body.size() && body[k] == '\\') {
            ++k;
            continue;
          }
          if (k < body.size() && body[k] == '[') {
            while (k < body.size() && body[k] != ']')
              k += (body[k] == '\\') ? 2 : 1;
            continue;
          }
          if (k < body.size() && body[k] == '(') ++nest;
          if (k < body.size() && body[k] == ')') --nest;
          if (k == body.size() || (body[k] == '|' && nest == 0)) {
            auto alt = Parser(body.substr(start, k - start)).first_set();
            if (!alt) return std::nullopt;
            first.addAll(*alt);
            start = k + 1;
          }
        }
        i_ = j + 1;
      } else {
        auto a = atom();
        if (!a) return std::nullopt;
        first = *a;
      }
      // Quantifier: any form, unbounded included; only whether it may repeat zero times matters.
      bool optional = false;
      if (i_ < p_.size()) {
        const char q = p_[i_];
        if (q == '*' || q == '?') {
          optional = true;
          ++i_;
        } else if (q == '+') {
          ++i_;
        } else if (q == '{') {
          const std::size_t close = p_.find('}', i_);
          if (close == std::string_view::npos) return std::nullopt;
          optional = p_[i_ + 1] == '0';
          i_ = close + 1;
        }
        if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '+')) ++i_;
      }
      out.addAll(first);
      if (!optional) return out;
    }
    return std::nullopt;  // every item optional: the pattern can match the empty string
  }

  std::optional<std::vector<Branch>> parse() {
    std::vector<Branch> branches;
    while (true) {
      uint8_t anchor = 1;  // kNone
      if (p_.substr(i_, 2) == "\\b") {
        anchor = 2;
        i_ += 2;
      } else if (i_ < p_.size() && p_[i_] == '^') {
        anchor = 4;
        ++i_;
      }
      auto seqs = sequence(/*in_group=*/false);
      if (!seqs) return std::nullopt;
      for (const Sequence& s : *seqs) {
        if (s.empty()) return std::nullopt;  // a pattern that can match nothing at all
      }
      branches.push_back({anchor, std::move(*seqs)});
      if (i_ >= p_.size()) break;
      if (p_[i_] != '|') return std::nullopt;
      ++i_;
    }
    return branches;
  }

 private:
  // Items up to '|' or ')' (in a group) or the end, expanded into sequences.
  std::optional<std::vector<Sequence>> sequence(bool in_group) {
    std::vector<Sequence> out(1);
    while (i_ < p_.size() && p_[i_] != '|' && !(in_group && p_[i_] == ')')) {
      std::vector<Sequence> choices;
      if (p_.substr(i_, 3) == "(?:") {
        if (in_group) return std::nullopt;  // one level of groups is enough for SRX rules
        i_ += 3;
        while (true) {
          auto alt = sequence(true);
          if (!alt) return std::nullopt;
          choices.insert(choices.end(), alt->begin(), alt->end());
          if (i_ >= p_.size()) return std::nullopt;
          if (p_[i_] == ')') break;
          ++i_;  // '|'
        }
        ++i_;  // ')'
      } else {
        auto set = atom();
        if (!set) return std::nullopt;
        choices.push_back(Sequence{std::move(*set)});
      }
      int lo = 1, hi = 1;
      if (!quantifier(lo, hi)) return std::nullopt;
      std::vector<Sequence> next;
      for (const Sequence& s : out) {
        // Every way of repeating `choices` between lo and hi times after s.
        std::vector<Sequence> partial{s};
        for (int k = 0; k <= hi; ++k) {
          if (k >= lo) next.insert(next.end(), partial.begin(), partial.end());
          if (k == hi) break;
          std::vector<Sequence> longer;
          for (const Sequence& a : partial) {
            for (const Sequence& c : choices) {
              Sequence x = a;
              x.insert(x.end(), c.begin(), c.end());
              longer.push_back(std::move(x));
            }
          }
          partial = std::move(longer);
          if (partial.size() + next.size() > kMaxSequences) return std::nullopt;
        }
      }
      out = std::move(next);
      if (out.size() > kMaxSequences) return std::nullopt;
    }
    return out;
  }

  bool quantifier(int& lo, int& hi) {
    if (i_ >= p_.size()) return true;
    const char c = p_[i_];
    if (c == '*' || c == '+') return false;  // unbounded
    if (c == '?') {
      lo = 0;
      hi = 1;
      ++i_;
    } else if (c == '{') {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      const std::string_view body = p_.substr(i_ + 1, close - i_ - 1);
      const std::size_t comma = body.find(',');
      try {
        lo = std::stoi(std::string(body.substr(0, comma)));
        if (comma == std::string_view::npos) {
          hi = lo;
        } else {
          if (comma + 1 >= body.size()) return false;  // {m,} is unbounded
          hi = std::stoi(std::string(body.substr(comma + 1)));
        }
      } catch (...) {
        return false;
      }
      if (lo < 0 || hi < lo || hi > 16) return false;
      i_ = close + 1;
    } else {
      return true;
    }
    // Lazy or possessive forms change which match is found, not whether one exists.
    if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '+')) ++i_;
    return true;
  }

  static std::optional<icu::UnicodeSet> make_set(const std::string& pattern) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set(icu::UnicodeString::fromUTF8(pattern), 0, nullptr, status);
    if (U_FAILURE(status)) return std::nullopt;
    return set;
  }

  // Rewrites a regex class body into UnicodeSet syntax: \s \d \w spelled out, spaces escaped
  // (UnicodeSet would ignore them), nothing else changed.
  std::optional<std::string> class_body(std::size_t& i) {
    std::string out;
    int depth = 0;
    while (i < p_.size()) {
      const char c = p_[i];
      if (c == '\\') {
        if (i + 1 >= p_.size()) return std::nullopt;
        const char e = p_[i + 1];
        if (e == 's') {
          out += kSpaceClass;
        } else if (e == 'd') {
          out += "\\p{Nd}";
        } else if (e == 'w') {
          out += kWordClass;
        } else if (e == 'S' || e == 'D' || e == 'W' || e == 'b' || e == 'Q' || e == 'E') {
          return std::nullopt;
        } else {
          out.push_back('\\');
          out.push_back(e);
        }
        i += 2;
        continue;
      }
      if (c == '[') {
        if (p_.substr(i, 3) == "[:]") return std::nullopt;
        ++depth;
      } else if (c == ']') {
        if (depth == 0) return out;
        --depth;
      } else if (c == '&' && p_.substr(i, 2) == "&&") {
        return std::nullopt;  // regex intersection is spelled differently in UnicodeSet
      } else if (c == ' ') {
        out += "\\u0020";
        ++i;
        continue;
      }
      out.push_back(c);
      ++i;
    }
    return std::nullopt;
  }

  std::optional<icu::UnicodeSet> atom() {
    const char c = p_[i_];
    if (c == '\\') {
      if (i_ + 1 >= p_.size()) return std::nullopt;
      const char e = p_[i_ + 1];
      i_ += 2;
      switch (e) {
        case 's':
          return make_set("[" + std::string(kSpaceClass) + "]");
        case 'S':
          return make_set("[^" + std::string(kSpaceClass) + "]");
        case 'd':
          return make_set("[\\p{Nd}]");
        case 'D':
          return make_set("[^\\p{Nd}]");
        case 'w':
          return make_set("[" + std::string(kWordClass) + "]");
        case 'W':
          return make_set("[^" + std::string(kWordClass) + "]");
        case 'p':
        case 'P': {
          const std::size_t close = p_.find('}', i_);
          if (i_ >= p_.size() || p_[i_] != '{' || close == std::string_view::npos)
            return std::nullopt;
          const std::string prop(p_.substr(i_ - 2, close + 1 - (i_ - 2)));
          i_ = close + 1;
          return make_set("[" + prop + "]");
        }
        case 'u': {
          if (i_ + 4 > p_.size()) return std::nullopt;
          const std::string hex(p_.substr(i_, 4));
          i_ += 4;
          return make_set("[\\u" + hex + "]");
        }
        default:
          if (e >= 0x21 && e < 0x7F &&
              !((e >= '0' && e <= '9') || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z'))) {
            icu::UnicodeSet one(static_cast<UChar32>(e), static_cast<UChar32>(e));
            return one;
          }
          return std::nullopt;
      }
    }
    if (c == '[') {
      std::size_t j = i_ + 1;
      auto body = class_body(j);
      if (!body) return std::nullopt;
      i_ = j + 1;
      return make_set("[" + *body + "]");
    }
    static constexpr std::string_view kMeta = "^$.|?*+(){}]";
    if (kMeta.find(c) != std::string_view::npos) return std::nullopt;
    const auto* b = reinterpret_cast<const uint8_t*>(p_.data());
    auto k = static_cast<int32_t>(i_);
    UChar32 cp;
    U8_NEXT(b, k, static_cast<int32_t>(p_.size()), cp);
    if (cp < 0) return std::nullopt;
    i_ = static_cast<std::size_t>(k);
    icu::UnicodeSet one(cp, cp);
    return one;
  }

  std::string_view p_;
  std::size_t i_ = 0;
};

}  // namespace

int32_t BackwardMatcher::class_index(const icu::UnicodeSet& set) {
  for (std::size_t i = 0; i < classes_.size(); ++i) {
    if (*classes_[i] == set) return static_cast<int32_t>(i);
  }
  classes_.push_back(std::make_unique<icu::UnicodeSet>(set));
  return static_cast<int32_t>(classes_.size() - 1);
}

int32_t BackwardMatcher::child(int32_t node, const icu::UnicodeSet& atom) {
  const bool single = atom.size() == 1;
  if (single) {
    const UChar32 c = atom.charAt(0);
    auto& chars = nodes_[node].chars;
    auto it = std::lower_bound(chars.begin(), chars.end(), std::make_pair(c, int32_t{-1}));
    if (it != chars.end() && it->first == c) return it->second;
    const auto id = static_cast<int32_t>(nodes_.size());
    chars.insert(it, {c, id});  // may reallocate `chars`, not `nodes_`
    nodes_.emplace_back();
    return id;
  }
  const int32_t cls = class_index(atom);
  for (const auto& [c, id] : nodes_[node].classes) {
    if (c == cls) return id;
  }
  const auto id = static_cast<int32_t>(nodes_.size());
  nodes_[node].classes.emplace_back(cls, id);
  nodes_.emplace_back();
  return id;
}

bool BackwardMatcher::add(std::string_view pattern, int group) {
  if (frozen_ || group < 0 || group >= kMaxGroups) return false;
  Parser parser(pattern);
  auto branches = parser.parse();
  if (!branches) return false;
  const uint64_t bit = uint64_t{1} << group;
  for (const auto& branch : *branches) {
    for (const Parser::Sequence& seq : branch.sequences) {
      int32_t node = 0;
      for (auto it = seq.rbegin(); it != seq.rend(); ++it)
        node = child(node, *it);
      Node& end = nodes_[node];
      (branch.anchor == 2   ? end.ends_boundary
       : branch.anchor == 4 ? end.ends_start
                            : end.ends_plain) |= bit;
    }
  }
  return true;
}

std::optional<icu::UnicodeSet> BackwardMatcher::first_characters(std::string_view pattern) {
  auto set = Parser(pattern).first_set();
  if (set) set->freeze();
  return set;
}

bool BackwardMatcher::supports(std::string_view pattern) {
  return Parser(pattern).parse().has_value();
}

void BackwardMatcher::freeze() {
  for (auto& c : classes_)
    c->freeze();
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
    if ((below[id] & groups) != 0) out.addAll(*classes_[cls]);
  }
  return out;
}

void BackwardMatcher::walk(const char16_t* text, int32_t length, int32_t node, int32_t k,
                           uint64_t& found) const {
  // The code points [k, p) are matched; a sequence ending at this node would start at k.
  const Node& n = nodes_[node];
  found |= n.ends_plain;
  if ((n.ends_boundary & ~found) != 0 && word_boundary_at(text, length, k))
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
    if (classes_[cls]->contains(c)) walk(text, length, id, start, found);
  }
}

uint64_t BackwardMatcher::matches_at(const char16_t* text, int32_t length, int32_t p) const {
  uint64_t found = 0;
  if (p >= 1 && p <= length) walk(text, length, 0, p, found);
  return found;
}

}  // namespace mizan::segment::detail
