#include "mizan/segment/segmenter.hpp"

#include <unicode/utf8.h>

#include <future>
#include <optional>

#include "mizan/text/clean.hpp"
#include "mizan/text/script.hpp"

namespace mizan::segment {
namespace {

// A boundary this close to the end of an unfinished window may still move once more text arrives
// (an abbreviation or number cut by the window): such sentences wait for the next window.
constexpr std::size_t kWindowMargin = 4096;

// Folds line breaks (and the spaces around them) inside a sentence to one space.
std::string fold_line_breaks(std::string_view s) {
  if (s.find('\n') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '\n') {
      while (!out.empty() && (out.back() == ' ' || out.back() == '\t'))
        out.pop_back();
      while (i < s.size() && (s[i] == '\n' || s[i] == ' ' || s[i] == '\t'))
        ++i;
      out.push_back(' ');
      continue;
    }
    out.push_back(s[i++]);
  }
  return out;
}

}  // namespace

struct Segmenter::Impl {
  SentenceSplitter english;
  SentenceSplitter arabic;
  SegmenterOptions options;

  Impl(const SrxRuleSet& rules, SegmenterOptions opts)
      : Impl(build_splitters(rules, opts.regex_time_limit), opts) {}
  Impl(std::pair<SentenceSplitter, SentenceSplitter> splitters, SegmenterOptions opts)
      : english(std::move(splitters.first)), arabic(std::move(splitters.second)), options(opts) {}

  // Compiling a language's SRX rules into ICU regexes takes milliseconds (callgrind: 30 % of
  // `mizan align`'s instructions on a press release pair), so the Arabic rules compile on a
  // second thread while the English ones compile on this one. ICU's regex compiler is
  // thread-safe; an exception from either side reaches the caller.
  static std::pair<SentenceSplitter, SentenceSplitter> build_splitters(const SrxRuleSet& rules,
                                                                       std::int32_t time_limit) {
    std::future<SentenceSplitter> arabic = std::async(std::launch::async, [&rules, time_limit] {
      return SentenceSplitter(rules, "ar", time_limit);
    });
    SentenceSplitter english(rules, "en", time_limit);
    return {std::move(english), arabic.get()};
  }

  const SentenceSplitter& splitter(Language lang) const {
    return lang == Language::kArabic ? arabic : english;
  }
};

// Turns paragraph pieces into sentences, carrying an unfinished tail from piece to piece. One
// per segment_text / segment_stream call: it holds that call's working state.
class PieceDriver {
 public:
  PieceDriver(const SentenceSplitter& english, const SentenceSplitter& arabic,
              std::size_t max_window, LanguageChoice choice,
              const std::function<void(Sentence&&)>& sink)
      : english_(english), arabic_(arabic), max_window_(max_window), choice_(choice), sink_(sink) {}

  void feed(const text::ParagraphPiece& piece) {
    if (carry_.empty()) carry_offset_ = piece.input_offset;
    carry_.append(piece.text);
    paragraph_ = piece.paragraph;
    process(piece.ends_paragraph);
  }

 private:
  Language language_of(std::string_view text) {
    if (choice_ == LanguageChoice::kEnglish) return Language::kEnglish;
    if (choice_ == LanguageChoice::kArabic) return Language::kArabic;
    switch (text::dominant_script(text)) {
      case text::Script::kArabic:
        last_language_ = Language::kArabic;
        break;
      case text::Script::kLatin:
      case text::Script::kOther:
        last_language_ = Language::kEnglish;
        break;
      case text::Script::kNone:
        break;  // digits only: keep the language of the paragraph before
    }
    return last_language_;
  }

  // The splitter of `lang` with this driver's workspace for it, made on first need: a document
  // in one language never pays for the other's.
  std::vector<Span> split(Language lang, std::string_view paragraph) {
    const SentenceSplitter& splitter = lang == Language::kArabic ? arabic_ : english_;
    std::optional<SentenceSplitter::Workspace>& workspace =
        lang == Language::kArabic ? arabic_workspace_ : english_workspace_;
    if (!workspace) workspace = splitter.make_workspace();
    return splitter.split(paragraph, *workspace);
  }

