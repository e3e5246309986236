#include "mizan/segment/sentence_splitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include "backward_matcher.hpp"
#include "mizan/core/error.hpp"

namespace mizan::segment {
namespace {

// How far back an unbounded before-break pattern may look, in UTF-16 units. SRX before-break
// patterns are short (an abbreviation and its full stop, a URL); bounding the look-back keeps the
// cost per candidate constant however long the paragraph is.
constexpr int32_t kLookBehind = 96;

constexpr uint8_t kLineBreak = 1;  // ascii_flags bits (see CompiledRules)
constexpr uint8_t kBreakEnd = 2;

// One run of consecutive rules with the same verdict and after-break pattern. Its before-break
// is tested, fastest first, by the backward matcher (bounded patterns of the common shapes), a
// bounded ICU look-behind "(?<=b1|b2|...)" at the candidate, or, for unbounded patterns, a search
// for "(?:b1|b2|...)\z" in the text up to the candidate.
struct RuleGroup {
  bool is_break = false;
  int after = -1;  // index into the distinct after-break patterns; -1: empty (always matches)
  int bank = -1;   // fast path: which backward matcher holds this group, and its bit there
  int bit = 0;
  std::unique_ptr<icu::RegexPattern> lookbehind;
  std::unique_ptr<icu::RegexPattern> before_at_end;
  // The before-break alone: for break groups, to find positions ICU does not propose; for
  // unbounded groups, to find where a match can start.
  std::unique_ptr<icu::RegexPattern> before_scan;
};

std::unique_ptr<icu::RegexPattern> try_compile(const std::string& pattern, UErrorCode& status) {
  UParseError parse{};
  return std::unique_ptr<icu::RegexPattern>(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, parse, status));
}

std::unique_ptr<icu::RegexPattern> compile(const std::string& pattern, const SrxRuleSet& rules,
                                           int line) {
  UParseError parse{};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexPattern> re(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), 0, parse, status));
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kDataError,
                "bad SRX rule pattern (" + std::string(u_errorName(status)) + " at column " +
                    std::to_string(parse.offset) + "): " + pattern,
                {.file = rules.source_name, .line = line});
  }
  return re;
}

// Whether the eight bytes at s are all ASCII.
bool eight_ascii(const uint8_t* s) {
  uint64_t word;
  std::memcpy(&word, s, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

// The end of the run of ASCII bytes starting at i: eight bytes at a time, then byte by byte.
int32_t ascii_run_end(const uint8_t* s, int32_t i, int32_t len) {
  while (i + 8 <= len && eight_ascii(s + i))
    i += 8;
  while (i < len && s[i] < 0x80)
    ++i;
  return i;
}

bool is_space16(char16_t c) {
  return u_isUWhiteSpace(c) != 0;
}

// The rules the language maps select for `code`, in order (all matching maps when cascading).
std::vector<const SrxRule*> select_rules(const SrxRuleSet& rules, std::string_view language_code) {
  std::vector<const SrxRule*> selected;
  const icu::UnicodeString code = icu::UnicodeString::fromUTF8(
      icu::StringPiece(language_code.data(), static_cast<int32_t>(language_code.size())));
  for (const SrxLanguageMap& map : rules.maps) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse{};
    std::unique_ptr<icu::RegexPattern> lang(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(map.language_pattern),
                                   UREGEX_CASE_INSENSITIVE, parse, status));
    if (U_FAILURE(status)) {
      throw Error(ExitCode::kDataError, "bad SRX languagepattern: " + map.language_pattern,
                  {.file = rules.source_name});
    }
    std::unique_ptr<icu::RegexMatcher> m(lang->matcher(code, status));
    if (!m->matches(status)) continue;
    auto it = std::find_if(rules.language_rules.begin(), rules.language_rules.end(),
                           [&](const SrxLanguageRules& r) { return r.name == map.rule_name; });
    if (it == rules.language_rules.end()) {
      throw Error(ExitCode::kDataError,
                  "SRX languagemap names unknown languagerule \"" + map.rule_name + "\"",
                  {.file = rules.source_name});
    }
    for (const SrxRule& r : it->rules)
      selected.push_back(&r);
    if (!rules.cascade) break;
  }
  return selected;
}

