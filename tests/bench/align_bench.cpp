// Sentence alignment at scale: two documents of 1,000 to 100,000 sentences built from real
// English-Arabic pairs (tests/data/l10n-en-ar.tsv, or a path as argument), with deletions on both
// sides, unrelated insertions and merged sentences; and the seed press release end to end
// (segmentation + alignment).
//
//   cmake --build build --target bench
//   build/tests/bench/align_bench [--benchmark_filter=...] [PATH/TO/l10n-en-ar.tsv]
//
// Counters: us_per_sentence (wall time / English sentences: flat when the search is linear),
// strict_f1 against the known construction, peak_rss_mb (getrusage; run one size alone with
// --benchmark_filter to read it for that size).

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "mizan/align/aligner.hpp"
#include "mizan/formats/srx.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/input.hpp"

namespace {

std::string g_tsv_path = MIZAN_PAIRS_TSV;

struct Pair {
  std::string en, ar;
};

const std::vector<Pair>& pairs() {
  static const std::vector<Pair> loaded = [] {
    std::vector<Pair> out;
    std::ifstream f(g_tsv_path);
    if (!f) {
      std::cerr << "align_bench: cannot read " << g_tsv_path << " (pass its path)\n";
      std::exit(66);
    }
    std::string line;
    std::getline(f, line);  // header
    while (std::getline(f, line)) {
      const auto t1 = line.find('\t');
      const auto t2 = line.find('\t', t1 + 1);
      if (t1 == std::string::npos || t2 == std::string::npos) continue;
      Pair p{line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1)};
      // Sentence-like strings only: one-word menu labels would make a document of labels.
      if (std::count(p.en.begin(), p.en.end(), ' ') >= 2) out.push_back(std::move(p));
    }
    return out;
  }();
  return loaded;
}

struct Document {
  std::vector<std::string> en, ar;
  std::vector<std::size_t> en_par, ar_par;
  std::set<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> gold;  // non-null beads
};

// Deterministic construction (seed 7): per English sentence, 3% have no Arabic (1-0), 3% of the
// Arabic sentences have no English (0-1, an unrelated pair's Arabic), 2% of neighbouring pairs
// are merged into one Arabic sentence (2-1). Paragraphs of 5 pairs.
Document build(std::size_t n) {
  const std::vector<Pair>& all = pairs();
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, all.size() - 1);
  std::uniform_real_distribution<double> u(0, 1);
  Document d;
  std::size_t paragraph = 0;
  while (d.en.size() < n) {
    if (d.en.size() % 5 == 0) ++paragraph;
    const double r = u(rng);
    const Pair& p = all[pick(rng)];
    if (r < 0.03) {  // English only
      d.en.push_back(p.en);
      d.en_par.push_back(paragraph);
    } else if (r < 0.06) {  // Arabic only, then a normal pair
      d.ar.push_back(all[pick(rng)].ar);
      d.ar_par.push_back(paragraph);
      d.gold.insert({{d.en.size()}, {d.ar.size()}});
      d.en.push_back(p.en);
      d.ar.push_back(p.ar);
      d.en_par.push_back(paragraph);
      d.ar_par.push_back(paragraph);
    } else if (r < 0.08) {  // two English sentences, one Arabic
      const Pair& q = all[pick(rng)];
      d.gold.insert({{d.en.size(), d.en.size() + 1}, {d.ar.size()}});
      d.en.push_back(p.en);
      d.en.push_back(q.en);
      d.ar.push_back(p.ar + " " + q.ar);
      d.en_par.insert(d.en_par.end(), 2, paragraph);
      d.ar_par.push_back(paragraph);
    } else {
      d.gold.insert({{d.en.size()}, {d.ar.size()}});
      d.en.push_back(p.en);
      d.ar.push_back(p.ar);
      d.en_par.push_back(paragraph);
      d.ar_par.push_back(paragraph);
    }
  }
  return d;
}

double strict_f1(const Document& d, const std::vector<mizan::align::Bead>& beads) {
  std::size_t hit = 0, predicted = 0;
  for (const auto& b : beads) {
    if (b.is_null()) continue;
    ++predicted;
    std::vector<std::size_t> e, a;
    for (std::size_t k = 0; k < b.en_count; ++k)
      e.push_back(b.en_begin + k);
    for (std::size_t k = 0; k < b.ar_count; ++k)
      a.push_back(b.ar_begin + k);
    hit += d.gold.count({e, a});
  }
  const double p = predicted ? static_cast<double>(hit) / static_cast<double>(predicted) : 0;
  const double r = static_cast<double>(hit) / static_cast<double>(d.gold.size());
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

void align_documents(benchmark::State& state) {
  const Document d = build(static_cast<std::size_t>(state.range(0)));
  double f1 = 0;
  for (auto _ : state) {
    mizan::align::SentenceAligner aligner;
    const auto result = aligner.align(d.en, d.ar, d.en_par, d.ar_par);
    state.PauseTiming();
    f1 = strict_f1(d, result.beads);
    state.ResumeTiming();
  }
  state.counters["us_per_sentence"] = benchmark::Counter(
      static_cast<double>(d.en.size()) * 1e-6,
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["strict_f1"] = f1;
  state.counters["peak_rss_mb"] = peak_rss_mb();
  state.counters["sentences"] = static_cast<double>(d.en.size() + d.ar.size());
}
BENCHMARK(align_documents)
    ->Arg(1000)
    ->Arg(3000)
    ->Arg(10000)
    ->Arg(30000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The seed pair end to end: read, segment (built-in SRX rules), align.
void seed_end_to_end(benchmark::State& state) {
  const std::string dir = std::string(MIZAN_SOURCE_DIR) + "/corpora/centcom-2025-01-06/";
  const mizan::segment::Segmenter segmenter(mizan::formats::builtin_srx());
  for (auto _ : state) {
    std::vector<std::string> side[2];
    std::vector<std::size_t> par[2];
    int k = 0;
    for (const char* lang : {"en", "ar"}) {
      const std::string text = mizan::text::read_text_file(dir + lang + ".txt");
      for (auto& s :
           segmenter.segment_text(text, k == 0 ? mizan::segment::LanguageChoice::kEnglish
                                               : mizan::segment::LanguageChoice::kArabic)) {
        side[k].push_back(std::move(s.text));
        par[k].push_back(s.paragraph);
      }
      ++k;
    }
    mizan::align::SentenceAligner aligner;
    benchmark::DoNotOptimize(aligner.align(side[0], side[1], par[0], par[1]));
  }
}
BENCHMARK(seed_end_to_end)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc > 1) g_tsv_path = argv[1];
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
