// TMX at scale: export of 1,000,000 units and import of the file it makes, against libxml2's
// bare streaming parse of the same file in the same run (the floor: no reader can be faster
// than the parser it sits on). Targets (issue 5): import >= 50,000 TU/s, export >= 100,000 TU/s,
// peak RSS <= 200 MB for both.
//
//   cmake --build build --target bench
//   tests/bench/report.py build/tests/bench/tmx_bench [TSV] --reference bare_libxml2
//       --reference raw_write --reference generate_units --repetitions 5
//                                                  medians and ratios (Google Benchmark)
//   build/tests/bench/tmx_bench --rss import|export|bare [TSV] [--units N] [--file TMX]
//                                                  one run in a fresh process: TU/s and peak RSS
//                                                  (of TMX when given, else of a file it makes)
//   build/tests/bench/tmx_bench --make TMX [TSV] [--units N]
//                                                  writes the synthetic memory's TMX, for the
//                                                  end-to-end run of
//                                                  tests/bench/tm_exchange_bench.py
//
// TSV is the l10n-en-ar.tsv of the tests' data (default tests/data/l10n-en-ar.tsv): 20,629
// real English/Arabic pairs, scaled to N units (default 1,000,000) with deterministic variations
// (a changed number, an added word) so that no two units are the same. Each unit carries what a
// mizan export writes: tuid, dates, creator, usage count, document and position, confidence,
// and the neighbouring segments as context props.
//
// References measured in the same run: for import, libxml2's streaming reader visiting every
// node of the file; for export, writing the same number of bytes to a file.
//
// What is measured is the formats layer alone: serialising units that a generator makes (the
// memory store is a separate module) and parsing the file into units that a callback counts.

#include <benchmark/benchmark.h>
#include <libxml/xmlreader.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "mizan/formats/output_file.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tmx_writer.hpp"

namespace {

using namespace mizan;

struct Pair {
  std::string en, ar, catalog;
};

struct Config {
  std::string tsv = MIZAN_PAIRS_TSV;
  std::size_t units = 1'000'000;
  std::string file;  // --file: the TMX --rss reads (kept), instead of one it makes
};

Config& config() {
  static Config c;
  return c;
}

std::vector<Pair> load_pairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << " (give the l10n-en-ar.tsv path as argument)\n";
    std::exit(66);
  }
  std::vector<Pair> pairs;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const auto t1 = line.find('\t');
    const auto t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    pairs.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  return pairs;
}

const std::vector<Pair>& pairs() {
  static const std::vector<Pair> p = load_pairs(config().tsv);
  return p;
}

// Unit i of the synthetic memory: pair i mod N, varied by round i / N so that every unit differs:
// round 1 appends a number, round 2 an added word, and so on.
void make_unit(std::size_t i, TranslationUnit& u) {
  const auto& p = pairs();
  const std::size_t n = p.size();
  const Pair& pair = p[i % n];
  const std::size_t round = i / n;
  static const char* const kWords[][2] = {
      {"", ""}, {" now", " الآن"}, {" again", " مجدداً"}, {" here", " هنا"}, {" today", " اليوم"}};
  const auto& word = kWords[round % 5];
  const std::string number = round >= 5 ? " " + std::to_string(round) : "";
  u.id = static_cast<std::int64_t>(i) + 1;
  u.en = pair.en + word[0] + number;
  u.ar = pair.ar + word[1] + number;
  u.origins.assign(1, {pair.catalog, static_cast<std::int64_t>(i % n)});
  u.confidence = 0.5 + static_cast<double>(i % 500) / 1000.0;
  u.created = 1700000000 + static_cast<std::int64_t>(i);
  u.changed = u.created + 3600;
  u.creator = "mizan align";
  u.usage_count = static_cast<std::int64_t>(i % 7);
  u.prev_en = p[(i + n - 1) % n].en;
  u.prev_ar = p[(i + n - 1) % n].ar;
  u.next_en = p[(i + 1) % n].en;
  u.next_ar = p[(i + 1) % n].ar;
}

std::size_t export_to(const std::string& path) {
  formats::AtomicOutputFile out(path);
  formats::TmxWriter writer(out.sink(), {.creation_date = 1700000000});
  TranslationUnit u;
  for (std::size_t i = 0; i < config().units; ++i) {
    make_unit(i, u);
    writer.write(u);
  }
  writer.finish();
  out.commit();
  return writer.written();
}

std::string temp_path(const char* what) {
  return (std::filesystem::temp_directory_path() /
          ("mizan-tmx-bench-" + std::to_string(::getpid()) + "-" + what + ".tmx"))
      .string();
}

// The file the import benchmarks read, made once by the exporter and removed at exit.
bool& input_made() {
  static bool made = false;
  return made;
}
const std::string& input_file() {
  static const std::string path = [] {
    const std::string p = temp_path("input");
    export_to(p);
    input_made() = true;
    return p;
  }();
  return path;
}

std::size_t import_file(const std::string& path) {
  std::size_t units = 0, bytes = 0;
  formats::read_tmx_file(path, [&](formats::ImportedUnit&& u) {
    ++units;
    bytes += u.unit.en.size() + u.unit.ar.size();
  });
  benchmark::DoNotOptimize(bytes);
  return units;
}

