#include "term_support.hpp"

#include <filesystem>

#include "document_pair.hpp"
#include "glossary_options.hpp"
#include "mizan/align/aligner.hpp"
#include "mizan/align/beads.hpp"
#include "mizan/core/error.hpp"
#include "mizan/formats/tmx.hpp"
#include "mizan/formats/tsv_bitext.hpp"
#include "mizan/segment/segmenter.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/script.hpp"

namespace mizan::cli {
namespace {

namespace fs = std::filesystem;

// The units of one document pair: its beads, given or found by the aligner (anchored on
// `glossary` when there is one), each with at least one sentence on both sides.
std::size_t for_each_aligned_unit(const UnitSourceOptions& src, const term::Glossary* glossary,
                                  const UnitVisitor& visit) {
  DocumentSide en, ar;
  if (src.presegmented) {
    en = read_presegmented(src.en, /*lossy=*/false);
    ar = read_presegmented(src.ar, /*lossy=*/false);
  } else {
    const segment::Segmenter segmenter(load_rules({}));
    en = segment_file(src.en, Language::kEnglish, segmenter);
    ar = segment_file(src.ar, Language::kArabic, segmenter);
  }
  std::vector<align::Bead> beads;
  if (!src.beads.empty()) {
    beads = align::parse_beads(text::read_text_file(src.beads), src.beads, en.sentences.size(),
                               ar.sentences.size());
  } else {
    check_pair(en, ar, src.en, src.ar, BadPair::kRefuse, "term");
    align::AlignerOptions options;
    if (glossary != nullptr) options.glossary = anchor_terms(*glossary);
    beads = align::SentenceAligner(std::move(options))
                .align(en.sentences, ar.sentences, en.paragraphs, ar.paragraphs)
                .beads;
  }
  // The folder is the document, as mizan ingest names it.
  std::string document = fs::path(src.en).parent_path().filename().string();
  if (document.empty()) document = src.en;
  std::size_t count = 0;
  for (const align::Bead& b : beads) {
    if (b.is_null() || (src.beads.empty() && b.confidence < src.min_score)) continue;
    TranslationUnit u = align::bead_unit(b, en.sentences, ar.sentences, document);
    u.id = static_cast<std::int64_t>(++count);
    visit(u);
  }
  return count;
}

}  // namespace

term::Glossary load_glossary(const DbOptions& db, const std::string& file) {
  term::Glossary g;
  if (!file.empty()) {
    Diagnostics problems;
    term::import_entries(g, read_glossary_entries(file, formats::GlossaryFormat::kAuto, problems),
                         problems, /*strict=*/false);
    print_diagnostics(problems, "term");
    if (g.empty()) throw Error(ExitCode::kDataError, "no glossary entries in the file", {file});
    return g;
  }
  g = open_term_store(db, StoreUse::kRead)->load();
  if (g.empty()) {
    throw Error(ExitCode::kNoInput, "no glossary in this database (add one with mizan term import)",
                {.file = resolve_db_path(db)});
  }
  return g;
}

void add_glossary_file_option(po::options_description& options, std::string& file) {
  options.add_options()("glossary", po::value(&file),
                        "use the glossary of this file (mizan TSV, TBX, OmegaT) instead of the "
                        "one in the database");
}

Language language_of(const std::string& lang, std::string_view text) {
  if (lang != "auto") return parse_language(lang, "--lang");
  return text::dominant_script(text) == text::Script::kArabic ? Language::kArabic
                                                              : Language::kEnglish;
}

void require_format(const std::string& format, std::initializer_list<std::string_view> allowed) {
  for (std::string_view a : allowed) {
    if (format == a) return;
  }
  std::string list;
  for (std::string_view a : allowed)
    list += (list.empty() ? "" : ", ") + std::string(a);
  throw Error(ExitCode::kUsage, "--format must be one of " + list + ", not \"" + format + "\"");
}

std::string input_text(const std::vector<std::string>& words) {
  if (words.empty() || (words.size() == 1 && words[0] == "-"))
    return text::clean(text::read_text_file("-"));
  std::string joined;
  for (const std::string& w : words)
    joined += (joined.empty() ? "" : " ") + w;
  if (text::find_invalid_utf8(joined) != std::string::npos)
    throw Error(ExitCode::kDataError, "the text is not valid UTF-8");
  return text::clean(joined);
}

void add_unit_source_options(po::options_description& options, UnitSourceOptions& u) {
  options.add_options()("tmx", po::value(&u.tmx), "the units of a TMX file instead of the memory")(
      "tsv", po::value(&u.tsv),
      "the units of a TSV bitext instead of the memory (English<TAB>Arabic lines, header "
      "en<TAB>ar optional)")("en", po::value(&u.en),
                             "an English document to align with --ar instead of the memory "
                             "(segmented and aligned as mizan align does)")(
      "ar", po::value(&u.ar), "its Arabic translation")(
      "presegmented", po::bool_switch(&u.presegmented),
      "--en and --ar hold one sentence per line (a blank line ends a paragraph)")(
      "beads", po::value(&u.beads),
      "the alignment of --en and --ar ([0]:[0], [1,2]:[1], []:[2] per line, as mizan align "
      "writes) instead of aligning them")(
      "min-score", po::value(&u.min_score)->default_value(0.5),
      "aligned --en/--ar beads with a lower confidence (0-1) are left out, as mizan ingest "
      "sets them aside");
}

UnitSource unit_source(const UnitSourceOptions& u) {
  const int given = !u.tmx.empty() + !u.tsv.empty() + (!u.en.empty() || !u.ar.empty());
  if (given > 1) throw Error(ExitCode::kUsage, "give one of --tmx, --tsv, --en/--ar");
  const bool pair = !u.en.empty() || !u.ar.empty();
  if (pair && (u.en.empty() || u.ar.empty()))
    throw Error(ExitCode::kUsage, "--en and --ar go together");
  if (!pair && (!u.beads.empty() || u.presegmented))
    throw Error(ExitCode::kUsage, "--beads and --presegmented go with --en and --ar");
  if (u.min_score < 0 || u.min_score > 1)
    throw Error(ExitCode::kUsage, "--min-score must be between 0 and 1");
  if (!u.tmx.empty()) return UnitSource::kTmx;
  if (!u.tsv.empty()) return UnitSource::kTsv;
  return pair ? UnitSource::kPair : UnitSource::kMemory;
}

std::size_t for_each_unit(const UnitSourceOptions& src, const DbOptions& db,
                          const term::Glossary* glossary, const UnitVisitor& visit) {
  std::size_t count = 0;
  switch (unit_source(src)) {
    case UnitSource::kMemory:
      open_store(db, StoreUse::kRead)->for_each_unit([&](const TranslationUnit& u) {
        ++count;
        visit(u);
      });
      return count;
    case UnitSource::kPair:
      return for_each_aligned_unit(src, glossary, visit);
    case UnitSource::kTmx:
    case UnitSource::kTsv:
      break;
  }
  // Files: units numbered as read, the file and line as their origin.
  const formats::UnitCallback on_unit = [&](formats::ImportedUnit&& imported) {
    TranslationUnit& u = imported.unit;
    u.id = static_cast<std::int64_t>(++count);
    if (u.origins.empty()) u.origins.push_back({imported.where.file, imported.where.line});
    visit(u);
  };
  const formats::ImportSummary summary = !src.tmx.empty()
                                             ? formats::read_tmx_file(src.tmx, on_unit).summary
                                             : formats::read_tsv_file(src.tsv, on_unit);
  print_diagnostics(summary.skipped, "term");
  return count;
}

}  // namespace mizan::cli
