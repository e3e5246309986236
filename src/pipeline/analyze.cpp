#include "mizan/pipeline/analyze.hpp"

#include <unordered_set>

#include "mizan/pipeline/lookup.hpp"
#include "mizan/pipeline/pretranslate.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/tokenize.hpp"

namespace mizan::pipeline {
namespace {

// Words as CAT tools count them: ICU word tokens (UAX #29) that are words or numbers, so
// "1,000.5" and "U.S." are one word each, an Arabic word with its attached clitics (والقيادة) is
// one, and punctuation is none.
std::size_t count_words(text::WordTokenizer& tokenizer, std::string_view text,
                        std::vector<text::Token>& tokens) {
  tokenizer.tokenize(text, tokens);
  std::size_t words = 0;
  for (const text::Token& t : tokens) {
    if (t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber) ++words;
  }
  return words;
}

std::size_t count_characters(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) {
    // Every byte that starts a code point, white space (ASCII; U+00A0 is rare in segments) left
    // out.
    if ((c & 0xC0) != 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r') ++n;
  }
  return n;
}

void add(Counts& to, const Counts& c) {
  to.segments += c.segments;
  to.words += c.words;
  to.characters += c.characters;
}

}  // namespace

std::string_view band_name(Band band) {
  static constexpr std::array<std::string_view, kBandCount> kNames = {
      "101%", "100%", "95-99%", "85-94%", "75-84%", "50-74%", "no match", "repetitions"};
  return kNames[static_cast<std::size_t>(band)];
}

Band band_of_score(int score) {
  if (score > 100) return Band::kContext;
  if (score == 100) return Band::kExact;
  if (score >= 95) return Band::k95;
  if (score >= 85) return Band::k85;
  if (score >= 75) return Band::k75;
  if (score >= 50) return Band::k50;
  return Band::kNoMatch;
}

Analysis analyze_files(const std::vector<std::string>& paths, tm::Store& memory,
                       const AnalyzeOptions& options) {
  const std::vector<std::vector<std::string>> documents =
      read_segments(paths, options.from, options.srx);
  Analysis analysis;
  text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;
  std::unordered_set<std::string> seen;  // loose keys of the segments counted so far
  SequenceLookupOptions lookup;
  lookup.lookup.from = options.from;
  // The lowest band starts at 50%.
  lookup.lookup.min_score = 50;
  lookup.lookup.max_results = 1;
  lookup.context = options.context;
  for (std::size_t f = 0; f < paths.size(); ++f) {
    FileAnalysis file;
    file.file = paths[f];
    const std::vector<std::string>& segments = documents[f];
    lookup_in_order(memory, segments, lookup, [&](SegmentLookup&& found) {
      const std::string& s = segments[found.index];
      const int score = found.matches.empty() ? 0 : found.matches.front().score;
      Band band = band_of_score(score);
      const bool first_time = seen.insert(text::loose_key(tm::normalise_segment(s))).second;
      if (!first_time && score < 100) band = Band::kRepetition;
      const Counts c{.segments = 1,
                     .words = count_words(tokenizer, s, tokens),
                     .characters = count_characters(s)};
      add(file.bands[static_cast<std::size_t>(band)], c);
      add(file.total, c);
    });
    for (std::size_t b = 0; b < kBandCount; ++b)
      add(analysis.total.bands[b], file.bands[b]);
    add(analysis.total.total, file.total);
    analysis.files.push_back(std::move(file));
  }
  return analysis;
}

}  // namespace mizan::pipeline
