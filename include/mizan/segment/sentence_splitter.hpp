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

/// The compiled SRX rules of one language. Building one compiles dozens of ICU regexes
/// (milliseconds); splitting reads them and writes only into a Workspace, so one splitter may
/// serve several threads at once, each with its own Workspace.
class SentenceSplitter {
 public:
  /// What split() works in: ICU's break iterator and regex matchers, which hold the paragraph
  /// they were last pointed at, and buffers kept between paragraphs so that one costs no
  /// allocations. One thread uses it at a time; it belongs to the splitter that made it, which
  /// must outlive it. Making one is cheap (a break iterator clone and a few regex matchers:
  /// ~9,000 instructions under callgrind): Segmenter makes one per call.
  class Workspace {
   public:
    ~Workspace();
    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;

   private:
    friend class SentenceSplitter;
    struct State;
    explicit Workspace(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
  };

  /// How long one regex match of an SRX rule may run, in ICU's steps (RegexMatcher::setTimeLimit:
  /// "on the order of milliseconds"): 1000. The built-in rules need a few steps per match; a
  /// rule like "(a+)+$" backtracks without end (10 s on 25 characters, longer on more) and would
  /// hang segment, align and ingest on someone's SRX file.
  static constexpr std::int32_t kDefaultRegexTimeLimit = 1000;

  /// Compiles the rules that `rules`' language maps select for `language_code` ("en", "ar").
  /// Throws mizan::Error (kDataError) naming the SRX source and rule line for a bad pattern.
  /// split() throws kDataError naming the SRX source when a rule's match runs over
  /// `regex_time_limit`.
  SentenceSplitter(const SrxRuleSet& rules, std::string_view language_code,
                   std::int32_t regex_time_limit = kDefaultRegexTimeLimit);
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  /// A workspace for split() with this splitter.
  Workspace make_workspace() const;

  /// Sentences of one cleaned paragraph (valid UTF-8). Line breaks inside count as spaces.
  /// `workspace` comes from this splitter's make_workspace() (kSoftware otherwise).
  std::vector<Span> split(std::string_view paragraph, Workspace& workspace) const;
  /// The same with a workspace of its own: for one paragraph now and then; a caller splitting
  /// many keeps a Workspace.
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
