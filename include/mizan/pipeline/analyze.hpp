#pragma once
// The match analysis agencies price from: every segment of the documents looked up as
// pretranslate looks it up (document order, predecessor as context), counted in words, segments
// and characters per match band, per file and in total. The counting rules are in
// docs/analysis.md.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::pipeline {

enum class Band {
  kContext,     // 101%
  kExact,       // 100%
  k95,          // 95–99% (99% is the near-exact match: punctuation, case, digits)
  k85,          // 85–94%
  k75,          // 75–84%
  k50,          // 50–74%
  kNoMatch,     // under 50%, or nothing
  kRepetition,  // the same segment seen earlier in the documents, without a 100%/101% match
};
inline constexpr std::size_t kBandCount = 8;

/// "101%", "100%", "95-99%", "85-94%", "75-84%", "50-74%", "no match", "repetitions".
std::string_view band_name(Band band);

/// The band of a best match `score` (0: none), for a segment not repeated.
Band band_of_score(int score);

struct Counts {
  std::size_t segments = 0;
  std::size_t words = 0;
  std::size_t characters = 0;  // code points other than white space
};

struct FileAnalysis {
  std::string file;
  std::array<Counts, kBandCount> bands{};
  Counts total;
};

struct Analysis {
  std::vector<FileAnalysis> files;
  FileAnalysis total;  // file: empty
};

struct AnalyzeOptions {
  Language from = Language::kEnglish;
  bool context = true;           // 101% matches (off: they count as 100%)
  std::vector<std::string> srx;  // segmentation rules merged in order; empty: mizan's own
};

/// Reads every file as pretranslate does (read_source_document; XLIFF files by their segments),
/// segments, looks up and counts. Errors before any counting: kDataError with file and place.
Analysis analyze_files(const std::vector<std::string>& paths, tm::Store& memory,
                       const AnalyzeOptions& options);

}  // namespace mizan::pipeline
