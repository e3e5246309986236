#include "mizan/pipeline/pretranslate.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include "mizan/core/error.hpp"
#include "mizan/formats/documents.hpp"
#include "mizan/formats/xliff_reader.hpp"
#include "mizan/pipeline/document.hpp"
#include "mizan/pipeline/lookup.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/input.hpp"

namespace mizan::pipeline {
namespace {

using Kind = InlinePiece::Kind;

// An inline code of a block and where it stands in the block's plain text.
struct PlacedCode {
  std::size_t offset;
  const InlinePiece* piece;
};

// A slice of the block's text as a segment shows it: cleaned, line breaks and tabs as spaces
// (as the segmenter folds them in Sentence::text).
std::string segment_text_piece(std::string_view slice) {
  std::string s = text::clean(slice);
  std::replace_if(
      s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return s;
}

void trim_content(InlineContent& content) {
  if (!content.empty() && content.front().kind == Kind::kText) {
    std::string& t = content.front().text;
    t.erase(0, std::min(t.size(), t.find_first_not_of(' ')));
  }
  if (!content.empty() && content.back().kind == Kind::kText) {
    std::string& t = content.back().text;
    const std::size_t last = t.find_last_not_of(' ');
    t.erase(last == std::string::npos ? 0 : last + 1);
  }
  std::erase_if(content,
                [](const InlinePiece& p) { return p.kind == Kind::kText && p.text.empty(); });
}

// The sentence each code goes with: the one it is inside; between two sentences, an opening code
// or a placeholder with the next, a closing code with the previous.
std::vector<std::size_t> assign_codes(const std::vector<PlacedCode>& codes,
                                      const std::vector<segment::Sentence>& sentences) {
  std::vector<std::size_t> owner(codes.size(), 0);
  std::size_t s = 0;
  for (std::size_t c = 0; c < codes.size(); ++c) {
    const std::size_t at = codes[c].offset;
    while (s + 1 < sentences.size() && sentences[s].end < at)
      ++s;
    // Now `at` <= end of s (or s is the last). At the very end of s, or in the gap before s+1:
    const bool after_s = at >= sentences[s].end && s + 1 < sentences.size();
    if (after_s && codes[c].piece->kind != Kind::kClose) {
      owner[c] = s + 1;
    } else if (at < sentences[s].begin && s > 0 && codes[c].piece->kind == Kind::kClose) {
      owner[c] = s - 1;
    } else {
      owner[c] = s;
    }
  }
  return owner;
}

InlineContent sentence_content(std::string_view text, const segment::Sentence& sentence,
                               const std::vector<const PlacedCode*>& codes) {
  InlineContent content;
  if (codes.empty()) {
    content.push_back(text_piece(sentence.text));
    return content;
  }
  std::size_t pos = sentence.begin;
  for (const PlacedCode* code : codes) {
    const std::size_t at = std::clamp<std::size_t>(code->offset, sentence.begin, sentence.end);
    if (at > pos) content.push_back(text_piece(segment_text_piece(text.substr(pos, at - pos))));
    content.push_back(*code->piece);
    pos = std::max(pos, at);
  }
  if (sentence.end > pos) {
    content.push_back(text_piece(segment_text_piece(text.substr(pos, sentence.end - pos))));
  }
  trim_content(content);
  return content;
}

class Numbering {
 public:
  std::string next_unit() { return "u" + std::to_string(++units_); }
  std::string next_segment() { return "s" + std::to_string(++segments_); }

 private:
  std::size_t units_ = 0, segments_ = 0;
};

void segment_block(const TextBlock& block, bool unit_per_paragraph,
                   const segment::Segmenter& segmenter, Language from, Numbering& numbering,
                   std::vector<formats::XliffUnit>& units) {
  std::string text;
  std::vector<PlacedCode> codes;
  for (const InlinePiece& p : block.content) {
    if (p.kind == Kind::kText) {
      text += p.text;
    } else {
      codes.push_back({text.size(), &p});
    }
  }
  const std::vector<segment::Sentence> sentences =
      segmenter.segment_text(text, from == Language::kArabic ? segment::LanguageChoice::kArabic
                                                             : segment::LanguageChoice::kEnglish);
  if (sentences.empty()) return;
  const std::vector<std::size_t> owner = assign_codes(codes, sentences);
  std::size_t c = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const bool new_unit =
        i == 0 || (unit_per_paragraph && sentences[i].paragraph != sentences[i - 1].paragraph);
    if (new_unit) {
      formats::XliffUnit unit;
      unit.id = numbering.next_unit();
      if (i == 0) unit.notes = block.notes;
      units.push_back(std::move(unit));
    }
    std::vector<const PlacedCode*> mine;
    for (; c < codes.size() && owner[c] == i; ++c)
      mine.push_back(&codes[c]);
    formats::XliffSegment segment;
    segment.id = numbering.next_segment();
    segment.source = sentence_content(text, sentences[i], mine);
    units.back().segments.push_back(std::move(segment));
  }
}

formats::XliffMatch xliff_match(const tm::Match& match, Language from) {
  const TranslationUnit& u = match.unit;
  formats::XliffMatch m;
  m.score = match.score;
  m.source = from == Language::kEnglish ? u.en : u.ar;
  m.target = from == Language::kEnglish ? u.ar : u.en;
  m.unit_id = u.id;
  if (!u.origins.empty()) {
    m.document = u.origins.front().document;
    m.position = u.origins.front().position;
  }
  m.creator = u.creator;
  m.changed = u.changed != 0 ? u.changed : u.created;
  return m;
}

std::vector<std::string> term_notes(const term::Recognizer& recognizer,
                                    term::Recognizer::Scratch& scratch, std::string_view source,
                                    Language from) {
  std::vector<std::string> notes;
  const auto& entries = recognizer.glossary().entries();
  for (const term::TermMatch& m : recognizer.find(source, from, scratch)) {
    for (const term::TermHit& hit : m.hits) {
      const TermEntry& e = entries[hit.entry];
      if (e.status == TermStatus::kDeprecated) continue;
      std::string note = from == Language::kEnglish ? e.en + " → " + e.ar : e.ar + " → " + e.en;
      if (std::find(notes.begin(), notes.end(), note) == notes.end())
        notes.push_back(std::move(note));
    }
  }
  return notes;
}

void add(PretranslateSummary& total, const PretranslateSummary& part) {
  total.segments += part.segments;
  total.context += part.context;
  total.exact += part.exact;
  total.fuzzy += part.fuzzy;
  total.empty += part.empty;
}

// Looks `segments` up in order (one document: each one's predecessor is its context) and fills
// each one's target, state, matches and terms.
PretranslateSummary fill_segments(const std::vector<formats::XliffSegment*>& segments,
                                  tm::Store& memory, const term::Glossary* glossary,
                                  const PretranslateOptions& options) {
  PretranslateSummary summary;
  std::optional<term::Recognizer> recognizer;
  if (glossary != nullptr && !glossary->empty()) recognizer.emplace(*glossary);
  term::Recognizer::Scratch scratch;
  SequenceLookupOptions lookup;
  lookup.lookup.from = options.from;
  // Fuzzy matches under min_score are still offered as alternatives down to this floor, which
  // is the lowest `mizan lookup --min` default: below it a match rarely saves typing.
  lookup.lookup.min_score = std::min(options.min_score, 70);
  lookup.lookup.max_results = std::max<std::size_t>(options.alternatives, 1);
  lookup.context = options.context;
  std::vector<std::string> sources;
  for (const formats::XliffSegment* s : segments)
    sources.push_back(plain_text(s->source));
  lookup_in_order(memory, sources, lookup, [&](SegmentLookup&& found) {
    formats::XliffSegment& s = *segments[found.index];
    ++summary.segments;
    for (std::size_t k = 0; k < found.matches.size() && k < options.alternatives; ++k) {
      s.matches.push_back(xliff_match(found.matches[k], options.from));
    }
    if (recognizer) s.terms = term_notes(*recognizer, scratch, sources[found.index], options.from);
    if (found.matches.empty() || found.matches.front().score < options.min_score) {
      ++summary.empty;
      return;
    }
    const tm::Match& best = found.matches.front();
    s.target = xliff_match(best, options.from).target;
    s.target_score = best.score;
    // A match without the source's inline codes needs the translator to place them.
    s.state = best.score >= 100 && !has_codes(s.source) ? formats::XliffState::kTranslated
                                                        : formats::XliffState::kNeedsReview;
    if (best.kind == tm::MatchKind::kContext) {
      ++summary.context;
    } else if (best.score >= 100) {
      ++summary.exact;
    } else {
      ++summary.fuzzy;
    }
  });
  return summary;
}

bool is_xliff(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".xlf" || extension == ".xliff" || extension == ".sdlxliff" ||
         extension == ".mqxliff";
}

// An XLIFF file given to pretranslate: its segments looked up in order, the empty targets
// filled, everything else written back as it was.
PretranslateSummary pretranslate_xliff(const std::string& path, tm::Store& memory,
                                       const term::Glossary* glossary,
                                       const PretranslateOptions& options,
                                       const formats::ByteSink& sink) {
  formats::XliffFileEditor editor(text::read_file_bytes(path), path);
  PretranslateOptions o = options;
  if (editor.source_language().rfind("ar", 0) == 0) o.from = Language::kArabic;
  std::vector<formats::XliffSegment> segments(editor.segments().size());
  std::vector<formats::XliffSegment*> pointers;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    segments[i].source = editor.segments()[i].source;
    pointers.push_back(&segments[i]);
  }
  const PretranslateSummary summary = fill_segments(pointers, memory, glossary, o);
  for (std::size_t i = 0; i < segments.size(); ++i)
    editor.fill(i, segments[i]);
  editor.write(sink);
  return summary;
}

}  // namespace