// libxml2's streaming reader visiting every node, with the options mizan uses; counts <tu>s.
std::size_t bare_parse(const std::string& path) {
  xmlTextReaderPtr reader =
      xmlReaderForFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOWARNING);
  std::size_t tus = 0;
  while (xmlTextReaderRead(reader) == 1) {
    if (xmlTextReaderNodeType(reader) == XML_READER_TYPE_ELEMENT && xmlTextReaderDepth(reader) == 2)
      ++tus;
  }
  xmlFreeTextReader(reader);
  return tus;
}

void tmx_export(benchmark::State& state) {
  const std::string path = temp_path("export");
  (void)pairs();
  std::size_t n = 0;
  for (auto _ : state)
    n += export_to(path);
  std::filesystem::remove(path);
  state.SetItemsProcessed(static_cast<std::int64_t>(n));
}

// The floor for export: writing as many bytes as the export makes, in the same 256 KiB chunks,
// through the same all-or-nothing file.
void raw_write(benchmark::State& state) {
  static const std::size_t bytes = [] {
    const std::string p = temp_path("size");
    export_to(p);
    const std::size_t n = std::filesystem::file_size(p);
    std::filesystem::remove(p);
    return n;
  }();
  const std::string chunk(256 * 1024, 'x');
  const std::string path = temp_path("raw");
  for (auto _ : state) {
    formats::AtomicOutputFile out(path);
    for (std::size_t done = 0; done < bytes; done += chunk.size())
      out.write(std::string_view(chunk).substr(0, std::min(chunk.size(), bytes - done)));
    out.commit();
  }
  std::filesystem::remove(path);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * config().units));
}

// What making the units alone costs (it is part of the export benchmark).
void generate_units(benchmark::State& state) {
  (void)pairs();
  TranslationUnit u;
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (std::size_t i = 0; i < config().units; ++i) {
      make_unit(i, u);
      bytes += u.en.size();
    }
  }
  benchmark::DoNotOptimize(bytes);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * config().units));
}

void tmx_import(benchmark::State& state) {
  const std::string& path = input_file();
  std::size_t n = 0;
  for (auto _ : state)
    n += import_file(path);
  state.SetItemsProcessed(static_cast<std::int64_t>(n));
}

void bare_libxml2(benchmark::State& state) {
  const std::string& path = input_file();
  std::size_t n = 0;
  for (auto _ : state)
    n += bare_parse(path);
  state.SetItemsProcessed(static_cast<std::int64_t>(n));
}

long peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// One operation in this fresh process; peak RSS is the process's high-water mark.
int rss_mode(const std::string& what) {
  (void)pairs();
  std::string file = config().file;
  const bool own_file = file.empty() && what != "export";
  if (own_file) {
    file = temp_path("rss");
    export_to(file);
  }
  const long before = peak_rss_mb();
  const auto start = std::chrono::steady_clock::now();
  std::size_t n = 0;
  if (what == "export") n = export_to(temp_path("rss-export"));
  if (what == "import") n = import_file(file);
  if (what == "bare") n = bare_parse(file);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %zu TU in %.2f s = %.0f TU/s; peak RSS %ld MB (%ld MB before the run%s)\n",
              what.c_str(), n, seconds, static_cast<double>(n) / seconds, peak_rss_mb(), before,
              own_file ? ", after making the input file" : "");
  std::filesystem::remove(temp_path("rss-export"));
  if (!file.empty()) {
    std::printf("file: %.0f MB\n", static_cast<double>(std::filesystem::file_size(file)) / 1e6);
    if (own_file) std::filesystem::remove(file);
  }
  return 0;
}

}  // namespace

// Names are <what>/<group>: report.py compares each with its group's reference. Rates are per
// wall-clock second (UseRealTime): CPU time would leave out the waits for the disk.
#define MIZAN_TMX_BENCHMARK(function, name) \
  BENCHMARK(function)->Name(name)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime()
MIZAN_TMX_BENCHMARK(generate_units, "generate_units/units");
MIZAN_TMX_BENCHMARK(raw_write, "raw_write/export");
MIZAN_TMX_BENCHMARK(tmx_export, "tmx_export/export");
MIZAN_TMX_BENCHMARK(bare_libxml2, "bare_libxml2/import");
MIZAN_TMX_BENCHMARK(tmx_import, "tmx_import/import");

int main(int argc, char** argv) {
  std::vector<char*> rest = {argv[0]};
  std::string rss, make;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--rss" && i + 1 < argc) {
      rss = argv[++i];
    } else if (a == "--make" && i + 1 < argc) {
      make = argv[++i];
    } else if (a == "--file" && i + 1 < argc) {
      config().file = argv[++i];
    } else if (a == "--units" && i + 1 < argc) {
      config().units = std::stoul(argv[++i]);
    } else if (a.rfind("--", 0) == 0) {
      rest.push_back(argv[i]);
    } else {
      config().tsv = a;
    }
  }
  if (!make.empty()) {
    std::printf("%s: %zu TU\n", make.c_str(), export_to(make));
    return 0;
  }
  if (!rss.empty()) return rss_mode(rss);
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if (input_made()) std::filesystem::remove(input_file());
  return 0;
}
