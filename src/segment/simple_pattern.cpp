#include "simple_pattern.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <string>

namespace mizan::segment::detail {
namespace {

// ICU regex's \w and \s (ICU user guide, "Regular Expressions"), in UnicodeSet syntax.
constexpr std::string_view kWordClass = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200C\\u200D";
constexpr std::string_view kSpaceClass = "\\u0009\\u000A\\u000C\\u000D\\p{Z}";

// Larger repetition counts are refused: the backward trie expands them.
constexpr int kMaxCount = 64;

bool is_word_char(UChar32 c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  if (c == 0x200C || c == 0x200D) return true;
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) return true;
  return (U_GET_GC_MASK(c) & (U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK)) != 0;
}

bool is_ignorable_for_boundary(UChar32 c) {
  if (c < 0x80) return false;  // no ASCII character is a mark or a format character
  return u_hasBinaryProperty(c, UCHAR_GRAPHEME_EXTEND) || u_charType(c) == U_FORMAT_CHAR;
}

class Parser {
 public:
  Parser(std::string_view p, ClassTable& classes) : p_(p), classes_(classes) {}

  std::optional<SimplePattern> parse() {
    SimplePattern out;
    while (true) {
      auto seq = sequence(/*depth=*/0, /*at_start=*/true);
      if (!seq) return std::nullopt;
      out.branches.push_back(std::move(*seq));
      if (i_ >= p_.size()) return out;
      if (p_[i_] != '|') return std::nullopt;
      ++i_;
    }
  }

 private:
  // Items up to '|', ')' (inside a group) or the end.
  std::optional<PatternSequence> sequence(int depth, bool at_start) {
    PatternSequence seq;
    while (i_ < p_.size() && p_[i_] != '|' && !(depth > 0 && p_[i_] == ')')) {
      PatternItem item;
      if (p_.substr(i_, 2) == "\\b") {
        item.kind = PatternItem::Kind::kWordBoundary;
        i_ += 2;
        seq.push_back(std::move(item));
        continue;  // a quantified \b is refused below by the atom parser
      }
      if (p_[i_] == '^') {
        if (!at_start || !seq.empty() || depth > 0) return std::nullopt;
        item.kind = PatternItem::Kind::kTextStart;
        ++i_;
        seq.push_back(std::move(item));
        continue;
      }
      if (p_.substr(i_, 3) == "(?:") {
        if (depth >= 2) return std::nullopt;
        i_ += 3;
        item.kind = PatternItem::Kind::kGroup;
        while (true) {
          auto alt = sequence(depth + 1, false);
          if (!alt) return std::nullopt;
          item.alternatives.push_back(std::move(*alt));
          if (i_ >= p_.size()) return std::nullopt;
          if (p_[i_] == ')') break;
          ++i_;  // '|'
        }
        ++i_;  // ')'
      } else {
        auto a = atom();
        if (!a) return std::nullopt;
        item.atom = *a;
      }
      if (!quantifier(item.min, item.max)) return std::nullopt;
      seq.push_back(std::move(item));
    }
    return seq;
  }