SourceDocument read_source_document(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") {
    return formats::read_html_document(path);
  }
  if (extension == ".po" || extension == ".pot") return formats::read_po_document(path);
  return formats::read_text_document(path);
}

formats::XliffDocument segment_documents(const std::vector<SourceDocument>& documents,
                                         const segment::Segmenter& segmenter, Language from) {
  formats::XliffDocument out;
  out.source_language = std::string(language_code(from));
  out.target_language = std::string(language_code(other(from)));
  Numbering numbering;
  for (const SourceDocument& document : documents) {
    formats::XliffFile file{.original = document.file, .datatype = document.datatype, .units = {}};
    const bool by_paragraph = document.datatype == "plaintext";
    for (const TextBlock& block : document.blocks) {
      segment_block(block, by_paragraph, segmenter, from, numbering, file.units);
    }
    out.files.push_back(std::move(file));
  }
  return out;
}

PretranslateSummary pretranslate(formats::XliffDocument& document, tm::Store& memory,
                                 const term::Glossary* glossary,
                                 const PretranslateOptions& options) {
  PretranslateSummary summary;
  for (formats::XliffFile& file : document.files) {
    std::vector<formats::XliffSegment*> segments;
    for (formats::XliffUnit& unit : file.units) {
      for (formats::XliffSegment& s : unit.segments)
        segments.push_back(&s);
    }
    add(summary, fill_segments(segments, memory, glossary, options));
  }
  return summary;
}

}  // namespace mizan::pipeline

