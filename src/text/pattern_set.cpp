#include "mizan/text/pattern_set.hpp"

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <vector>

#include "mizan/text/match_key.hpp"
#include "mizan/text/utf8.hpp"

namespace mizan::text {
namespace {

// ICU counts its time limit in steps of the match engine, "typically on the order of
// milliseconds" (RegexMatcher::setTimeLimit). The rules are short patterns matched against
// single sentences; one that backtracks for longer than this on some input is a bad rule, and a
// sentence is not worth more.
constexpr int32_t kTimeLimitSteps = 5;

// The pattern with its non-ASCII code points folded as match_key folds text. ASCII, where the
// regular-expression syntax lives, is left alone: its letters are written in lower case.
std::string fold_pattern(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size();) {
    const char32_t c = next_code_point(pattern, i);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      continue;
    }
    const char32_t f = fold_code_point(c);
    if (f != 0) append_utf8(out, f);
  }
  return out;
}

}  // namespace

struct PatternSet::Impl {
  struct Rule {
    std::unique_ptr<icu::RegexPattern> pattern;  // must outlive its matcher
    std::unique_ptr<icu::RegexMatcher> matcher;
    std::uint32_t id;
  };
  std::vector<Rule> rules;
  icu::UnicodeString text;  // the key being matched; every matcher points at it
};

PatternSet::PatternSet() : impl_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;
PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;

void PatternSet::add(std::string_view pattern, std::uint32_t id, const SourceLocation& where) {
  const std::string folded = fold_pattern(pattern);
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse{};
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(folded), 0, parse, status));
  std::unique_ptr<icu::RegexMatcher> matcher;
  if (U_SUCCESS(status)) matcher.reset(compiled->matcher(status));
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kDataError,
                "bad regular expression (" + std::string(u_errorName(status)) + " at offset " +
                    std::to_string(parse.offset) + "): " + std::string(pattern),
                where);
  }
  matcher->setTimeLimit(kTimeLimitSteps, status);
  impl_->rules.push_back({std::move(compiled), std::move(matcher), id});
}

std::optional<std::uint32_t> PatternSet::first_match(std::string_view text) {
  if (impl_->rules.empty()) return std::nullopt;
  return first_match_key(match_key(text));
}

std::optional<std::uint32_t> PatternSet::first_match_key(std::string_view key) {
  if (impl_->rules.empty()) return std::nullopt;
  impl_->text = icu::UnicodeString::fromUTF8(key);
  for (Impl::Rule& rule : impl_->rules) {
    UErrorCode status = U_ZERO_ERROR;
    rule.matcher->reset(impl_->text);
    const bool matched = rule.matcher->matches(status);
    if (U_SUCCESS(status) && matched) return rule.id;  // U_REGEX_TIME_OUT: no match
  }
  return std::nullopt;
}

std::size_t PatternSet::size() const {
  return impl_->rules.size();
}

}  // namespace mizan::text
