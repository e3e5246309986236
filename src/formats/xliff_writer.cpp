// XLIFF 1.2 and 2.1 from pretranslated documents. Element and attribute names follow the OASIS
// specifications: XLIFF 1.2 (2008) sections 2.x for <trans-unit>, <alt-trans>, the inline
// elements <bpt>/<ept>/<it>/<ph> and the state values; XLIFF 2.1 (2018) core for <unit>,
// <segment>, <sc>/<ec>/<ph> with <originalData>, and its Translation Candidates module (mtc).

#include <set>
#include <string>

#include "mizan/formats/tmx_date.hpp"
#include "mizan/formats/xliff.hpp"
#include "xml_writer.hpp"

namespace mizan::formats {
namespace {

using Kind = InlinePiece::Kind;

constexpr const char* kXliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";
constexpr const char* kXliff2Namespace = "urn:oasis:names:tc:xliff:document:2.0";
constexpr const char* kMatchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0";
constexpr const char* kMetadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0";

// Ids of codes that have both ends within `pieces`: those are written as a pair, the others as
// isolated codes.
std::set<std::string> paired_ids(const std::vector<const InlinePiece*>& pieces) {
  std::set<std::string> open, paired;
  for (const InlinePiece* p : pieces) {
    if (p->kind == Kind::kOpen) open.insert(p->id);
    if (p->kind == Kind::kClose && open.count(p->id) != 0) paired.insert(p->id);
  }
  return paired;
}

std::vector<const InlinePiece*> pieces_of(const XliffSegment& segment) {
  std::vector<const InlinePiece*> pieces;
  for (const InlinePiece& p : segment.source)
    pieces.push_back(&p);
  return pieces;
}

std::string match_origin(const XliffMatch& match) {
  std::string origin = match.document.empty() ? "mizan" : match.document;
  if (!match.document.empty() && match.position >= 0) {
    origin += " [" + std::to_string(match.position) + "]";
  }
  return origin;
}

// "unit 7; creator ali; changed 20250106T093000Z": what 1.2 has no attribute for.
std::string match_note(const XliffMatch& match) {
  std::string note = "mizan unit " + std::to_string(match.unit_id);
  if (!match.creator.empty()) note += "; creator " + match.creator;
  if (match.changed > 0) note += "; changed " + format_tmx_date(match.changed);
  return note;
}

class Xliff12Writer {
 public:
  Xliff12Writer(const XliffDocument& document, xml::TextWriter& out)
      : document_(document), out_(out) {}

  void write() {
    out_.start_document();
    out_.indent(true);
    out_.start("xliff");
    out_.attribute("version", "1.2");
    out_.attribute("xmlns", kXliff12Namespace);
    for (const XliffFile& file : document_.files)
      write_file(file);
    out_.end_document();
  }

 private:
  void write_file(const XliffFile& file) {
    out_.start("file");
    out_.attribute("original", file.original);
    out_.attribute("source-language", document_.source_language);
    out_.attribute("target-language", document_.target_language);
    out_.attribute("datatype", file.datatype);
    out_.start("header");
    out_.start("tool");
    out_.attribute("tool-id", "mizan");
    out_.attribute("tool-name", "mizan");
    out_.end();
    out_.end();
    out_.start("body");
    for (const XliffUnit& unit : file.units) {
      write_group(unit);
      out_.flush_to_sink();
    }
    out_.end();
    out_.end();
  }

  void write_group(const XliffUnit& unit) {
    out_.start("group");
    out_.attribute("id", unit.id);
    for (const std::string& note : unit.notes)
      out_.element("note", note, "a note");
    for (const XliffSegment& segment : unit.segments)
      write_trans_unit(segment);
    out_.end();
  }

  void write_trans_unit(const XliffSegment& segment) {
    out_.start("trans-unit");
    out_.attribute("id", segment.id);
    write_source(segment);
    if (!segment.target.empty()) {
      out_.start("target");
      out_.attribute("xml:lang", document_.target_language);
      out_.attribute("state", segment.state == XliffState::kTranslated
                                  ? "translated"
                                  : "needs-review-translation");
      out_.attribute("state-qualifier",
                     segment.target_score >= 100 ? "exact-match" : "fuzzy-match");
      out_.text(segment.target, "a target");
      out_.end();
    }
    for (const XliffMatch& match : segment.matches)
      write_alt_trans(match);
    for (const std::string& term : segment.terms) {
      out_.start("note");
      out_.attribute("from", "mizan glossary");
      out_.text(term, "a glossary note");
      out_.end();
    }
    out_.end();
  }

