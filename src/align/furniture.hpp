#pragma once
// Page furniture: the lines a page carries around the text it publishes (the issuing office, a
// date line, "for immediate release", a link to the original, a translation notice, a photo
// credit, a share bar), which a translation published elsewhere does not carry. Recognised by the
// rules of src/align/rules/furniture.tsv (ICU regular expressions, compiled into mizan); the
// aligner reads a match as soft evidence that the sentence has no counterpart. Internal to the
// align module.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/text/pattern_set.hpp"

namespace mizan::align::detail {

/// The built-in furniture rules, compiled. Holds ICU matchers: not thread-safe, one per thread.
class FurnitureRules {
 public:
  /// Compiles the rules; throws mizan::Error (kSoftware, naming the rule's line) when a rule of
  /// the built-in file is malformed, which the tests catch.
  FurnitureRules();

  /// The furniture kind of `sentence` (an index into kinds()), or nullopt when no rule matches.
  std::optional<std::uint32_t> kind(std::string_view sentence, Language lang);

  /// Kind names in file order ("office", "date", "notice", ...).
  const std::vector<std::string>& kinds() const { return kinds_; }

  /// The names of one language's lists (months, weekdays, countries, cities), by matching key,
  /// with the mark that stands for their list in a rule.
  struct NameMarks {
    std::unordered_map<std::string, char32_t> mark;
    std::size_t max_words = 1;
  };

 private:
  // Per language: the rules that use a list of names match the key with those names marked
  // (marked); the others match it as it is (plain). Ids are rule numbers, in file order.
  struct Side {
    text::PatternSet plain, marked;
    NameMarks names;
  };
  Side en_, ar_;
  std::vector<std::uint32_t> kind_of_rule_;
  std::vector<std::string> kinds_;
};

}  // namespace mizan::align::detail
