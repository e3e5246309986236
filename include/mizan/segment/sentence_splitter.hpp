#pragma once
// Sentence boundaries inside one paragraph: ICU's sentence break iterator (UAX #29) proposes
// boundaries, SRX rules (data, not code) confirm, veto or add them. Rules are evaluated the SRX
// way: at each candidate position the first rule whose before-break and after-break patterns both
// match decides; where no rule speaks, ICU's verdict stands.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/srx_rules.hpp"

namespace mizan::segment {

/// A sentence as byte offsets into the paragraph text given to split(); whitespace trimmed.
struct Span {
  std::size_t begin;
  std::size_t end;
};

class SentenceSplitter {
 public:
  /// Compiles the rules that `rules`' language maps select for `language_code` ("en", "ar").
  /// Throws mizan::Error (kDataError) naming the SRX source and rule line for a bad pattern.
  SentenceSplitter(const SrxRuleSet& rules, std::string_view language_code);
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  /// Sentences of one cleaned paragraph (valid UTF-8). Line breaks inside count as spaces.
  std::vector<Span> split(std::string_view paragraph) const;

  /// Number of compiled rule groups (consecutive rules with the same verdict and after-break
  /// pattern are merged into one alternation, which keeps evaluation fast with 200 abbreviations).
  std::size_t rule_group_count() const;
  /// How many of them are matched without ICU regex (see src/segment/backward_matcher.hpp).
  std::size_t fast_rule_group_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::segment
