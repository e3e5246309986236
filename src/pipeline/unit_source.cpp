#include "mizan/pipeline/unit_source.hpp"

#include <string_view>

#include "mizan/core/error.hpp"
#include "mizan/formats/tmx_reader.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "mizan/pipeline/document.hpp"
#include "mizan/pipeline/glossary_source.hpp"
#include "mizan/pipeline/pair_check.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::pipeline {
namespace {

// How the user of `mizan term` says which file is the English one.
constexpr std::string_view kTermOrderHint = "--en takes the English file, --ar the Arabic";

// The units of one document pair: its beads, given or found by the aligner.
std::size_t for_each_aligned_unit(const UnitSourceOptions& source, const term::Glossary* anchors,
                                  const UnitVisitor& visit, UnitSourceSummary& summary) {
  DocumentOptions read;
  read.presegmented = source.presegmented;
  const DocumentPair pair = read_document_pair(source.en, source.ar, read);
  std::vector<align::Bead> beads;
  if (!source.beads.empty()) {
    beads = read_bead_file(source.beads, pair);
  } else {
    PairCheck check = check_pair(pair, kTermOrderHint);
    if (check.verdict == PairVerdict::kNotAPair) throw Error(ExitCode::kDataError, check.problem);
    if (check.verdict == PairVerdict::kUneven) summary.warnings.push_back(std::move(check.problem));
    align::AlignerOptions options;
    if (anchors != nullptr) options.glossary = anchor_terms(*anchors);
    align::SentenceAligner aligner(std::move(options));
    beads = align_pair(aligner, pair).beads;
  }
  return for_each_unit(pair, beads, source.filter, visit);
}

}  // namespace

UnitSourceKind unit_source_kind(const UnitSourceOptions& u) {
  const int given = !u.tmx.empty() + !u.tsv.empty() + (!u.en.empty() || !u.ar.empty());
  if (given > 1) throw Error(ExitCode::kUsage, "give one of --tmx, --tsv, --en/--ar");
  const bool pair = !u.en.empty() || !u.ar.empty();
  if (pair && (u.en.empty() || u.ar.empty()))
    throw Error(ExitCode::kUsage, "--en and --ar go together");
  if (!pair && (!u.beads.empty() || u.presegmented))
    throw Error(ExitCode::kUsage, "--beads and --presegmented go with --en and --ar");
  if (!(u.filter.min_confidence >= 0 && u.filter.min_confidence <= 1))  // NaN too
    throw Error(ExitCode::kUsage, "--min-score must be between 0 and 1");
  if (!u.tmx.empty()) return UnitSourceKind::kTmx;
  if (!u.tsv.empty()) return UnitSourceKind::kTsv;
  return pair ? UnitSourceKind::kPair : UnitSourceKind::kMemory;
}

UnitSourceSummary for_each_unit(const UnitSourceOptions& options, tm::Store* memory,
                                const term::Glossary* anchors, const UnitVisitor& visit) {
  UnitSourceSummary summary;
  switch (unit_source_kind(options)) {
    case UnitSourceKind::kMemory:
      if (memory == nullptr) throw Error(ExitCode::kSoftware, "no memory to read the units of");
      memory->for_each_unit([&](const TranslationUnit& u) {
        ++summary.units;
        visit(u);
      });
      return summary;
    case UnitSourceKind::kPair:
      summary.units = for_each_aligned_unit(options, anchors, visit, summary);
      return summary;
    case UnitSourceKind::kTmx:
    case UnitSourceKind::kTsv:
      break;
  }
  // Files: units numbered as read, the file and line as their origin.
  const formats::UnitCallback on_unit = [&](formats::ImportedUnit&& imported) {
    TranslationUnit& u = imported.unit;
    u.id = static_cast<std::int64_t>(++summary.units);
    if (u.origins.empty()) u.origins.push_back({imported.where.file, imported.where.line});
    visit(u);
  };
  summary.skipped = !options.tmx.empty()
                        ? formats::read_tmx_file(options.tmx, on_unit).summary.skipped
                        : formats::read_tsv_file(options.tsv, on_unit).skipped;
  return summary;
}

}  // namespace mizan::pipeline
