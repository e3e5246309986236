#pragma once
// Terminology checks over translation units, and the renderings a memory actually uses.
//   (a) missing:      an English term is in the source, none of its preferred or admitted
//                     renderings is in the translation;
//   (b) deprecated:   a deprecated rendering is used;
//   (c) inconsistent: one rendering, or one word of the glossary's renderings, is spelled several
//                     ways across the units (الأمريكية / الأميركية; with and without hamza).
// Streaming: add() each unit, then report().

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "mizan/core/translation_unit.hpp"
#include "mizan/term/recognizer.hpp"

namespace mizan::term {

enum class IssueKind { kMissing, kDeprecated, kInconsistent };

/// "missing" / "deprecated" / "inconsistent".
std::string_view issue_kind_name(IssueKind kind);

/// A unit an issue was seen in.
struct IssueExample {
  std::int64_t unit_id = 0;  // TranslationUnit::id (0 when the source has none)
  std::string document;      // first origin's document, when known
  std::int64_t position = -1;
  std::string en, ar;
  std::string found;  // (b), (c): the Arabic as found
};

struct TermIssue {
  IssueKind kind = IssueKind::kMissing;
  /// The glossary entry the issue is about: (a) the concept's preferred (else first) entry,
  /// (b) the deprecated entry, (c) the rendering's entry; npos for a word-level (c).
  std::size_t entry = static_cast<std::size_t>(-1);
  std::string en;  // the English term, or for a word-level (c) the entries the words come from
  std::string ar;  // the expected rendering / the deprecated one / the glossary spelling
  std::size_t units = 0;     // units with the issue ((a), (b)); units seen with the term ((c))
  std::size_t of_units = 0;  // (a): units whose English has the term at all
  /// (c): each spelling with its count, most frequent first.
  std::vector<std::pair<std::string, std::size_t>> spellings;
  std::vector<IssueExample> examples;  // the first few
};

struct CheckOptions {
  std::size_t max_examples = 3;
};

struct CheckReport {
  std::size_t units = 0;
  std::vector<TermIssue> issues;  // (a), then (b), then (c); within a kind, most units first
};

/// Collects the terminology problems of units added one by one. Holds its totals and a tokenizer:
/// not thread-safe, one per thread.
class Checker {
 public:
  explicit Checker(const Recognizer& recognizer, CheckOptions options = {});
  ~Checker();
  void add(const TranslationUnit& unit);
  CheckReport report() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// A rendering as used in the units, with how many units use it.
struct RenderingUse {
  std::string spelling;  // as written (see Recognizer::spelling); "" for "no glossary rendering"
  std::size_t units = 0;
  std::size_t entry = static_cast<std::size_t>(-1);  // the glossary entry it is, if any
};

/// For each concept (English term), the Arabic renderings the units use; for each rendering
/// (Arabic), the English forms its units use. Holds its counts and a tokenizer: not thread-safe,
/// one per thread.
class UsageIndex {
 public:
  explicit UsageIndex(const Recognizer& recognizer);
  ~UsageIndex();
  void add(const TranslationUnit& unit);
  /// Renderings used for concept `concept_id` (Recognizer::concept_of), most used first; a use
  /// with an empty spelling counts units where none of the concept's renderings was found.
  std::vector<RenderingUse> arabic_for(std::size_t concept_id) const;
  /// English forms used where rendering `rendering_id` (Recognizer::rendering_of) is found.
  std::vector<RenderingUse> english_for(std::size_t rendering_id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// One recognised term of a segment with what to write for it.
struct Suggestion {
  TermMatch match;
  std::string text;  // the matched words of the segment
  /// Renderings in the other language, from the glossary: preferred first, then admitted, then
  /// deprecated (marked so), each with its status.
  std::vector<std::pair<std::string, TermStatus>> renderings;
  std::vector<RenderingUse> used;  // from the usage index, when one is given
};

/// Suggestions for `segment` in language `lang`.
std::vector<Suggestion> suggest(const Recognizer& recognizer, std::string_view segment,
                                Language lang, const UsageIndex* usage = nullptr);

/// The written forms, in language `lang`, of what `match` stands for: every term and variant of
/// the matched concept's entries (English) or of the matched rendering's entries (Arabic), once
/// each by matching key. What to look up in an indexed memory (tm::Store::concordance) to find
/// the units a UsageIndex needs for this term, instead of reading every unit.
std::vector<std::string> forms_of(const Recognizer& recognizer, const TermMatch& match,
                                  Language lang);

}  // namespace mizan::term
