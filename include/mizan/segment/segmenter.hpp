#pragma once
// Document segmentation: paragraphs (blank-line or line delimited), per-paragraph language choice,
// clean-up, sentence splitting, and offsets back into the input. Works on an in-memory document or
// streams from a ParagraphReader with bounded memory.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/core/srx_rules.hpp"
#include "mizan/segment/sentence_splitter.hpp"
#include "mizan/text/input.hpp"

namespace mizan::segment {

enum class LanguageChoice { kAuto, kEnglish, kArabic };

struct Sentence {
  std::string text;       // cleaned; line breaks inside the sentence folded to spaces
  std::size_t paragraph;  // 0-based paragraph index
  std::uint64_t begin;    // byte offsets into the input: input[begin, end) is the sentence
  std::uint64_t end;
  Language language;
  bool forced = false;  // cut at the length limit, not at a sentence boundary
};

struct SegmenterOptions {
  /// A window longer than this with no sentence boundary is cut at a space: bounds memory on
  /// pathological input (a 50 MB line without punctuation).
  std::size_t max_window = 1 << 20;
  /// SentenceSplitter's limit on one regex match of an SRX rule, in ICU's steps.
  std::int32_t regex_time_limit = SentenceSplitter::kDefaultRegexTimeLimit;
};

/// The English and Arabic sentence splitters, compiled once, and the document-level work around
/// them. Nothing changes after construction: one Segmenter may serve several threads at once,
/// each call keeping its working state (SentenceSplitter::Workspace) to itself.
class Segmenter {
 public:
  explicit Segmenter(const SrxRuleSet& rules, SegmenterOptions options = {});
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  /// Segments decoded UTF-8 text held in memory; offsets are into `text`.
  std::vector<Sentence> segment_text(std::string_view text, LanguageChoice lang,
                                     text::ParagraphMode mode = text::ParagraphMode::kAuto) const;

  /// Streams sentences of a reader's input to `sink` in order.
  void segment_stream(text::ParagraphReader& reader, LanguageChoice lang,
                      const std::function<void(Sentence&&)>& sink) const;

  /// The splitter used for a language (e.g. to segment a single paragraph).
  const SentenceSplitter& splitter(Language lang) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::segment