  void emit(const text::CleanedText& cleaned, Span span, Language lang, bool forced) {
    Sentence s;
    s.text =
        fold_line_breaks(std::string_view(cleaned.text).substr(span.begin, span.end - span.begin));
    s.paragraph = paragraph_;
    s.begin = carry_offset_ + cleaned.map.to_source(span.begin, text::OffsetMap::Bias::kAfter);
    s.end = carry_offset_ + cleaned.map.to_source(span.end, text::OffsetMap::Bias::kBefore);
    s.language = lang;
    s.forced = forced;
    sink_(std::move(s));
  }

  void process(bool ends_paragraph) {
    const text::CleanedText cleaned = text::clean_with_map(carry_);
    const Language lang = language_of(cleaned.text);
    const std::vector<Span> spans = split(lang, cleaned.text);
    if (ends_paragraph) {
      for (const Span& s : spans)
        emit(cleaned, s, lang, false);
      carry_.clear();
      return;
    }
    // Unfinished paragraph: emit sentences that end safely before the window's end.
    const std::size_t safe =
        cleaned.text.size() > kWindowMargin ? cleaned.text.size() - kWindowMargin : 0;
    std::size_t keep_from = 0;  // cleaned offset where the carried tail starts
    for (std::size_t k = 0; k + 1 < spans.size() && spans[k].end <= safe; ++k) {
      emit(cleaned, spans[k], lang, false);
      keep_from = spans[k + 1].begin;
    }
    if (keep_from == 0 && carry_.size() >= max_window_) {
      // No boundary in a whole window: cut at the last space before the margin.
      std::size_t cut = cleaned.text.rfind(' ', safe);
      if (cut == std::string::npos || cut == 0) {
        cut = safe;
        while (cut > 0 && U8_IS_TRAIL(cleaned.text[cut]))  // not inside a character
          --cut;
      }
      std::size_t b = 0;
      while (b < cut && cleaned.text[b] == ' ')
        ++b;
      if (cut > b) emit(cleaned, {b, cut}, lang, true);
      keep_from = cut;
    }
    if (keep_from > 0) {
      const std::size_t raw = cleaned.map.to_source(keep_from, text::OffsetMap::Bias::kAfter);
      carry_.erase(0, raw);
      carry_offset_ += raw;
    }
  }

  const SentenceSplitter& english_;
  const SentenceSplitter& arabic_;
  std::optional<SentenceSplitter::Workspace> english_workspace_;
  std::optional<SentenceSplitter::Workspace> arabic_workspace_;
  std::size_t max_window_;
  LanguageChoice choice_;
  const std::function<void(Sentence&&)>& sink_;
  std::string carry_;  // raw text not yet segmented for good
  std::uint64_t carry_offset_ = 0;
  std::size_t paragraph_ = 0;
  Language last_language_ = Language::kEnglish;
};

Segmenter::Segmenter(const SrxRuleSet& rules, SegmenterOptions options)
    : impl_(std::make_unique<Impl>(rules, options)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

const SentenceSplitter& Segmenter::splitter(Language lang) const {
  return impl_->splitter(lang);
}

std::vector<Sentence> Segmenter::segment_text(std::string_view text, LanguageChoice lang,
                                              text::ParagraphMode mode) const {
  std::vector<Sentence> out;
  const std::function<void(Sentence &&)> sink = [&](Sentence&& s) { out.push_back(std::move(s)); };
  PieceDriver driver(impl_->english, impl_->arabic, impl_->options.max_window, lang, sink);
  for (const text::ParagraphPiece& piece : text::split_paragraphs(text, mode))
    driver.feed(piece);
  return out;
}

void Segmenter::segment_stream(text::ParagraphReader& reader, LanguageChoice lang,
                               const std::function<void(Sentence&&)>& sink) const {
  PieceDriver driver(impl_->english, impl_->arabic, impl_->options.max_window, lang, sink);
  text::ParagraphPiece piece;
  while (reader.next(piece))
    driver.feed(piece);
}

}  // namespace mizan::segment