// The compiled rules of one language: everything split() reads and nothing it writes, so one
// splitter serves any number of threads.
struct CompiledRules {
  std::vector<RuleGroup> groups;
  std::vector<detail::BackwardMatcher> banks;  // all fast groups, up to 64 per matcher
  std::vector<uint64_t> bank_break_bits;       // which bits of each bank are break groups
  // Distinct after-break patterns, shared by groups: matched by the forward matcher when in its
  // subset (simple_pattern.hpp), else by ICU; `after_first` is what each can start with.
  detail::ClassTable after_classes;
  std::vector<std::optional<detail::SimplePattern>> after_simple;
  std::vector<std::unique_ptr<icu::RegexPattern>> after_patterns;  // null where simple
  std::vector<std::optional<icu::UnicodeSet>> after_first;
  // ICU's sentence rules for the language; each workspace iterates with a clone.
  std::unique_ptr<icu::BreakIterator> sentences;
  std::size_t fast_groups = 0;
  // BMP code units that can end a match of some backward-matched break group, one bit each: the
  // scan for break candidates tests this inline instead of calling into ICU per character.
  std::vector<uint64_t> break_last_units = std::vector<uint64_t>(1024);
  bool break_last_astral = false;  // some such group can end with a supplementary code point
  // What can follow a break made by a break rule (the union of their after-breaks' first
  // characters); unset when some break rule's after-break can be empty or is not known.
  std::optional<icu::UnicodeSet> break_followers;
  // Per ASCII byte: kLineBreak (a soft wrap inside a paragraph, becomes a space for ICU, which
  // would end a sentence there), kBreakEnd (can end a break rule's before-break).
  std::array<uint8_t, 128> ascii_flags{};
  std::string source_name;            // the SRX file, for errors
  std::int32_t regex_time_limit = 0;  // RegexMatcher::setTimeLimit of every matcher
};

// A failed ICU regex call during split(): a rule that ran over its time limit is the SRX file's
// fault, said with its name; anything else is ours.
[[noreturn]] void regex_failed(UErrorCode status, const CompiledRules& rules) {
  if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW) {
    throw Error(ExitCode::kDataError,
                "a segmentation rule's regular expression ran over its limit (" +
                    std::to_string(rules.regex_time_limit) + " steps" +
                    (status == U_REGEX_STACK_OVERFLOW ? ", or its stack" : "") +
                    ") on this text: a pattern that backtracks without end, like (a+)+$? Fix "
                    "the rule",
                {.file = rules.source_name});
  }
  throw Error(ExitCode::kSoftware, std::string("ICU regex: ") + u_errorName(status));
}

// What split() writes: ICU's break iterator and regex matchers, which hold the paragraph they
// were last pointed at, and buffers kept between paragraphs so that one costs no allocations.
struct SplitState {
  explicit SplitState(const CompiledRules& compiled);

  const CompiledRules* rules;  // what the iterator and matchers were made from
  std::unique_ptr<icu::BreakIterator> sentences;
  // One matcher per after-break pattern and per rule group (null where the pattern is matched
  // without ICU or absent).
  std::vector<std::unique_ptr<icu::RegexMatcher>> after;
  std::vector<std::unique_ptr<icu::RegexMatcher>> lookbehind;
  std::vector<std::unique_ptr<icu::RegexMatcher>> before_at_end;
  std::vector<std::unique_ptr<icu::RegexMatcher>> scan;

  icu::UnicodeString text;  // the paragraph in UTF-16
  std::vector<int32_t> possible_breaks;
  // (UTF-16 index, UTF-8 offset) after each non-ASCII code point: between two checkpoints the
  // text is ASCII, where both offsets advance together.
  std::vector<std::pair<int32_t, uint32_t>> checkpoints;
  // Bank-0 walk results from the break scan, reused when the same position is evaluated.
  std::vector<std::pair<int32_t, uint64_t>> walked;
  // Candidates with a flag: proposed by ICU. `unique` has one per position, sorted.
  std::vector<std::pair<int32_t, bool>> candidates;
  std::vector<std::pair<int32_t, bool>> unique;
  std::vector<int32_t> breaks;
  // Per rule-group and per-pattern state of one paragraph (sized once, reset per paragraph).
  std::vector<bool> after_ready, lookbehind_ready, starts_known, bank_known;
  std::vector<std::vector<int32_t>> unbounded_starts;
  std::vector<int8_t> after_state;
  std::vector<uint64_t> bank_matches;
};

