#include "mizan/pipeline/pair_check.hpp"

#include <cstdio>

#include "mizan/align/aligner.hpp"
#include "mizan/core/error.hpp"

namespace mizan::pipeline {
namespace {

std::string percent(double x) {
  return std::to_string(static_cast<int>(x * 100 + 0.5)) + "%";
}

std::string ratio_text(const char* format, double ratio) {
  char text[32];
  std::snprintf(text, sizeof text, format, ratio);
  return text;
}

}  // namespace

PairCheck check_pair(const DocumentPair& pair, std::string_view order_hint) {
  if (pair.en.sentences.empty()) {
    throw Error(ExitCode::kDataError, "no English text to align (empty file)", {pair.en_file});
  }
  if (pair.ar.sentences.empty()) {
    throw Error(ExitCode::kDataError, "no Arabic text to align (empty file)", {pair.ar_file});
  }
  const align::InputCheck c = align::check_inputs(pair.en.sentences, pair.ar.sentences);
  // Over half of one side in the other's script can only be a swapped pair. The size ratio is
  // measured after the usual Arabic/English length ratio (align::check_inputs).
  if (c.en_arabic_share > 0.5) {
    return {PairVerdict::kNotAPair, pair.en_file + ": the English file is " +
                                        percent(c.en_arabic_share) + " Arabic script; " +
                                        std::string(order_hint)};
  }
  if (c.ar_latin_share > 0.5) {
    return {PairVerdict::kNotAPair, pair.ar_file + ": the Arabic file is " +
                                        percent(c.ar_latin_share) + " Latin script; " +
                                        std::string(order_hint)};
  }
  if (c.size_ratio >= 10) {
    return {PairVerdict::kNotAPair,
            pair.en_file + " and " + pair.ar_file + ": one side is " +
                ratio_text("%.0fx", c.size_ratio) + " longer than the other (" +
                std::to_string(pair.en.sentences.size()) + " English, " +
                std::to_string(pair.ar.sentences.size()) +
                " Arabic sentences): these are not translations of each other"};
  }
  if (c.size_ratio >= 3) {
    return {PairVerdict::kUneven, pair.en_file + " and " + pair.ar_file + ": one side is " +
                                      ratio_text("%.1fx", c.size_ratio) +
                                      " longer than the other; expect many unaligned sentences"};
  }
  return {};
}

}  // namespace mizan::pipeline
