// Segmentation and normalisation throughput, against ICU's bare sentence BreakIterator over the
// same text in the same run (the reference the issue sets: ours must reach >= 0.5x of it).
//
//   cmake --build build --target bench && build/tests/bench/segment_bench
//
// Text: the seed corpus paragraphs repeated to ~2 MB per language (press-release sentences).

#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "mizan/formats/srx.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/match_key.hpp"

namespace {

const std::string& corpus_text(const std::string& lang) {
  static std::string en, ar;
  std::string& t = lang == "en" ? en : ar;
  if (t.empty()) {
    const std::string seed = mizan::text::read_text_file(
        std::string(MIZAN_SOURCE_DIR) + "/corpora/centcom-2025-01-06/" + lang + ".txt");
    std::string paragraphs;
    for (const auto& p : mizan::text::split_paragraphs(seed, mizan::text::ParagraphMode::kLines)) {
      paragraphs.append(p.text);
      paragraphs.push_back('\n');
    }
    while (t.size() < 2'000'000)
      t += paragraphs;
  }
  return t;
}

void bare_icu_utf8(benchmark::State& state, const std::string& lang) {
  const std::string& text = corpus_text(lang);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
  std::size_t n = 0;
  for (auto _ : state) {
    icu::LocalUTextPointer ut(utext_openUTF8(nullptr, text.data(), text.size(), &status));
    bi->setText(ut.getAlias(), status);
    for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next())
      ++n;
  }
  benchmark::DoNotOptimize(n);
  state.SetBytesProcessed(state.iterations() * text.size());
}

void bare_icu_utf16(benchmark::State& state, const std::string& lang) {
  const std::string& text = corpus_text(lang);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale(lang.c_str()), status));
  std::size_t n = 0;
  for (auto _ : state) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);  // conversion included
    bi->setText(u);
    for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next())
      ++n;
  }
  benchmark::DoNotOptimize(n);
  state.SetBytesProcessed(state.iterations() * text.size());
}

void mizan_segmenter(benchmark::State& state, const std::string& lang) {
  const std::string& text = corpus_text(lang);
  const mizan::segment::Segmenter segmenter(mizan::formats::builtin_srx());
  const auto choice = lang == "en" ? mizan::segment::LanguageChoice::kEnglish
                                   : mizan::segment::LanguageChoice::kArabic;
  std::size_t n = 0;
  for (auto _ : state) {
    n += segmenter.segment_text(text, choice, mizan::text::ParagraphMode::kLines).size();
  }
  benchmark::DoNotOptimize(n);
  state.SetBytesProcessed(state.iterations() * text.size());
}

void clean_text(benchmark::State& state, const std::string& lang) {
  const std::string& text = corpus_text(lang);
  for (auto _ : state)
    benchmark::DoNotOptimize(mizan::text::clean(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}

void match_key(benchmark::State& state, const std::string& lang) {
  const std::string& text = corpus_text(lang);
  for (auto _ : state)
    benchmark::DoNotOptimize(mizan::text::match_key(text));
  state.SetBytesProcessed(state.iterations() * text.size());
}

}  // namespace

BENCHMARK_CAPTURE(bare_icu_utf8, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bare_icu_utf16, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mizan_segmenter, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bare_icu_utf8, ar, std::string("ar"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(bare_icu_utf16, ar, std::string("ar"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mizan_segmenter, ar, std::string("ar"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(clean_text, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(clean_text, ar, std::string("ar"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(match_key, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(match_key, ar, std::string("ar"))->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