  void write_source(const XliffSegment& segment) {
    const std::vector<const InlinePiece*> pieces = pieces_of(segment);
    const std::set<std::string> paired = paired_ids(pieces);
    out_.start_mixed("source");
    out_.attribute("xml:lang", document_.source_language);
    for (const InlinePiece* p : pieces) {
      switch (p->kind) {
        case Kind::kText:
          out_.text(p->text, "a source segment");
          break;
        case Kind::kOpen:
        case Kind::kClose: {
          const bool pair = paired.count(p->id) != 0;
          out_.start(pair ? (p->kind == Kind::kOpen ? "bpt" : "ept") : "it");
          out_.attribute("id", p->id);
          if (!pair) out_.attribute("pos", p->kind == Kind::kOpen ? "open" : "close");
          out_.text(p->original, "an inline code");
          out_.end();
          break;
        }
        case Kind::kPlaceholder:
          out_.start("ph");
          out_.attribute("id", p->id);
          out_.text(p->original, "an inline code");
          out_.end();
          break;
      }
    }
    out_.end_mixed();
  }

  void write_alt_trans(const XliffMatch& match) {
    out_.start("alt-trans");
    out_.attribute("match-quality", std::to_string(match.score));
    out_.attribute("origin", match_origin(match));
    out_.start("source");
    out_.attribute("xml:lang", document_.source_language);
    out_.text(match.source, "a match's source");
    out_.end();
    out_.start("target");
    out_.attribute("xml:lang", document_.target_language);
    out_.text(match.target, "a match's target");
    out_.end();
    out_.element("note", match_note(match), "a match note");
    out_.end();
  }

  const XliffDocument& document_;
  xml::TextWriter& out_;
};

class Xliff21Writer {
 public:
  Xliff21Writer(const XliffDocument& document, xml::TextWriter& out)
      : document_(document), out_(out) {}

  void write() {
    out_.start_document();
    out_.indent(true);
    out_.start("xliff");
    out_.attribute("xmlns", kXliff2Namespace);
    out_.attribute("xmlns:mtc", kMatchesNamespace);
    out_.attribute("xmlns:mda", kMetadataNamespace);
    out_.attribute("version", "2.1");
    out_.attribute("srcLang", document_.source_language);
    out_.attribute("trgLang", document_.target_language);
    std::size_t n = 0;
    for (const XliffFile& file : document_.files)
      write_file(file, ++n);
    out_.end_document();
  }

 private:
  void write_file(const XliffFile& file, std::size_t n) {
    out_.start("file");
    out_.attribute("id", "f" + std::to_string(n));
    out_.attribute("original", file.original);
    for (const XliffUnit& unit : file.units) {
      write_unit(unit);
      out_.flush_to_sink();
    }
    out_.end();
  }

  void write_unit(const XliffUnit& unit) {
    out_.start("unit");
    out_.attribute("id", unit.id);
    write_matches(unit);
    write_notes(unit);
    std::vector<const InlinePiece*> pieces;
    for (const XliffSegment& s : unit.segments) {
      for (const InlinePiece& p : s.source)
        pieces.push_back(&p);
    }
    const std::set<std::string> paired = paired_ids(pieces);
    write_original_data(pieces);
    for (const XliffSegment& segment : unit.segments)
      write_segment(segment, paired);
    out_.end();
  }

  void write_matches(const XliffUnit& unit) {
    bool any = false;
    for (const XliffSegment& s : unit.segments)
      any = any || !s.matches.empty();
    if (!any) return;
    out_.start("mtc:matches");
    for (const XliffSegment& segment : unit.segments) {
      for (const XliffMatch& match : segment.matches) {
        out_.start("mtc:match");
        out_.attribute("ref", "#" + segment.id);
        // matchQuality is 0..100 (a decimal); a context match is 100 of type "icm", in-context.
        out_.attribute("matchQuality", std::to_string(std::min(match.score, 100)));
        out_.attribute("type", match.score > 100 ? "icm" : "tm");
        out_.attribute("origin", match_origin(match));
        write_match_metadata(match);
        out_.start("source");
        out_.text(match.source, "a match's source");
        out_.end();
        out_.start("target");
        out_.text(match.target, "a match's target");
        out_.end();
        out_.end();
      }
    }
    out_.end();
  }