  bool quantifier(int& lo, int& hi) {
    if (i_ >= p_.size()) return true;
    const char c = p_[i_];
    if (c == '?') {
      lo = 0, hi = 1;
      ++i_;
    } else if (c == '*') {
      lo = 0, hi = -1;
      ++i_;
    } else if (c == '+') {
      lo = 1, hi = -1;
      ++i_;
    } else if (c == '{') {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      const std::string body(p_.substr(i_ + 1, close - i_ - 1));
      const std::size_t comma = body.find(',');
      try {
        lo = std::stoi(body.substr(0, comma));
        if (comma == std::string::npos) {
          hi = lo;
        } else {
          hi = comma + 1 < body.size() ? std::stoi(body.substr(comma + 1)) : -1;
        }
      } catch (...) {
        return false;
      }
      if (lo < 0 || lo > kMaxCount || hi > kMaxCount || (hi >= 0 && hi < lo)) return false;
      i_ = close + 1;
    } else {
      return true;
    }
    if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '+')) ++i_;
    return true;
  }

  std::optional<Atom> make_set(const std::string& pattern) {
    auto it = classes_.by_pattern.find(pattern);
    if (it != classes_.by_pattern.end()) return ~it->second;
    UErrorCode status = U_ZERO_ERROR;
    auto set = std::make_unique<icu::UnicodeSet>(icu::UnicodeString::fromUTF8(pattern), 0, nullptr,
                                                 status);
    if (U_FAILURE(status)) return std::nullopt;
    const auto id = static_cast<int32_t>(classes_.sets.size());
    classes_.sets.push_back(std::move(set));
    classes_.by_pattern.emplace(pattern, id);
    return ~id;
  }

  // A regex class body in UnicodeSet syntax: \s \d \w spelled out, spaces escaped (UnicodeSet
  // would ignore them); constructs whose meaning differs between the two syntaxes are refused.
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
        if (p_.substr(i, 2) == "[:") return std::nullopt;  // POSIX-like sets differ
        ++depth;
      } else if (c == ']') {
        if (depth == 0) return out;
        --depth;
      } else if (c == '&' && p_.substr(i, 2) == "&&") {
        return std::nullopt;  // regex intersection is spelled differently in UnicodeSet
      } else if (c == '$' || c == '{' || c == '}') {
        return std::nullopt;  // UnicodeSet gives these meanings regex classes do not have
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

  std::optional<Atom> atom() {
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
            return static_cast<Atom>(e);
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
    return static_cast<Atom>(cp);
  }

  std::string_view p_;
  ClassTable& classes_;
  std::size_t i_ = 0;
};

// A non-owning callable reference: continuations of the matcher, without std::function's
// allocation on a path run at every candidate boundary.
template <typename Signature>
class FunctionRef;
template <typename R, typename... Args>
class FunctionRef<R(Args...)> {
 public:
  template <typename F>
  FunctionRef(const F& f)  // NOLINT(google-explicit-constructor): used like a lambda
      : object_(&f),
        call_([](const void* o, Args... a) -> R { return (*static_cast<const F*>(o))(a...); }) {}
  R operator()(Args... a) const { return call_(object_, a...); }

 private:
  const void* object_;
  R (*call_)(const void*, Args...);
};

using Continuation = FunctionRef<bool(int32_t)>;

struct Forward {
  const ClassTable& classes;
  const char16_t* text;
  int32_t length;

  bool sequence(const PatternSequence& seq, std::size_t i, int32_t pos, Continuation k) const {
    if (i == seq.size()) return k(pos);
    const auto next = [&](int32_t q) { return sequence(seq, i + 1, q, k); };
    return repeat(seq[i], 0, pos, next);
  }

  // Greedy repetition with backtracking. In an unbounded loop an iteration that consumes
  // nothing ends the loop (as in ICU), so matching always terminates; bounded items, \b among
  // them, may match empty.
  bool repeat(const PatternItem& item, int count, int32_t pos, Continuation next) const {
    if (item.kind == PatternItem::Kind::kAtom && count == 0) {
      // A repeated single atom: take the longest run, then back off one match at a time.
      int32_t ends[kMaxCount + 2];
      std::vector<int32_t> more;  // runs longer than a bounded count (unbounded items)
      int n = 0;
      int32_t at = pos;
      ends[n++] = at;
      while (item.max < 0 || n - 1 < item.max) {
        if (at >= length) break;
        int32_t end = at;
        UChar32 c;
        U16_NEXT(text, end, length, c);
        if (!atom_matches(classes, item.atom, c)) break;
        at = end;
        if (n < kMaxCount + 2) {
          ends[n++] = at;
        } else {
          more.push_back(at);
        }
      }
      for (auto it = more.rbegin(); it != more.rend(); ++it) {
        if (next(*it)) return true;  // counts beyond kMaxCount + 1 are >= min anyway
      }
      for (int k = n - 1; k >= item.min; --k) {
        if (next(ends[k])) return true;
      }
      return false;
    }
    if (item.max < 0 || count < item.max) {
      const auto again = [&](int32_t q) {
        return (item.max >= 0 || q != pos) && repeat(item, count + 1, q, next);
      };
      if (once(item, pos, again)) return true;
    }
    return count >= item.min && next(pos);
  }

