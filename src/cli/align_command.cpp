// mizan align: pairs the sentences of an English document with those of its Arabic translation.

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "common.hpp"
#include "glossary_options.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/align/report.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/output_file.hpp"
#include "mizan/pipeline/document.hpp"
#include "mizan/pipeline/lexicon.hpp"
#include "mizan/pipeline/pair_check.hpp"
#include "mizan/pipeline/units.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

struct AlignCommandOptions {
  std::string en_file, ar_file;
  std::string format = "beads";
  std::string paragraphs = "auto";
  std::vector<std::string> srx;
  std::string report, dict, beads;
  pipeline::AnchorGlossaryOptions glossary;
  DbOptions db;
  double min_score = 0;
  bool presegmented = false, lossy = false, force = false;
};

std::string ids(std::size_t begin, std::size_t count) {
  std::string s;
  for (std::size_t k = 0; k < count; ++k) {
    if (k) s += ',';
    s += std::to_string(begin + k);
  }
  return s;
}

std::string score_text(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// How the user of `mizan align` says which file is the English one.
constexpr std::string_view kAlignOrderHint =
    "the English file comes first (mizan align EN_FILE AR_FILE)";

// A pair that is no translation is refused, naming --force; forced, it is a warning, as is an
// uneven pair.
void act_on(const pipeline::PairCheck& check, bool force) {
  if (check.verdict == pipeline::PairVerdict::kNotAPair && !force)
    throw Error(ExitCode::kDataError, check.problem + " (--force aligns anyway)");
  if (check.verdict != pipeline::PairVerdict::kPair)
    std::cerr << "mizan align: warning: " << check.problem << "\n";
}

// The memory whose lexicon the aligner starts from: the database when there is one. One this
// build cannot read (another program's file, a newer mizan's) costs the lexicon, not the
// alignment, as it costs the glossary anchors.
std::unique_ptr<tm::Store> memory_for_lexicon(const DbOptions& db) {
  if (!std::filesystem::exists(resolve_db_path(db))) return nullptr;
  try {
    return open_store(db, StoreUse::kRead);
  } catch (const Error& e) {
    if (e.code() != ExitCode::kConfig) throw;
    std::cerr << "mizan align: warning: no word translations from the database: " << e.what()
              << "\n";
    return nullptr;
  }
}

}  // namespace

