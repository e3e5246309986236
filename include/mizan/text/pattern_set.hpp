#pragma once
// Rules kept as data (the aligner's page-furniture rules) are ICU regular expressions; ICU stays
// inside text/, so callers see UTF-8 strings and their own ids.

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "mizan/core/error.hpp"

namespace mizan::text {

/// An ordered list of ICU regular expressions, each with a caller's id, matched against the whole
/// of a text's matching key (match_key.hpp: hamza seats, ta marbuta, tashkeel, digit script and
/// case folded away). A pattern's non-ASCII letters are folded the same way when it is added, so
/// Arabic is written in ordinary spelling (وزارة matches وزاره and وزارة alike); since the key is
/// lower case, so are the patterns' Latin letters (matching is not case-insensitive: ICU takes
/// about 1 ms to compile a case-insensitive \p{L}, a few microseconds for a plain one). Holds
/// one ICU matcher per pattern, reused between calls: not thread-safe, one per thread.
class PatternSet {
 public:
  PatternSet();
  ~PatternSet();
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;

  /// Compiles `pattern` (ICU regular-expression syntax). Throws mizan::Error (kDataError) at
  /// `where`, with ICU's reason and the offset in the pattern, when it does not compile.
  void add(std::string_view pattern, std::uint32_t id, const SourceLocation& where = {});

  /// The id of the first pattern, in the order added, that matches all of `text`'s matching key;
  /// nullopt when none does. A pattern that runs past its time limit (a few milliseconds of
  /// ICU's match engine) counts as not matching.
  std::optional<std::uint32_t> first_match(std::string_view text);

  /// first_match for a text that is already a matching key (match_key.hpp), left as it is: for a
  /// caller that rewrites the key before matching (marks known names in it) or matches one key
  /// against several sets.
  std::optional<std::uint32_t> first_match_key(std::string_view key);

  std::size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::text