  bool once(const PatternItem& item, int32_t pos, Continuation k) const {
    switch (item.kind) {
      case PatternItem::Kind::kWordBoundary:
        return icu_word_boundary_at(text, length, pos) && k(pos);
      case PatternItem::Kind::kTextStart:
        return pos == 0 && k(pos);
      case PatternItem::Kind::kAtom: {
        if (pos >= length) return false;
        int32_t end = pos;
        UChar32 c;
        U16_NEXT(text, end, length, c);
        return atom_matches(classes, item.atom, c) && k(end);
      }
      case PatternItem::Kind::kGroup:
        for (std::size_t a = 0; a < item.alternatives.size(); ++a) {
          if ((a >= item.first.size() || item.first[a].may_start_at(text, length, pos)) &&
              sequence(item.alternatives[a], 0, pos, k))
            return true;
        }
        return false;
    }
    return false;
  }
};

// First-character set of a sequence from item i; false when the rest can match empty.
bool first_of(const PatternSequence& seq, std::size_t i, const ClassTable& classes,
              icu::UnicodeSet& out) {
  for (; i < seq.size(); ++i) {
    const PatternItem& item = seq[i];
    // Anchors consume nothing; they can only rule matches out, so the set stays a superset.
    if (item.kind != PatternItem::Kind::kAtom && item.kind != PatternItem::Kind::kGroup) continue;
    bool item_can_be_empty = item.min == 0;
    if (item.kind == PatternItem::Kind::kAtom) {
      if (is_class_atom(item.atom)) {
        out.addAll(*classes.sets[class_id(item.atom)]);
      } else {
        out.add(item.atom);
      }
    } else {
      for (const PatternSequence& alt : item.alternatives) {
        if (!first_of(alt, 0, classes, out)) item_can_be_empty = true;
      }
    }
    if (!item_can_be_empty) return true;
  }
  return false;
}

FirstCharacters first_characters_of(const PatternSequence& seq, const ClassTable& classes) {
  FirstCharacters f;
  icu::UnicodeSet set;
  if (!first_of(seq, 0, classes, set)) return f;  // can match empty
  f.open = !set.containsNone(0x80, 0x10FFFF);
  for (UChar32 c = 0; c < 0x80; ++c) {
    if (set.contains(c)) f.ascii[c >> 6] |= uint64_t{1} << (c & 63);
  }
  return f;
}

void index_alternatives(PatternSequence& seq, const ClassTable& classes) {
  for (PatternItem& item : seq) {
    if (item.kind != PatternItem::Kind::kGroup) continue;
    item.first.clear();
    for (PatternSequence& alt : item.alternatives) {
      index_alternatives(alt, classes);
      item.first.push_back(first_characters_of(alt, classes));
    }
  }
}

}  // namespace

void ClassTable::freeze() {
  ascii.assign(sets.size(), {0, 0});
  for (std::size_t i = 0; i < sets.size(); ++i) {
    sets[i]->freeze();
    for (UChar32 c = 0; c < 0x80; ++c) {
      if (sets[i]->contains(c)) ascii[i][c >> 6] |= uint64_t{1} << (c & 63);
    }
  }
}

std::optional<SimplePattern> parse_simple_pattern(std::string_view pattern, ClassTable& classes) {
  std::optional<SimplePattern> parsed = Parser(pattern, classes).parse();
  if (parsed) {
    for (PatternSequence& branch : parsed->branches) {
      index_alternatives(branch, classes);
      parsed->first.push_back(first_characters_of(branch, classes));
    }
  }
  return parsed;
}

bool icu_word_boundary_at(const char16_t* text, int32_t length, int32_t q) {
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

bool forward_matches_at(const SimplePattern& pattern, const ClassTable& classes,
                        const char16_t* text, int32_t length, int32_t p) {
  const Forward f{classes, text, length};
  const auto accept = [](int32_t) { return true; };
  for (std::size_t b = 0; b < pattern.branches.size(); ++b) {
    if ((b >= pattern.first.size() || pattern.first[b].may_start_at(text, length, p)) &&
        f.sequence(pattern.branches[b], 0, p, accept))
      return true;
  }
  return false;
}

std::optional<icu::UnicodeSet> first_characters(const SimplePattern& pattern,
                                                const ClassTable& classes) {
  icu::UnicodeSet out;
  for (const PatternSequence& branch : pattern.branches) {
    if (!first_of(branch, 0, classes, out)) return std::nullopt;
  }
  out.freeze();
  return out;
}

}  // namespace mizan::segment::detail