namespace mizan::pipeline {

PretranslateSummary pretranslate_files(const std::vector<std::string>& paths, tm::Store& memory,
                                       const term::Glossary* glossary,
                                       const PretranslateOptions& options,
                                       const formats::ByteSink& sink) {
  if (std::any_of(paths.begin(), paths.end(), is_xliff)) {
    if (paths.size() != 1) {
      throw Error(ExitCode::kUsage,
                  "an XLIFF file is pretranslated alone (its targets are filled in place)");
    }
    return pretranslate_xliff(paths.front(), memory, glossary, options, sink);
  }
  std::vector<SourceDocument> documents;
  for (const std::string& path : paths)
    documents.push_back(read_source_document(path));
  const segment::Segmenter segmenter(segmentation_rules(options.srx));
  formats::XliffDocument xliff = segment_documents(documents, segmenter, options.from);
  const PretranslateSummary summary = pretranslate(xliff, memory, glossary, options);
  formats::write_xliff(xliff, options.xliff, sink);
  return summary;
}

}  // namespace mizan::pipeline

namespace mizan::pipeline {

std::vector<std::vector<std::string>> read_segments(const std::vector<std::string>& paths,
                                                    Language from,
                                                    const std::vector<std::string>& srx) {
  std::vector<std::vector<std::string>> out;
  std::optional<segment::Segmenter> segmenter;
  for (const std::string& path : paths) {
    std::vector<std::string> segments;
    if (is_xliff(path)) {
      const formats::XliffFileEditor editor(text::read_file_bytes(path), path);
      for (const formats::XliffFileSegment& s : editor.segments()) {
        segments.push_back(plain_text(s.source));
      }
    } else {
      if (!segmenter) segmenter.emplace(segmentation_rules(srx));
      const formats::XliffDocument d =
          segment_documents({read_source_document(path)}, *segmenter, from);
      for (const formats::XliffFile& f : d.files) {
        for (const formats::XliffUnit& u : f.units) {
          for (const formats::XliffSegment& s : u.segments)
            segments.push_back(plain_text(s.source));
        }
      }
    }
    out.push_back(std::move(segments));
  }
  return out;
}

}  // namespace mizan::pipeline
