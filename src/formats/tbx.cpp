#include "mizan/formats/tbx.hpp"

#include <libxml/xmlwriter.h>

#include <memory>
#include <optional>
#include <unordered_map>

#include "mizan/core/error.hpp"
#include "mizan/core/language.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/text/match_key.hpp"
#include "xml_util.hpp"

namespace mizan::formats {
namespace {

// ---------------------------------------------------------------------------------------------
// Reading

struct TbxTerm {
  std::string text;
  std::optional<TermStatus> status;
  std::string part_of_speech;
  std::string term_type;
  std::string note;
};

std::optional<TermStatus> status_from_tbx(std::string_view v) {
  if (v == "preferredTerm-admn-sts" || v == "preferred") return TermStatus::kPreferred;
  if (v == "admittedTerm-admn-sts" || v == "admitted") return TermStatus::kAdmitted;
  if (v == "deprecatedTerm-admn-sts" || v == "deprecated" || v == "supersededTerm-admn-sts" ||
      v == "superseded")
    return TermStatus::kDeprecated;
  return std::nullopt;
}

void append_note(std::string& note, const std::string& more) {
  if (more.empty() || note.find(more) != std::string::npos) return;
  if (!note.empty()) note += "; ";
  note += more;
}

// A termSec (2019), tig or ntig (2008): the term and its data categories, DCA (<termNote
// type="partOfSpeech">) or DCT (<basic:partOfSpeech>) style.
TbxTerm read_term(const xmlNode* term_section, const SourceLocation& at, Diagnostics& diagnostics) {
  TbxTerm t;
  auto visit = [&](auto&& self, const xmlNode* node) -> void {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = xml::local_name(c);
      std::string category;
      if (name == "term") {
        t.text = text::trim(xml::text_content(c));
        continue;
      }
      if (name == "termGrp") {
        self(self, c);
        continue;
      }
      if (name == "note") {
        append_note(t.note, std::string(text::trim(xml::text_content(c))));
        continue;
      }
      if (name == "termNote") {
        category = xml::attribute(c, "type");
      } else if (name == "administrativeStatus" || name == "partOfSpeech" || name == "termType") {
        category = name;
      } else {
        continue;
      }
      const std::string value(text::trim(xml::text_content(c)));
      if (category == "administrativeStatus") {
        t.status = status_from_tbx(value);
        if (!t.status) {
          diagnostics.add({.file = at.file, .line = xmlGetLineNo(c)},
                          "unknown administrativeStatus \"" + value + "\" read as preferred");
        }
      } else if (category == "partOfSpeech") {
        t.part_of_speech = value;
      } else if (category == "termType") {
        t.term_type = value;
      }
    }
  };
  visit(visit, term_section);
  return t;
}

void read_concept(const xmlNode* concept_node, const std::string& source_name,
                  std::vector<LocatedTermEntry>& out, Diagnostics& diagnostics) {
  const SourceLocation at{.file = source_name, .line = xmlGetLineNo(concept_node)};
  std::string domain, concept_note;
  std::vector<TbxTerm> english, arabic;
  for (const xmlNode* c = concept_node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = xml::local_name(c);
    if ((name == "descrip" && xml::attribute(c, "type") == "subjectField") ||
        name == "subjectField") {
      domain = text::trim(xml::text_content(c));
    } else if (name == "note") {
      append_note(concept_note, std::string(text::trim(xml::text_content(c))));
    } else if (name == "langSec" || name == "langSet") {
      xml::XmlCharPtr lang_attr(xmlNodeGetLang(c));
      const std::optional<Language> lang =
          language_from_tag(lang_attr ? reinterpret_cast<const char*>(lang_attr.get()) : "");
      if (!lang) continue;  // a third language: not ours
      for (const xmlNode* t = c->children; t != nullptr; t = t->next) {
        if (t->type != XML_ELEMENT_NODE) continue;
        const std::string_view tname = xml::local_name(t);
        if (tname != "termSec" && tname != "tig" && tname != "ntig") continue;
        TbxTerm term = read_term(t, at, diagnostics);
        if (term.text.empty()) {
          diagnostics.add({.file = source_name, .line = xmlGetLineNo(t)},
                          "a term section without a term was skipped");
          continue;
        }
        (*lang == Language::kEnglish ? english : arabic).push_back(std::move(term));
      }
    }
  }
  const std::string id = xml::attribute(concept_node, "id");
  if (english.empty() || arabic.empty()) {
    diagnostics.add(at,
                    std::string("concept without ") +
                        (english.empty() ? "an English" : "an Arabic") + " term skipped",
                    id);
    return;
  }
  std::size_t head = 0;
  for (std::size_t i = 0; i < english.size(); ++i) {
    if (english[i].status == TermStatus::kPreferred) {
      head = i;
      break;
    }
  }
  TermEntry base;
  base.en = english[head].text;
  base.domain = domain;
  const std::size_t first = out.size();
  for (TbxTerm& a : arabic) {
    if (a.term_type == "variant" && out.size() > first) {
      out.back().entry.ar_variants.push_back(std::move(a.text));
      continue;
    }
    LocatedTermEntry e{base, at};
    e.entry.ar = std::move(a.text);
    e.entry.status = a.status.value_or(TermStatus::kPreferred);
    e.entry.part_of_speech =
        !a.part_of_speech.empty() ? a.part_of_speech : english[head].part_of_speech;
    if (a.term_type == "phrase" && e.entry.part_of_speech == "other")
      e.entry.part_of_speech = "phrase";
    append_note(e.entry.note, a.note);
    append_note(e.entry.note, english[head].note);
    append_note(e.entry.note, concept_note);
    out.push_back(std::move(e));
  }
  // The other English terms name the concept: they go to its first entry (recognition maps any
  // entry to its concept, so every rendering is found through them).
  for (std::size_t i = 0; i < english.size(); ++i) {
    if (i != head) out[first].entry.en_variants.push_back(english[i].text);
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

struct WriterDeleter {
  void operator()(xmlTextWriter* w) const { xmlFreeTextWriter(w); }
};
struct BufferDeleter {
  void operator()(xmlBuffer* b) const { xmlBufferFree(b); }
};

const xmlChar* x(const char* s) {
  return reinterpret_cast<const xmlChar*>(s);
}

// libxml2's writer and its buffer for one TBX document (one thread).
class Writer {
 public:
  Writer() : buffer_(xmlBufferCreate()) {
    if (!buffer_) throw Error(ExitCode::kSoftware, "libxml2: cannot create a buffer");
    writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
    if (!writer_) throw Error(ExitCode::kSoftware, "libxml2: cannot create a writer");
    xmlTextWriterSetIndent(writer_.get(), 1);
    xmlTextWriterSetIndentString(writer_.get(), x("  "));
  }
  void check(int rc) const {
    if (rc < 0) throw Error(ExitCode::kSoftware, "libxml2: cannot write TBX");
  }
  void start(const char* name) { check(xmlTextWriterStartElement(writer_.get(), x(name))); }
  void end() { check(xmlTextWriterEndElement(writer_.get())); }
  void attribute(const char* name, const std::string& value) {
    check(xmlTextWriterWriteAttribute(writer_.get(), x(name), x(value.c_str())));
  }
  void element(const char* name, const std::string& text) {
    check(xmlTextWriterWriteElement(writer_.get(), x(name), x(text.c_str())));
  }
  void element_typed(const char* name, const char* type, const std::string& text) {
    start(name);
    attribute("type", type);
    check(xmlTextWriterWriteString(writer_.get(), x(text.c_str())));
    end();
  }
  xmlTextWriter* get() { return writer_.get(); }
  std::string finish() {
    check(xmlTextWriterEndDocument(writer_.get()));
    writer_.reset();  // flushes into the buffer
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  std::unique_ptr<xmlBuffer, BufferDeleter> buffer_;
  std::unique_ptr<xmlTextWriter, WriterDeleter> writer_;
};

const char* tbx_status(TermStatus s) {
  switch (s) {
    case TermStatus::kPreferred:
      return "preferredTerm-admn-sts";
    case TermStatus::kAdmitted:
      return "admittedTerm-admn-sts";
    case TermStatus::kDeprecated:
      return "deprecatedTerm-admn-sts";
  }
  return "preferredTerm-admn-sts";
}

// TBX-Basic's partOfSpeech picklist; our "phrase" is "other" with termType "phrase".
std::string tbx_part_of_speech(const std::string& pos) {
  return pos == "phrase" ? "other" : pos;
}

void write_term(Writer& w, TbxEdition edition, const std::string& text, const std::string& pos,
                const char* term_type, TermStatus status, const std::string& note) {
  w.start(edition == TbxEdition::k2019 ? "termSec" : "tig");
  w.element("term", text);
  if (!pos.empty()) w.element_typed("termNote", "partOfSpeech", tbx_part_of_speech(pos));
  if (term_type != nullptr) w.element_typed("termNote", "termType", term_type);
  w.element_typed("termNote", "administrativeStatus", tbx_status(status));
  if (!note.empty()) w.element("note", note);
  w.end();
}

}  // namespace

std::vector<LocatedTermEntry> parse_tbx(std::string_view xml, const std::string& source_name,
                                        Diagnostics& diagnostics, const ProgressFn& progress) {
  xml::TextReaderPtr reader = xml::open_reader(xml, source_name);
  xml::FirstError errors(reader.get());
  auto line = [&] { return xmlTextReaderGetParserLineNumber(reader.get()); };
  std::vector<LocatedTermEntry> out;
  bool root_seen = false, root_closed = false;
  std::size_t concepts = 0;
  int rc = xmlTextReaderRead(reader.get());
  while (rc == 1) {
    if (errors.seen()) errors.raise(source_name, line());
    const int type = xmlTextReaderNodeType(reader.get());
    if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(reader.get()) == 0)
      root_closed = true;
    if (type != XML_READER_TYPE_ELEMENT) {
      rc = xmlTextReaderRead(reader.get());
      continue;
    }
    const std::string_view name =
        reinterpret_cast<const char*>(xmlTextReaderConstLocalName(reader.get()));
    if (!root_seen) {
      root_seen = true;
      if (name != "tbx" && name != "martif") {
        throw Error(ExitCode::kDataError,
                    "not a TBX file (the root element is <" + std::string(name) +
                        ">, not <tbx> or <martif>)",
                    {.file = source_name, .line = line()});
      }
      root_closed = xmlTextReaderIsEmptyElement(reader.get()) == 1;
    }
    if (name == "conceptEntry" || name == "termEntry") {
      const xmlNode* node = xmlTextReaderExpand(reader.get());
      if (node == nullptr || errors.seen()) break;
      xml::refuse_entity_references(node, source_name, "TBX");
      read_concept(node, source_name, out, diagnostics);
      if (progress && (++concepts & 1023) == 0)
        progress(static_cast<std::size_t>(xmlTextReaderByteConsumed(reader.get())), xml.size(),
                 "concepts");
      rc = xmlTextReaderNext(reader.get());
      continue;
    }
    rc = xmlTextReaderRead(reader.get());
  }
  if (rc < 0 || errors.seen()) errors.raise(source_name, line());
  if (!root_seen) throw Error(ExitCode::kDataError, "empty TBX file", {.file = source_name});
  // libxml2 can end a stream early without reporting an error (an encoding converter that stops
  // mid-file): a root element that never closed was not read to its end, and importing what came
  // before would import half a glossary.
  if (!root_closed) {
    throw Error(ExitCode::kDataError,
                "the file ends before the TBX root element is closed "
                "(truncated or undecodable)",
                {.file = source_name,
                 .line = line(),
                 .column = xmlTextReaderGetParserColumnNumber(reader.get())});
  }
  return out;
}

std::string write_tbx(const std::vector<TermEntry>& entries, TbxEdition edition) {
  // Concepts in order of first appearance.
  std::vector<std::vector<const TermEntry*>> concepts;
  std::unordered_map<std::string, std::size_t> concept_of;
  for (const TermEntry& e : entries) {
    const auto [it, added] = concept_of.emplace(text::match_key(e.en), concepts.size());
    if (added) concepts.emplace_back();
    concepts[it->second].push_back(&e);
  }
  const bool v2019 = edition == TbxEdition::k2019;
  Writer w;
  w.check(xmlTextWriterStartDocument(w.get(), "1.0", "UTF-8", nullptr));
  w.start(v2019 ? "tbx" : "martif");
  w.attribute("type", "TBX-Basic");
  if (v2019) w.attribute("style", "dca");
  w.attribute("xml:lang", "en");
  if (v2019) w.attribute("xmlns", "urn:iso:std:iso:30042:ed-2");
  w.start(v2019 ? "tbxHeader" : "martifHeader");
  w.start("fileDesc");
  w.start("sourceDesc");
  w.element("p", "English-Arabic glossary exported by mizan");
  w.end();
  w.end();
  if (!v2019) {
    w.start("encodingDesc");
    w.element_typed("p", "XCSURI", "TBXBasicXCSV02.xcs");
    w.end();
  }
  w.end();
  w.start("text");
  w.start("body");
  std::size_t number = 0;
  for (const std::vector<const TermEntry*>& c : concepts) {
    const TermEntry& head = *c.front();
    w.start(v2019 ? "conceptEntry" : "termEntry");
    w.attribute("id", "c" + std::to_string(++number));
    for (const TermEntry* e : c) {
      if (!e->domain.empty()) {
        w.element_typed("descrip", "subjectField", e->domain);
        break;
      }
    }
    w.start(v2019 ? "langSec" : "langSet");
    w.attribute("xml:lang", "en");
    write_term(w, edition, head.en, head.part_of_speech,
               head.part_of_speech == "phrase" ? "phrase" : nullptr, TermStatus::kPreferred, {});
    // English variants of every entry of the concept, once each. As written, not by matching
    // key: the glossary already tidied each entry's variants, and keeps a proper noun's
    // lower-case variant ("Hamrin mountains" of "Hamrin Mountains"), which a key would drop.
    std::vector<std::string_view> seen{head.en};
    for (const TermEntry* e : c) {
      for (const std::string& v : e->en_variants) {
        if (std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
        seen.push_back(v);
        write_term(w, edition, v, head.part_of_speech, nullptr, TermStatus::kAdmitted, {});
      }
    }
    w.end();
    w.start(v2019 ? "langSec" : "langSet");
    w.attribute("xml:lang", "ar");
    for (const TermEntry* e : c) {
      write_term(w, edition, e->ar, e->part_of_speech,
                 e->part_of_speech == "phrase" ? "phrase" : nullptr, e->status, e->note);
      for (const std::string& v : e->ar_variants)
        write_term(w, edition, v, e->part_of_speech, "variant", e->status, {});
    }
    w.end();
    w.end();
  }
  w.end();
  w.end();
  w.end();
  return w.finish();
}

}  // namespace mizan::formats