SplitState::SplitState(const CompiledRules& compiled)
    : rules(&compiled), sentences(compiled.sentences->clone()) {
  if (!sentences) throw Error(ExitCode::kSoftware, "ICU sentence break: cannot clone");
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString empty;
  auto matcher = [&](const std::unique_ptr<icu::RegexPattern>& p) {
    if (!p) return std::unique_ptr<icu::RegexMatcher>();
    std::unique_ptr<icu::RegexMatcher> m(p->matcher(empty, status));
    if (m) m->setTimeLimit(compiled.regex_time_limit, status);
    return m;
  };
  for (const auto& p : compiled.after_patterns)
    after.push_back(matcher(p));
  for (const RuleGroup& g : compiled.groups) {
    lookbehind.push_back(matcher(g.lookbehind));
    before_at_end.push_back(matcher(g.before_at_end));
    scan.push_back(matcher(g.before_scan));
  }
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kSoftware, std::string("ICU regex: ") + u_errorName(status));
  }
}

}  // namespace

struct SentenceSplitter::Impl : CompiledRules {};

struct SentenceSplitter::Workspace::State : SplitState {
  using SplitState::SplitState;
};

SentenceSplitter::SentenceSplitter(const SrxRuleSet& rules, std::string_view language_code,
                                   std::int32_t regex_time_limit)
    : impl_(std::make_unique<Impl>()) {
  impl_->source_name = rules.source_name;
  impl_->regex_time_limit = regex_time_limit;
  const std::vector<const SrxRule*> selected = select_rules(rules, language_code);
  std::vector<std::string> after_sources;
  int next_bit = 0;
  std::size_t i = 0;
  while (i < selected.size()) {
    const SrxRule& first = *selected[i];
    std::vector<std::string_view> befores;
    std::size_t j = i;
    for (; j < selected.size() && selected[j]->is_break == first.is_break &&
           selected[j]->after_break == first.after_break;
         ++j) {
      befores.push_back(selected[j]->before_break);
    }
    // The fast path takes the whole group or none of it.
    if (impl_->banks.empty() || next_bit == detail::BackwardMatcher::kMaxGroups) {
      impl_->banks.emplace_back();
      impl_->bank_break_bits.push_back(0);
      next_bit = 0;
    }
    const bool all_bounded = impl_->banks.back().add_group(befores, next_bit);
    std::string alternation;
    if (!all_bounded) {
      for (std::size_t k = i; k < j; ++k) {
        // Each rule alone first, so that an error names its own line.
        const std::string& b = selected[k]->before_break;
        compile(b.empty() ? std::string("(?:)") : b, rules, selected[k]->source_line);
        alternation += (alternation.empty() ? "(?:" : "|(?:") + b + ")";
      }
    }
    RuleGroup g;
    g.is_break = first.is_break;
    if (!first.after_break.empty()) {
      auto it = std::find(after_sources.begin(), after_sources.end(), first.after_break);
      if (it == after_sources.end()) {
        auto simple = detail::parse_simple_pattern(first.after_break, impl_->after_classes);
        impl_->after_first.push_back(
            simple ? detail::first_characters(*simple, impl_->after_classes) : std::nullopt);
        impl_->after_patterns.push_back(
            simple ? nullptr : compile(first.after_break, rules, first.source_line));
        impl_->after_simple.push_back(std::move(simple));
        after_sources.push_back(first.after_break);
        it = after_sources.end() - 1;
      }
      g.after = static_cast<int>(it - after_sources.begin());
    }
    if (all_bounded) {
      g.bank = static_cast<int>(impl_->banks.size()) - 1;
      g.bit = next_bit++;
      if (g.is_break) impl_->bank_break_bits.back() |= uint64_t{1} << g.bit;
      ++impl_->fast_groups;
    } else {
      UErrorCode status = U_ZERO_ERROR;
      g.lookbehind = try_compile("(?<=" + alternation + ")", status);
      if (U_FAILURE(status)) {
        g.lookbehind.reset();
        g.before_at_end = compile("(?:" + alternation + ")\\z", rules, first.source_line);
      }
      if (g.is_break || g.before_at_end)
        g.before_scan = compile(alternation, rules, first.source_line);
    }
    impl_->groups.push_back(std::move(g));
    i = j;
  }

  impl_->after_classes.freeze();
  {
    icu::UnicodeSet followers;
    bool known = true;
    for (const RuleGroup& g : impl_->groups) {
      if (!g.is_break) continue;
      if (g.after < 0 || !impl_->after_first[g.after]) {
        known = false;
        break;
      }
      followers.addAll(*impl_->after_first[g.after]);
    }
    if (known) {
      followers.freeze();
      impl_->break_followers = std::move(followers);
    }
  }
  for (std::size_t b = 0; b < impl_->banks.size(); ++b) {
    impl_->banks[b].freeze();
    const icu::UnicodeSet last = impl_->banks[b].last_characters(impl_->bank_break_bits[b]);
    for (int32_t r = 0; r < last.getRangeCount(); ++r) {
      for (UChar32 c = last.getRangeStart(r); c <= last.getRangeEnd(r); ++c) {
        if (c > 0xFFFF) {
          impl_->break_last_astral = true;
          break;
        }
        impl_->break_last_units[c >> 6] |= uint64_t{1} << (c & 63);
      }
    }
  }
  for (int c = 0; c < 0x80; ++c) {
    uint8_t flags = 0;
    if (c == '\n' || c == '\r') flags |= kLineBreak;
    if ((impl_->break_last_units[c >> 6] >> (c & 63)) & 1) flags |= kBreakEnd;
    impl_->ascii_flags[c] = flags;
  }

  UErrorCode status = U_ZERO_ERROR;
  const std::string locale(language_code);
  impl_->sentences.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kSoftware, std::string("ICU sentence break: ") + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::size_t SentenceSplitter::rule_group_count() const {
  return impl_->groups.size();
}
std::size_t SentenceSplitter::fast_rule_group_count() const {
  return impl_->fast_groups;
}

namespace {

// Step 1 of split(): the paragraph in UTF-16 for ICU. Line breaks inside a paragraph are soft
// wraps (ICU would end a sentence there), so they become spaces. The same pass notes where a
// backward-matched break rule could end (its last character), which is where break candidates
// ICU does not propose can be, and the checkpoints that map UTF-16 indexes back to UTF-8.
void copy_to_utf16(std::string_view paragraph, const CompiledRules& rules, SplitState& state) {
  std::vector<int32_t>& possible_breaks = state.possible_breaks;
  std::vector<std::pair<int32_t, uint32_t>>& checkpoints = state.checkpoints;
  possible_breaks.clear();
  checkpoints.clear();
  const auto* s = reinterpret_cast<const uint8_t*>(paragraph.data());
  const auto len = static_cast<int32_t>(paragraph.size());
  char16_t* buf = reinterpret_cast<char16_t*>(state.text.getBuffer(len + 1));
  const uint64_t* last_units = rules.break_last_units.data();
  const uint8_t* ascii_flags = rules.ascii_flags.data();
  int32_t i = 0;
  int32_t k = 0;
  while (i < len) {
    if (s[i] >= 0x80) {
      UChar32 c;
      U8_NEXT(s, i, len, c);
      if (c < 0) c = 0xFFFD;
      if (c == 0x2028 || c == 0x2029 || c == 0x85) c = ' ';
      if (c <= 0xFFFF) {
        buf[k++] = static_cast<char16_t>(c);
        if ((last_units[c >> 6] >> (c & 63)) & 1) possible_breaks.push_back(k);
      } else {
        buf[k++] = U16_LEAD(c);
        buf[k++] = U16_TRAIL(c);
        if (rules.break_last_astral) possible_breaks.push_back(k);
      }
      checkpoints.emplace_back(k, static_cast<uint32_t>(i));
      continue;
    }
    if (i + 8 <= len && s[i + 1] < 0x80 && eight_ascii(s + i)) {
      // A long run of ASCII (most of English text): widened in one loop the compiler
      // vectorises, then scanned for the few bytes the flags name.
      const int32_t end = ascii_run_end(s, i + 8, len);
      char16_t* out = buf + k;
      const int32_t n = end - i;
      for (int32_t q = 0; q < n; ++q)
        out[q] = s[i + q];
      for (int32_t q = 0; q < n; ++q) {
        const uint8_t flags = ascii_flags[s[i + q]];
        if (flags == 0) continue;
        if ((flags & kLineBreak) != 0) out[q] = u' ';
        if ((flags & kBreakEnd) != 0) possible_breaks.push_back(k + q + 1);
      }
      i = end;
      k += n;
      continue;
    }
    // A short run, byte by byte: the space between two Arabic words.
    const uint8_t c = s[i++];
    const uint8_t flags = ascii_flags[c];
    buf[k++] = (flags & kLineBreak) != 0 ? u' ' : static_cast<char16_t>(c);
    if ((flags & kBreakEnd) != 0) possible_breaks.push_back(k);
  }
  state.text.releaseBuffer(k);
}

// Step 2: the candidate boundaries, sorted, one per position: ICU's boundaries (moved back over
// trailing spaces, where SRX positions sit; flagged as ICU's) and the positions where a break
// rule's before-break pattern ends.
void find_candidates(const CompiledRules& rules, SplitState& state, UErrorCode& status) {
  const icu::UnicodeString& u = state.text;
  const int32_t n = u.length();
  const char16_t* text = u.getBuffer();
  std::vector<std::pair<int32_t, bool>>& candidates = state.candidates;
  candidates.clear();
  state.walked.clear();
  state.sentences->setText(u);
  for (int32_t b = state.sentences->next(); b != icu::BreakIterator::DONE && b < n;
       b = state.sentences->next()) {
    int32_t p = b;
    while (p > 0 && is_space16(text[p - 1]))
      --p;
    if (p > 0) candidates.emplace_back(p, true);
  }
  // Backward-matched break groups, tried only where their last character is and what follows
  // could start their after-break.
  const icu::UnicodeSet* followers = rules.break_followers ? &*rules.break_followers : nullptr;
  for (const int32_t p : state.possible_breaks) {
    if (p >= n) continue;
    if (followers != nullptr && !followers->contains(text[p]) && !U16_IS_LEAD(text[p])) continue;
    for (std::size_t b = 0; b < rules.banks.size(); ++b) {
      const uint64_t mask = rules.banks[b].matches_at(text, n, p);
      if (b == 0) state.walked.emplace_back(p, mask);
      if ((mask & rules.bank_break_bits[b]) != 0) {
        candidates.emplace_back(p, false);
        break;
      }
    }
  }
  // Break groups left to ICU: a search for their before-breaks.
  for (std::size_t g = 0; g < rules.groups.size(); ++g) {
    const RuleGroup& group = rules.groups[g];
    if (!group.is_break || group.bank >= 0) continue;
    icu::RegexMatcher* scan = state.scan[g].get();
    scan->reset(u);
    // find() steps past an empty match by itself, so this terminates for any pattern.
    while (scan->find(status)) {
      const int32_t e = scan->end(status);
      if (e > 0 && e < n) candidates.emplace_back(e, false);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  // One per position; ICU's proposal wins the flag.
  std::vector<std::pair<int32_t, bool>>& unique = state.unique;
  unique.clear();
  for (const auto& c : candidates) {
    if (!unique.empty() && unique.back().first == c.first) {
      unique.back().second = unique.back().second || c.second;
    } else {
      unique.push_back(c);
    }
  }
}

// Step 3: the SRX verdict at each candidate of one paragraph, visited in increasing position.
// What several groups share at a candidate (an after-break pattern's result, a bank's backward
// walk) is computed once there; ICU matchers are pointed at the paragraph when first needed,
// since most paragraphs need few of them.
class CandidateJudge {
 public:
  CandidateJudge(const CompiledRules& rules, SplitState& state, UErrorCode& status)
      : rules_(rules),
        state_(state),
        status_(status),
        text_(state.text.getBuffer()),
        n_(state.text.length()) {
    state.after_ready.assign(state.after.size(), false);
    state.lookbehind_ready.assign(rules.groups.size(), false);
    state.unbounded_starts.resize(rules.groups.size());
    state.starts_known.assign(rules.groups.size(), false);
    state.after_state.resize(state.after.size());
    state.bank_matches.resize(rules.banks.size());
    state.bank_known.resize(rules.banks.size());
  }

  // At the candidate the first group that matches decides; else ICU's verdict stands. A
  // position only a break rule proposed stays unbroken unless some break group matches there,
  // so those are checked first and alone.
  bool breaks_at(int32_t p, bool icu_proposed) {
    start_candidate(p);
    if (!icu_proposed) {
      bool some_break_matches = false;
      for (std::size_t g = 0; g < rules_.groups.size() && !some_break_matches; ++g)
        some_break_matches = rules_.groups[g].is_break && group_matches(g);
      if (!some_break_matches) return false;
    }
    for (std::size_t g = 0; g < rules_.groups.size(); ++g) {
      if (group_matches(g)) return rules_.groups[g].is_break;
    }
    return icu_proposed;
  }

 private:
  // Forgets the previous candidate's results; takes bank 0's walk from the candidate scan when
  // it was made at this position (`walked` is sorted by position, like the candidates).
  void start_candidate(int32_t p) {
    p_ = p;
    std::fill(state_.after_state.begin(), state_.after_state.end(), -1);
    std::fill(state_.bank_known.begin(), state_.bank_known.end(), false);
    if (state_.bank_known.empty()) return;
    const auto& walked = state_.walked;
    while (walked_at_ < walked.size() && walked[walked_at_].first < p)
      ++walked_at_;
    if (walked_at_ < walked.size() && walked[walked_at_].first == p) {
      state_.bank_matches[0] = walked[walked_at_].second;
      state_.bank_known[0] = true;
    }
  }

  // The cheap side first: a backward walk before an after-break regex; a cached after-break
  // before an ICU look-behind.
  bool group_matches(std::size_t g) {
    const RuleGroup& group = rules_.groups[g];
    if (group.bank >= 0) return before_matches(g) && after_matches(group);
    return after_matches(group) && before_matches(g);
  }

  // Computed at most once per distinct pattern and candidate (after_state: -1 unknown).
  bool after_matches(const RuleGroup& group) {
    if (group.after < 0) return true;
    int8_t& r = state_.after_state[group.after];
    if (r < 0 && rules_.after_first[group.after]) {
      UChar32 c = -1;
      if (p_ < n_) U16_GET(text_, 0, p_, n_, c);
      if (c < 0 || !rules_.after_first[group.after]->contains(c)) r = 0;
    }
    if (r < 0 && rules_.after_simple[group.after]) {
      r = detail::forward_matches_at(*rules_.after_simple[group.after], rules_.after_classes, text_,
                                     n_, p_)
              ? 1
              : 0;
    }
    if (r < 0) {
      icu::RegexMatcher* after =
          prepared(state_.after[group.after].get(), state_.after_ready, group.after);
      after->region(p_, n_, status_);
      r = after->lookingAt(status_) ? 1 : 0;
    }
    return r == 1;
  }

  bool before_matches(std::size_t g) {
    const RuleGroup& group = rules_.groups[g];
    if (group.bank >= 0) {
      if (!state_.bank_known[group.bank]) {
        state_.bank_matches[group.bank] = rules_.banks[group.bank].matches_at(text_, n_, p_);
        state_.bank_known[group.bank] = true;
      }
      return ((state_.bank_matches[group.bank] >> group.bit) & 1) != 0;
    }
    if (state_.lookbehind[g]) {
      icu::RegexMatcher* lb = prepared(state_.lookbehind[g].get(), state_.lookbehind_ready, g);
      lb->region(p_, n_, status_);
      return static_cast<bool>(lb->lookingAt(status_));
    }
    const std::vector<int32_t>& starts = unbounded_starts(g);
    const auto it = std::lower_bound(starts.begin(), starts.end(), p_ - kLookBehind);
    if (it == starts.end() || *it >= p_) return false;
    // The text up to p, aliased (no copy), so that \z means "ends at p".
    const icu::UnicodeString prefix(false, text_, p_);
    icu::RegexMatcher* before = state_.before_at_end[g].get();
    before->reset(prefix);
    before->useAnchoringBounds(false);
    before->useTransparentBounds(true);
    before->region(std::max(0, p_ - kLookBehind), p_, status_);
    return static_cast<bool>(before->find(status_));
  }

  icu::RegexMatcher* prepared(icu::RegexMatcher* m, std::vector<bool>& ready, std::size_t k) {
    if (!ready[k]) {
      m->reset(state_.text);
      m->useAnchoringBounds(false);   // ^ and $ keep meaning paragraph start and end
      m->useTransparentBounds(true);  // look-behind and \b see the text before the candidate
      ready[k] = true;
    }
    return m;
  }

  // Where the unbounded before-breaks of group g can start, found on first need: a candidate
  // with none in its look-back window cannot match them, which spares the slow search nearly
  // everywhere.
  const std::vector<int32_t>& unbounded_starts(std::size_t g) {
    std::vector<int32_t>& starts = state_.unbounded_starts[g];
    if (!state_.starts_known[g]) {
      starts.clear();
      icu::RegexMatcher* scan = state_.scan[g].get();
      scan->reset(state_.text);
      for (int32_t from = 0; from <= n_ && scan->find(from, status_);) {
        starts.push_back(scan->start(status_));
        from = starts.back() + 1;
      }
      state_.starts_known[g] = true;
    }
    return starts;
  }

  const CompiledRules& rules_;
  SplitState& state_;
  UErrorCode& status_;
  const char16_t* text_;
  int32_t n_;
  int32_t p_ = 0;              // the candidate being judged
  std::size_t walked_at_ = 0;  // cursor into state_.walked
};

void decide_breaks(const CompiledRules& rules, SplitState& state, UErrorCode& status) {
  state.breaks.clear();
  CandidateJudge judge(rules, state, status);
  for (const auto& [p, icu_proposed] : state.unique) {
    if (judge.breaks_at(p, icu_proposed)) state.breaks.push_back(p);
  }
  if (U_FAILURE(status)) regex_failed(status, rules);
}

// Step 4: the sentences between the breaks, white space trimmed, as UTF-8 offsets: from the last
// checkpoint at or before a UTF-16 index the text is ASCII. Boundaries only increase, so one
// cursor walks the checkpoints.
std::vector<Span> spans_between_breaks(const SplitState& state) {
  const char16_t* text = state.text.getBuffer();
  const std::vector<std::pair<int32_t, uint32_t>>& checkpoints = state.checkpoints;
  std::size_t checkpoint = 0;
  auto utf8_offset = [&](int32_t target16) {
    while (checkpoint < checkpoints.size() && checkpoints[checkpoint].first <= target16)
      ++checkpoint;
    if (checkpoint == 0) return static_cast<std::size_t>(target16);
    const auto& [at16, at8] = checkpoints[checkpoint - 1];
    return static_cast<std::size_t>(at8) + static_cast<std::size_t>(target16 - at16);
  };
  std::vector<Span> spans;
  auto emit = [&](int32_t b, int32_t e) {
    while (b < e && is_space16(text[b]))
      ++b;
    while (e > b && is_space16(text[e - 1]))
      --e;
    if (e > b) {
      const std::size_t begin = utf8_offset(b);
      spans.push_back({begin, utf8_offset(e)});
    }
  };
  int32_t start = 0;
  for (int32_t b : state.breaks) {
    emit(start, b);
    start = b;
  }
  emit(start, state.text.length());
  return spans;
}

}  // namespace

SentenceSplitter::Workspace::Workspace(std::unique_ptr<State> state) : state_(std::move(state)) {}
SentenceSplitter::Workspace::~Workspace() = default;
SentenceSplitter::Workspace::Workspace(Workspace&&) noexcept = default;
SentenceSplitter::Workspace& SentenceSplitter::Workspace::operator=(Workspace&&) noexcept = default;

SentenceSplitter::Workspace SentenceSplitter::make_workspace() const {
  return Workspace(std::make_unique<Workspace::State>(*impl_));
}

std::vector<Span> SentenceSplitter::split(std::string_view paragraph, Workspace& workspace) const {
  if (!workspace.state_ || workspace.state_->rules != impl_.get()) {
    throw Error(ExitCode::kSoftware, "SentenceSplitter::split: a workspace of another splitter");
  }
  if (paragraph.empty()) return {};
  SplitState& state = *workspace.state_;
  UErrorCode status = U_ZERO_ERROR;
  copy_to_utf16(paragraph, *impl_, state);
  find_candidates(*impl_, state, status);
  decide_breaks(*impl_, state, status);
  return spans_between_breaks(state);
}

std::vector<Span> SentenceSplitter::split(std::string_view paragraph) const {
  Workspace workspace = make_workspace();
  return split(paragraph, workspace);
}

}  // namespace mizan::segment