int run_align(const std::vector<std::string>& args) {
  AlignCommandOptions o;
  align::AlignerOptions ao;
  po::options_description options("options");
  options.add_options()(
      "format", po::value(&o.format)->default_value("beads"),
      "beads ([0]:[0] per line), tsv (en_ids ar_ids score en_text ar_text) or json")(
      "presegmented", "inputs hold one sentence per line (a blank line ends a paragraph)")(
      "paragraphs", po::value(&o.paragraphs)->default_value("auto"),
      "paragraph delimiting when segmenting: lines, blank or auto")(
      "srx", po::value(&o.srx)->composing(), "SRX 2.0 rules instead of the built-in ones")(
      "report", po::value(&o.report), "also write a side-by-side HTML review page to FILE")(
      "dict", po::value(&o.dict),
      "bilingual dictionary in dictd format, e.g. /usr/share/dictd/freedict-eng-ara")(
      "min-score", po::value(&o.min_score)->default_value(0.0),
      "beads with a lower confidence (0-1) are not kept: their sentences come out unaligned")(
      "beads", po::value(&o.beads),
      "use this bead file instead of aligning (to review or convert an alignment)")(
      "no-length", "ablation: no sentence-length model")(
      "no-anchors", "ablation: no anchors (numbers, dates, Latin tokens, names, quotes, glossary)")(
      "no-names", "ablation: no proper-name anchors by transliteration")(
      "no-lexical", "ablation: no lexical model learnt from the input (single pass)")(
      "no-paragraphs", "ablation: ignore paragraph boundaries")(
      "no-memory-lexicon",
      "do not start from the word translations the database (--db) has learnt from earlier "
      "documents and imported units")(
      "no-furniture", "ablation: no page-furniture rules (headers, date lines, notices)")(
      "no-cldr-names", "ablation: no country and city anchors from ICU's CLDR names")(
      "force", "align even when the files look like no translation pair")(
      "lossy", "replace invalid UTF-8 with U+FFFD instead of failing")(
      "en", po::value(&o.en_file), "English file")("ar", po::value(&o.ar_file), "Arabic file");
  add_anchor_glossary_options(options, o.glossary);
  add_db_options(options, o.db);
  po::positional_options_description positional;
  positional.add("en", 1).add("ar", 1);
  po::variables_map vm;
  if (parse_command_line(
          args, "mizan align [OPTIONS] EN_FILE AR_FILE",
          "  mizan align corpora/centcom-2025-01-06/en.txt corpora/centcom-2025-01-06/ar.txt\n"
          "  mizan align --format tsv --dict /usr/share/dictd/freedict-eng-ara \\\n"
          "      --report review.html en.txt ar.txt\n"
          "  mizan align --glossary glossary/press-release.tsv en.txt ar.txt",
          options, positional, vm)) {
    return 0;
  }
  if (o.en_file.empty() || o.ar_file.empty()) {
    throw Error(ExitCode::kUsage, "two files are needed: EN_FILE AR_FILE (see --help)");
  }
  if (o.format != "beads" && o.format != "tsv" && o.format != "json") {
    throw Error(ExitCode::kUsage, "--format must be beads, tsv or json, not \"" + o.format + "\"");
  }
  require_in_range(o.min_score, "--min-score", 0, 1);
  o.presegmented = vm.count("presegmented") > 0;
  o.lossy = vm.count("lossy") > 0;
  o.force = vm.count("force") > 0;
  ao.use_length = !vm.count("no-length");
  ao.use_anchors = !vm.count("no-anchors");
  ao.use_names = !vm.count("no-names");
  ao.use_lexical = !vm.count("no-lexical");
  ao.use_paragraphs = !vm.count("no-paragraphs");
  ao.use_furniture = !vm.count("no-furniture");
  ao.use_cldr_names = !vm.count("no-cldr-names");

  std::vector<std::string> inputs = {o.en_file, o.ar_file, o.dict, o.beads, o.glossary.file};
  inputs.insert(inputs.end(), o.srx.begin(), o.srx.end());
  refuse_overwriting_inputs({o.report}, std::move(inputs), o.db);

  pipeline::DocumentOptions read_options;
  read_options.presegmented = o.presegmented;
  read_options.lossy = o.lossy;
  read_options.srx = o.srx;
  // --paragraphs only matters (and is only checked) when segmenting.
  if (!o.presegmented) read_options.paragraphs = parse_paragraph_mode(o.paragraphs);
  const pipeline::DocumentPair pair =
      pipeline::read_document_pair(o.en_file, o.ar_file, read_options);
  const std::vector<std::string>& en = pair.en.sentences;
  const std::vector<std::string>& ar = pair.ar.sentences;

  std::vector<align::Bead> beads;
  align::ReportOptions ro;
  if (!o.beads.empty()) {
    beads = pipeline::read_bead_file(o.beads, pair);
  } else {
    act_on(pipeline::check_pair(pair, kAlignOrderHint), o.force);
    if (!o.dict.empty()) ao.dictionary = pipeline::read_dictionary(o.dict, {&pair, 1});
    if (ao.use_anchors) ao.glossary = anchor_glossary(o.glossary, o.db, "align");
    pipeline::PriorUse prior_use;
    const std::unique_ptr<tm::Store> memory =
        vm.count("no-memory-lexicon") || !ao.use_lexical ? nullptr : memory_for_lexicon(o.db);
    if (memory) ao.prior_lexicon = pipeline::memory_lexicon(*memory, &prior_use);
    ProgressBar progress("aligning");
    ao.progress = progress.callback();
    align::SentenceAligner aligner(std::move(ao));
    align::Alignment alignment = pipeline::align_pair(aligner, pair);
    progress.finish();
    if (prior_use.known_pairs > 0) {
      std::cerr << "mizan align: lexical model started from " << prior_use.known_pairs
                << " word translations learnt by " << resolve_db_path(o.db)
                << " (--no-memory-lexicon leaves them out)\n";
    }
    beads = std::move(alignment.beads);
    ro.en_furniture = std::move(alignment.en_furniture);
    ro.ar_furniture = std::move(alignment.ar_furniture);
  }
  beads = pipeline::unalign_low_confidence(beads, {.min_confidence = o.min_score});

  // The report first: if it cannot be written, nothing went to stdout either.
  if (!o.report.empty()) {
    ro.en_name = o.en_file;
    ro.ar_name = o.ar_file;
    ro.min_score = o.min_score;
    formats::AtomicOutputFile report(o.report);
    report.write(align::html_report(en, ar, beads, ro));
    report.commit();
  }

  Output out;
  if (o.format == "beads") {
    for (const align::Bead& b : beads)
      out.line(align::format_bead(b));
  } else if (o.format == "tsv") {
    out.line("en_ids\tar_ids\tscore\ten_text\tar_text");
    for (const align::Bead& b : beads) {
      out.line(ids(b.en_begin, b.en_count) + "\t" + ids(b.ar_begin, b.ar_count) + "\t" +
               score_text(b.confidence) + "\t" + align::bead_text(en, b.en_begin, b.en_count) +
               "\t" + align::bead_text(ar, b.ar_begin, b.ar_count));
    }
  } else {
    out.write("[");
    for (std::size_t k = 0; k < beads.size(); ++k) {
      const align::Bead& b = beads[k];
      out.write(k == 0 ? "\n" : ",\n");
      out.write("{\"en\":[" + ids(b.en_begin, b.en_count) + "],\"ar\":[" +
                ids(b.ar_begin, b.ar_count) + "],\"type\":\"" + std::to_string(b.en_count) + "-" +
                std::to_string(b.ar_count) + "\",\"score\":" + score_text(b.confidence) +
                ",\"en_text\":" + json_string(align::bead_text(en, b.en_begin, b.en_count)) +
                ",\"ar_text\":" + json_string(align::bead_text(ar, b.ar_begin, b.ar_count)) + "}");
    }
    out.write(beads.empty() ? "]\n" : "\n]\n");
  }
  out.flush();
  return 0;
}

}  // namespace mizan::cli
