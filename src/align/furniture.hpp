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

 private:
  text::PatternSet en_, ar_;
  std::vector<std::string> kinds_;
};

}  // namespace mizan::align::detail