  void write_match_metadata(const XliffMatch& match) {
    out_.start("mda:metadata");
    out_.start("mda:metaGroup");
    out_.attribute("category", "mizan");
    meta("unit", std::to_string(match.unit_id));
    if (!match.document.empty()) meta("document", match.document);
    if (match.position >= 0) meta("position", std::to_string(match.position));
    if (!match.creator.empty()) meta("creator", match.creator);
    if (match.changed > 0) meta("changed", format_tmx_date(match.changed));
    out_.end();
    out_.end();
  }

  void meta(const char* type, std::string_view value) {
    out_.start("mda:meta");
    out_.attribute("type", type);
    out_.text(value, "match metadata");
    out_.end();
  }

  void write_notes(const XliffUnit& unit) {
    bool any = !unit.notes.empty();
    for (const XliffSegment& s : unit.segments)
      any = any || !s.terms.empty();
    if (!any) return;
    out_.start("notes");
    for (const std::string& note : unit.notes)
      out_.element("note", note, "a note");
    for (const XliffSegment& segment : unit.segments) {
      for (const std::string& term : segment.terms) {
        out_.start("note");
        out_.attribute("category", "terminology");
        out_.text(term, "a glossary note");
        out_.end();
      }
    }
    out_.end();
  }

  void write_original_data(const std::vector<const InlinePiece*>& pieces) {
    bool any = false;
    for (const InlinePiece* p : pieces)
      any = any || p->kind != Kind::kText;
    if (!any) return;
    out_.start("originalData");
    for (const InlinePiece* p : pieces) {
      if (p->kind == Kind::kText) continue;
      out_.start("data");
      out_.attribute("id", data_id(*p));
      out_.text(p->original, "an inline code");
      out_.end();
    }
    out_.end();
  }

  static std::string data_id(const InlinePiece& p) {
    return std::string(p.kind == Kind::kClose ? "e" : "d") + p.id;
  }

  void write_segment(const XliffSegment& segment, const std::set<std::string>& paired) {
    out_.start("segment");
    out_.attribute("id", segment.id);
    if (segment.state == XliffState::kTranslated) {
      out_.attribute("state", "translated");
    } else if (!segment.target.empty()) {
      out_.attribute("subState", "mizan:match-" + std::to_string(segment.target_score));
    }
    out_.start_mixed("source");
    for (const InlinePiece& p : segment.source) {
      switch (p.kind) {
        case Kind::kText:
          out_.text(p.text, "a source segment");
          break;
        case Kind::kOpen:
          out_.start("sc");
          out_.attribute("id", "c" + p.id);
          if (paired.count(p.id) == 0) out_.attribute("isolated", "yes");
          out_.attribute("dataRef", data_id(p));
          out_.end();
          break;
        case Kind::kClose:
          out_.start("ec");
          if (paired.count(p.id) != 0) {
            out_.attribute("startRef", "c" + p.id);
          } else {
            out_.attribute("id", "c" + p.id);
            out_.attribute("isolated", "yes");
          }
          out_.attribute("dataRef", data_id(p));
          out_.end();
          break;
        case Kind::kPlaceholder:
          out_.start("ph");
          out_.attribute("id", "c" + p.id);
          out_.attribute("dataRef", data_id(p));
          out_.end();
          break;
      }
    }
    out_.end_mixed();
    if (!segment.target.empty()) out_.element("target", segment.target, "a target");
    out_.end();
  }

  const XliffDocument& document_;
  xml::TextWriter& out_;
};

}  // namespace

void write_xliff(const XliffDocument& document, XliffVersion version, const ByteSink& sink) {
  xml::TextWriter out(sink);
  if (version == XliffVersion::k12) {
    Xliff12Writer(document, out).write();
  } else {
    Xliff21Writer(document, out).write();
  }
}

}  // namespace mizan::formats
