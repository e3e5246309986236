// Term recognition and glossary import at scale: a 100,000-entry glossary over 1,000,000
// segments per language (the goal: >= 20,000 segments/s on one core), and an import of
// 100,000 TBX entries (goal: <= 5 s). The reference measured in the same run is bare ICU word
// tokenization of the same segments (WordTokenizer), the floor under any recogniser.
//
//   cmake --build build --target bench
//   build/tests/bench/term_bench [--data=tests/data/l10n-en-ar.tsv] [--segments=1000000]
//                                [--entries=100000] [google benchmark flags]
//
// Data, generated deterministically from the l10n-en-ar.tsv string pairs (software UI text, used
// only as realistic word material): segments are the pairs repeated with variations (numbers
// changed, a word dropped, a conjunction or preposition attached to an Arabic word); glossary
// entries are the pairs' short strings and 1-3 word windows of the pairs (so the text is full of
// terms, and many entries share prefixes), plus the shipped press-release glossary.

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "mizan/formats/glossary_tsv.hpp"
#include "mizan/formats/tbx.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/tokenize.hpp"
#include "mizan/tm/sqlite_term_store.hpp"

namespace {

using mizan::Language;
using mizan::TermEntry;

struct Config {
  std::string data = MIZAN_PAIRS_TSV;
  std::size_t segments = 1'000'000;
  std::size_t entries = 100'000;
};
Config& config() {
  static Config c;
  return c;
}

struct Pair {
  std::string en, ar;
};

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& w, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i)
    out += (i > from ? " " : "") + w[i];
  return out;
}

const std::vector<Pair>& pairs() {
  static const std::vector<Pair> p = [] {
    std::vector<Pair> out;
    const std::string data = mizan::text::read_text_file(config().data);
    std::size_t start = data.find('\n') + 1;  // header
    while (start < data.size()) {
      std::size_t end = data.find('\n', start);
      if (end == std::string::npos) end = data.size();
      const std::string line = data.substr(start, end - start);
      start = end + 1;
      const std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      if (t1 == std::string::npos) continue;
      Pair pr{line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1)};
      if (!pr.en.empty() && !pr.ar.empty()) out.push_back(std::move(pr));
    }
    return out;
  }();
  return p;
}

// Segment i: pair i mod P, varied by round i / P.
const std::vector<std::string>& segments(Language lang) {
  static std::vector<std::string> en, ar;
  std::vector<std::string>& out = lang == Language::kEnglish ? en : ar;
  if (!out.empty()) return out;
  const std::vector<Pair>& p = pairs();
  std::mt19937 rng(20250106);
  static const char* kClitics[] = {"و", "ب", "ل", "وال", "بال"};
  out.reserve(config().segments);
  for (std::size_t i = 0; i < config().segments; ++i) {
    const Pair& pr = p[i % p.size()];
    const std::size_t round = i / p.size();
    std::string s = lang == Language::kEnglish ? pr.en : pr.ar;
    if (round > 0) {
      for (char& c : s) {
        if (c >= '0' && c <= '9') c = static_cast<char>('0' + (c - '0' + round) % 10);
      }
      std::vector<std::string> w = words_of(s);
      if (w.size() > 3 && round % 4 == 2) w.erase(w.begin() + static_cast<long>(rng() % w.size()));
      if (lang == Language::kArabic && !w.empty() && round % 3 == 1) {
        std::string& word = w[rng() % w.size()];
        word = kClitics[rng() % 5] + word;
      }
      s = join(w, 0, w.size());
    }
    out.push_back(std::move(s));
  }
  return out;
}

const mizan::term::Glossary& big_glossary() {
  static const mizan::term::Glossary g = [] {
    mizan::term::Glossary out;
    mizan::Diagnostics d;
    const std::string shipped = std::string(MIZAN_SOURCE_DIR) + "/glossary/press-release.tsv";
    mizan::term::import_entries(
        out, mizan::formats::parse_glossary_tsv(mizan::text::read_text_file(shipped), shipped, d),
        d, false);
    const std::vector<Pair>& p = pairs();
    std::mt19937 rng(42);
    auto add = [&](std::string en, std::string ar) {
      TermEntry e;
      e.en = std::move(en);
      e.ar = std::move(ar);
      if (!mizan::term::entry_problem(e).empty()) return;
      out.add(std::move(e));
    };
    for (const Pair& pr : p) {
      if (out.size() >= config().entries) break;
      if (words_of(pr.en).size() <= 4) add(pr.en, pr.ar);
    }
    while (out.size() < config().entries) {
      const Pair& pr = p[rng() % p.size()];
      const std::vector<std::string> we = words_of(pr.en), wa = words_of(pr.ar);
      if (we.empty() || wa.empty()) continue;
      const std::size_t ne = 1 + rng() % std::min<std::size_t>(3, we.size());
      const std::size_t na = 1 + rng() % std::min<std::size_t>(3, wa.size());
      const std::size_t be = rng() % (we.size() - ne + 1), ba = rng() % (wa.size() - na + 1);
      add(join(we, be, be + ne), join(wa, ba, ba + na));
    }
    return out;
  }();
  return g;
}

