// Test driver for the exchange formats, used by the end-to-end checks with real CAT tools
// (tests/cli/tmx_clients_test.sh) until `mizan export` / `mizan import` run over the store:
//
//   formats_tool seed CORPUS_DIR --tmx OUT | --tsv OUT | --moses PREFIX  [--srclang en|ar|all]
//                [--en-locale L] [--ar-locale L]
//       units from a corpus folder's reference alignment (en.sent, ar.sent, gold.beads)
//   formats_tool dump FILE.tmx|FILE.tsv     every unit and the summary as JSON lines
//   formats_tool roundtrip IN.tmx OUT.tmx   import, number the units as a fresh store would,
//                                           export (header creationdate from SOURCE_DATE_EPOCH)

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "mizan/core/error.hpp"
#include "mizan/formats/moses.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tmx_writer.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "mizan/text/input.hpp"

namespace {

using namespace mizan;
using namespace mizan::formats;

// Fixed dates keep the files reproducible: the seed document's own date.
constexpr std::int64_t kSeedDate = 1736150400;  // 2025-01-06T08:00:00Z

std::vector<std::string> lines_of(const std::string& path) {
  std::istringstream in(text::read_text_file(path));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

std::vector<int> indices(const std::string& list) {  // "3,4" -> {3, 4}; "" -> {}
  std::vector<int> out;
  std::istringstream in(list);
  for (std::string n; std::getline(in, n, ',');)
    if (!n.empty()) out.push_back(std::stoi(n));
  return out;
}

std::string join(const std::vector<std::string>& sentences, const std::vector<int>& which) {
  std::string out;
  for (int i : which)
    out += (out.empty() ? "" : " ") + sentences.at(static_cast<std::size_t>(i));
  return out;
}

// Beads "[i,j]:[k]" of gold.beads as units; beads with an empty side carry no translation.
std::vector<TranslationUnit> seed_units(const std::filesystem::path& dir) {
  const auto en = lines_of((dir / "en.sent").string());
  const auto ar = lines_of((dir / "ar.sent").string());
  std::vector<std::pair<std::vector<int>, std::vector<int>>> beads;
  for (const std::string& bead : lines_of((dir / "gold.beads").string())) {
    const auto colon = bead.find("]:[");
    if (bead.size() < 5 || colon == std::string::npos) continue;
    beads.emplace_back(indices(bead.substr(1, colon - 1)),
                       indices(bead.substr(colon + 3, bead.size() - colon - 4)));
  }
  std::vector<TranslationUnit> units;
  for (std::size_t b = 0; b < beads.size(); ++b) {
    const auto& [e, a] = beads[b];
    if (e.empty() || a.empty()) continue;
    TranslationUnit u;
    u.id = static_cast<std::int64_t>(units.size()) + 1;
    u.en = join(en, e);
    u.ar = join(ar, a);
    u.origins = {{dir.filename().string(), e.front()}};
    u.created = u.changed = kSeedDate;
    u.creator = "gold.beads";
    if (b > 0) {
      u.prev_en = join(en, beads[b - 1].first);
      u.prev_ar = join(ar, beads[b - 1].second);
    }
    if (b + 1 < beads.size()) {
      u.next_en = join(en, beads[b + 1].first);
      u.next_ar = join(ar, beads[b + 1].second);
    }
    units.push_back(std::move(u));
  }
  return units;
}

std::string json(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string diagnostics_json(const Diagnostics& d) {
  std::string out = "[";
  for (const Diagnostic& item : d.items()) {
    out += (out.size() > 1 ? "," : "") + std::string("{\"record\":") + json(item.record) +
           ",\"line\":" + std::to_string(item.where.line) + ",\"message\":" + json(item.message) +
           "}";
  }
  return out + "]";
}

std::int64_t source_date_epoch() {
  const char* s = std::getenv("SOURCE_DATE_EPOCH");
  return s != nullptr ? std::atoll(s) : kSeedDate;
}

int seed(const std::vector<std::string>& args) {
  TmxWriteOptions options{.creation_date = source_date_epoch()};
  std::string tmx, tsv, moses;
  for (std::size_t i = 1; i + 1 < args.size(); i += 2) {
    const std::string& k = args[i];
    const std::string& v = args[i + 1];
    if (k == "--tmx") tmx = v;
    if (k == "--tsv") tsv = v;
    if (k == "--moses") moses = v;
    if (k == "--en-locale") options.en_locale = v;
    if (k == "--ar-locale") options.ar_locale = v;
    if (k == "--srclang") {
      options.srclang = v == "ar"    ? TmxSourceLanguage::kArabic
                        : v == "all" ? TmxSourceLanguage::kAll
                                     : TmxSourceLanguage::kEnglish;
    }
  }
  const auto units = seed_units(args.at(0));
  auto write_all = [&](UnitWriter& w) {
    for (const TranslationUnit& u : units)
      w.write(u);
    w.finish();
  };
  if (!tmx.empty()) {
    AtomicOutputFile out(tmx);
    TmxWriter w(out.sink(), options);
    write_all(w);
    out.commit();
  }
  if (!tsv.empty()) {
    AtomicOutputFile out(tsv);
    TsvWriter w(out.sink());
    write_all(w);
    out.commit();
  }
  if (!moses.empty()) {
    AtomicOutputFile en(moses + ".en"), ar(moses + ".ar");
    MosesWriter w(en.sink(), ar.sink());
    write_all(w);
    en.commit();
    ar.commit();
  }
  return 0;
}

int dump(const std::string& path) {
  auto print = [](ImportedUnit&& i) {
    const TranslationUnit& u = i.unit;
    std::cout << "{\"tuid\":" << json(i.record_id) << ",\"line\":" << i.where.line
              << ",\"en\":" << json(u.en) << ",\"ar\":" << json(u.ar)
              << ",\"en_markup\":" << json(u.en_markup) << ",\"ar_markup\":" << json(u.ar_markup)
              << ",\"en_locale\":" << json(u.en_locale) << ",\"ar_locale\":" << json(u.ar_locale)
              << ",\"source\":" << json(language_code(u.source_language))
              << ",\"created\":" << u.created << ",\"changed\":" << u.changed
              << ",\"notes\":" << json(u.notes) << ",\"props\":" << u.props.size() << "}\n";
  };
  const bool is_tsv = path.size() > 4 && path.substr(path.size() - 4) == ".tsv";
  const ImportSummary summary =
      is_tsv ? read_tsv_file(path, print) : read_tmx_file(path, print).summary;
  std::cout << "{\"summary\":true,\"units\":" << summary.units
            << ",\"skipped_count\":" << summary.skipped_count
            << ",\"skipped\":" << diagnostics_json(summary.skipped)
            << ",\"warnings\":" << diagnostics_json(summary.warnings) << "}\n";
  return 0;
}

int roundtrip(const std::string& in, const std::string& out_path) {
  AtomicOutputFile out(out_path);
  TmxWriter writer(out.sink(), {.creation_date = source_date_epoch()});
  std::int64_t id = 0;
  read_tmx_file(in, [&](ImportedUnit&& u) {
    u.unit.id = ++id;
    writer.write(u.unit);
  });
  writer.finish();
  out.commit();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.size() >= 2 && args[0] == "seed")
      return seed(std::vector<std::string>(args.begin() + 1, args.end()));
    if (args.size() == 2 && args[0] == "dump") return dump(args[1]);
    if (args.size() == 3 && args[0] == "roundtrip") return roundtrip(args[1], args[2]);
  } catch (const Error& e) {
    std::cerr << "formats_tool: " << e.what() << "\n";
    return static_cast<int>(e.code());
  }
  std::cerr << "usage: formats_tool seed DIR --tmx|--tsv|--moses OUT | dump FILE | roundtrip IN "
               "OUT\n";
  return 64;
}