const mizan::term::Recognizer& recognizer() {
  static const mizan::term::Recognizer r(big_glossary());
  return r;
}

void tokenize(benchmark::State& state, Language lang) {
  const std::vector<std::string>& segs = segments(lang);
  mizan::text::WordTokenizer tokenizer;
  std::vector<mizan::text::Token> tokens;
  std::size_t n = 0;
  for (auto _ : state) {
    for (const std::string& s : segs) {
      tokenizer.tokenize(s, tokens);
      n += tokens.size();
    }
  }
  benchmark::DoNotOptimize(n);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * segs.size()));
}

void recognize(benchmark::State& state, Language lang) {
  const std::vector<std::string>& segs = segments(lang);
  const mizan::term::Recognizer& r = recognizer();
  mizan::term::Recognizer::Scratch scratch;
  std::size_t matches = 0;
  for (auto _ : state) {
    for (const std::string& s : segs)
      matches += r.find(s, lang, scratch).size();
  }
  state.counters["terms_per_segment"] =
      static_cast<double>(matches) / static_cast<double>(state.iterations() * segs.size());
  state.counters["glossary_entries"] = static_cast<double>(big_glossary().size());
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * segs.size()));
}

void build_recognizer(benchmark::State& state) {
  const mizan::term::Glossary& g = big_glossary();
  for (auto _ : state) {
    mizan::term::Recognizer r(g);
    benchmark::DoNotOptimize(r.trie_nodes());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g.size()));
}

const std::string& big_tbx() {
  static const std::string xml =
      mizan::formats::write_tbx(big_glossary().entries(), mizan::formats::TbxEdition::k2019);
  return xml;
}

// The import as `mizan term import --db` does it: parse, validate and merge into the glossary,
// then save it into a new memory database (SQLite, one transaction).
void tbx_import(benchmark::State& state) {
  const std::string& xml = big_tbx();
  const std::filesystem::path db = std::filesystem::temp_directory_path() /
                                   ("mizan-term-bench-" + std::to_string(::getpid()) + ".db");
  std::size_t entries = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(db.string() + suffix);
    state.ResumeTiming();
    mizan::Diagnostics d;
    mizan::term::Glossary g;
    mizan::term::import_entries(g, mizan::formats::parse_tbx(xml, "big.tbx", d), d, false);
    mizan::tm::open_sqlite_term_store({.path = db.string(), .create = true})->save(g);
    entries = g.size();
  }
  for (const char* suffix : {"", "-wal", "-shm"})
    std::filesystem::remove(db.string() + suffix);
  state.counters["entries"] = static_cast<double>(entries);
  state.counters["tbx_mb"] = static_cast<double>(xml.size()) / 1e6;
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * entries));
}

void tbx_parse_only(benchmark::State& state) {
  const std::string& xml = big_tbx();
  for (auto _ : state) {
    mizan::Diagnostics d;
    benchmark::DoNotOptimize(mizan::formats::parse_tbx(xml, "big.tbx", d).size());
  }
}

}  // namespace

BENCHMARK_CAPTURE(tokenize, en, Language::kEnglish)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(recognize, en, Language::kEnglish)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(tokenize, ar, Language::kArabic)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(recognize, ar, Language::kArabic)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(build_recognizer)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(tbx_parse_only)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(tbx_import)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv) {
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    const std::string a = argv[i];
    if (a.rfind("--data=", 0) == 0) {
      config().data = a.substr(7);
    } else if (a.rfind("--segments=", 0) == 0) {
      config().segments = std::stoul(a.substr(11));
    } else if (a.rfind("--entries=", 0) == 0) {
      config().entries = std::stoul(a.substr(10));
    } else {
      rest.push_back(argv[i]);
    }
  }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  if (benchmark::ReportUnrecognizedArguments(n, rest.data())) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
