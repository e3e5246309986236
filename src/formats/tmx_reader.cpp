// Streaming TMX 1.1-1.4b reader: xmlTextReader walks the file, each <tu> is expanded into a small
// tree (the reader frees it when it moves on, so memory stays flat), mapped to a TranslationUnit
// and handed to the callback. See include/mizan/formats/tmx_writer.hpp for the mapping.

#include "mizan/formats/tmx_reader.hpp"

#include <sys/stat.h>
#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include <libxml/xmlsave.h>

#include "mizan/formats/tmx_date.hpp"
#include "tmx_common.hpp"
#include "xml_util.hpp"

namespace mizan::formats {
namespace {

// Progress is reported every this many <tu>s: often enough for a bar, rarely enough to be free.
constexpr std::size_t kProgressEvery = 4096;

std::string_view view(const xmlChar* s) {
  return s != nullptr ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  // ASCII letters and digits, and every byte of a non-ASCII character: inline codes sit between
  // words or next to punctuation, and only the former needs a space when the code goes.
  return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

// Reads input for libxml2 from a file we opened ourselves.
struct FileInput {
  std::FILE* file = nullptr;
  std::uint64_t bytes = 0;
  int error = 0;  // errno of a failed read

  static int read(void* context, char* buffer, int length) {
    auto* in = static_cast<FileInput*>(context);
    const std::size_t n = std::fread(buffer, 1, static_cast<std::size_t>(length), in->file);
    if (n == 0 && std::ferror(in->file)) {
      in->error = errno != 0 ? errno : EIO;
      return -1;
    }
    in->bytes += n;
    return static_cast<int>(n);
  }
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

// One <tuv> of the <tu> being read.
struct Variant {
  std::string lang;
  std::optional<Language> language;
  const xmlNode* seg = nullptr;
  std::string created, changed, creator;
};

// The English and the Arabic variant of a <tu>, in that order.
using VariantPair = std::array<const Variant*, 2>;

// One per file read: the libxml2 reader and the result being built (one thread).
class TmxReader {
 public:
  TmxReader(xmlTextReader* reader, xml::FirstError& errors, std::string source_name,
            const UnitCallback& on_unit)
      : reader_(reader), errors_(errors), source_(std::move(source_name)), on_unit_(on_unit) {}

  // `tick` runs every kProgressEvery units (progress reporting).
  TmxReadResult run(const std::function<void()>& tick);

 private:
  [[noreturn]] void refuse_entity(const xmlNode* node) const;
  std::int64_t line_of(const xmlNode* node) const;
  void check_attributes(const xmlNode* node) const;
  std::string attribute(const xmlNode* node, std::string_view name) const;
  std::string lang_of(const xmlNode* node) const;
  void append_plain(const xmlNode* node, std::string& out) const;
  void read_header();
  void read_tu(const xmlNode* tu);
  ImportedUnit unit_from_attributes(const xmlNode* tu);
  void read_tu_children(const xmlNode* tu, ImportedUnit& imported, std::vector<Variant>& variants,
                        std::optional<Language>& own_source);
  void read_prop(const xmlNode* prop, ImportedUnit& imported, std::optional<Language>& own_source);
  Variant read_variant(const xmlNode* tuv) const;
  std::optional<VariantPair> english_and_arabic(const std::vector<Variant>& variants,
                                                const ImportedUnit& imported);
  Language source_language_of(const xmlNode* tu, std::optional<Language> own_source,
                              const VariantPair& pair) const;
  void take_variant_attributes(const VariantPair& pair, ImportedUnit& imported);
  bool read_segment(const xmlNode* seg, std::string& text, std::string& markup,
                    const ImportedUnit& unit);
  std::int64_t date(const std::string& value, const char* what, const std::string& tuid,
                    std::int64_t line);
  void skip(std::int64_t line, const std::string& tuid, std::string reason);

  xmlTextReader* reader_;
  xml::FirstError& errors_;
  std::string source_;
  const UnitCallback& on_unit_;
  TmxReadResult result_;
  std::optional<Language> header_source_;
};

void TmxReader::refuse_entity(const xmlNode* node) const {
  throw Error(ExitCode::kDataError,
              "entity reference &" + std::string(view(node->name)) +
                  "; refused: TMX needs no DTD entities, and mizan expands none (XXE and "
                  "entity-expansion attacks use them)",
              {.file = source_, .line = line_of(node)});
}

std::int64_t TmxReader::line_of(const xmlNode* node) const {
  // Element nodes keep 16-bit line numbers (65535 means "or more"). With XML_PARSE_BIG_LINES a
  // text node keeps the full line where its text ends, so the element's first child, the
  // whitespace after its start tag, gives the exact line once its own line breaks are counted.
  if (node->line < 65535) return node->line;
  const xmlNode* first = node->children;
  if (first != nullptr && first->type == XML_TEXT_NODE && first->psvi != nullptr) {
    std::int64_t line = static_cast<std::int64_t>(reinterpret_cast<std::ptrdiff_t>(first->psvi));
    for (const char c : view(first->content))
      line -= c == '\n';
    return line;
  }
  // No text child: the parser's position, at most one input chunk (512 bytes) past the element.
  return xmlTextReaderGetParserLineNumber(reader_);
}

void TmxReader::check_attributes(const xmlNode* node) const {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->type == XML_ENTITY_REF_NODE) refuse_entity(c);
    }
  }
}

std::string TmxReader::attribute(const xmlNode* node, std::string_view name) const {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (view(a->name) != name) continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->type == XML_ENTITY_REF_NODE) refuse_entity(c);
      value.append(view(c->content));
    }
    return value;
  }
  return {};
}

std::string TmxReader::lang_of(const xmlNode* node) const {
  // xml:lang in TMX 1.4, lang in 1.1 and 1.2; both have the local name "lang".
  return attribute(node, "lang");
}

void TmxReader::append_plain(const xmlNode* node, std::string& out) const {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      out.append(view(c->content));
    } else if (c->type == XML_ENTITY_REF_NODE) {
      refuse_entity(c);
    } else if (c->type == XML_ELEMENT_NODE) {
      append_plain(c, out);
    }
  }
}

void TmxReader::skip(std::int64_t line, const std::string& tuid, std::string reason) {
  result_.summary.skip({.file = source_, .line = line}, std::move(reason), tuid);
}

std::int64_t TmxReader::date(const std::string& value, const char* what, const std::string& tuid,
                             std::int64_t line) {
  if (value.empty()) return 0;
  if (const auto t = parse_tmx_date(value)) return *t;
  result_.summary.warn({.file = source_, .line = line},
                       std::string("unreadable ") + what + " \"" + value + "\" ignored", tuid);
  return 0;
}

void TmxReader::read_header() {
  xmlNode* node = xmlTextReaderExpand(reader_);
  if (node == nullptr) return;
  check_attributes(node);
  TmxHeader& h = result_.header;
  h.creationtool = attribute(node, "creationtool");
  h.creationtoolversion = attribute(node, "creationtoolversion");
  h.segtype = attribute(node, "segtype");
  h.o_tmf = attribute(node, "o-tmf");
  h.adminlang = attribute(node, "adminlang");
  h.srclang = attribute(node, "srclang");
  h.datatype = attribute(node, "datatype");
  h.created = date(attribute(node, "creationdate"), "header creationdate", "", line_of(node));
  header_source_ = language_from_tag(h.srclang);  // nullopt for "*all*"
}

// The text of a <seg> for matching, and its content verbatim when it has inline markup.
// Returns false when the segment has no text at all.
bool TmxReader::read_segment(const xmlNode* seg, std::string& text, std::string& markup,
                             const ImportedUnit& unit) {
  bool has_markup = false;
  std::vector<std::size_t> code_positions;  // where a standalone code stood in `text`
  std::vector<std::string> open_pairs;      // i of each <bpt> not yet closed by an <ept>
  auto walk = [&](auto&& self, const xmlNode* parent, bool in_code) -> void {
    for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
      switch (c->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (!in_code) text.append(view(c->content));
          break;
        case XML_ENTITY_REF_NODE:
          refuse_entity(c);
          break;
        case XML_ELEMENT_NODE: {
          check_attributes(c);
          const std::string_view name = view(c->name);
          if (name == "ph" && attribute(c, "type") == tmx::kCharPlaceholderType) {
            std::string content;
            append_plain(c, content);
            if (const auto ch = tmx::char_from_placeholder(content)) {
              if (!in_code) text.append(*ch);
              break;
            }
          }
          has_markup = true;
          if (name == "bpt") {
            open_pairs.push_back(attribute(c, "i"));
          } else if (name == "ept") {
            const auto open = std::find(open_pairs.begin(), open_pairs.end(), attribute(c, "i"));
            if (open == open_pairs.end()) {
              result_.summary.warn(unit.where,
                                   "<ept i=\"" + attribute(c, "i") + "\"> without its <bpt>",
                                   unit.record_id);
            } else {
              open_pairs.erase(open);
            }
          }
          if (name == "bpt" || name == "ept" || name == "sub") {
            self(self, c, true);  // native code (or a sub-flow inside it): not segment text
          } else if (name == "ph" || name == "it" || name == "ut") {
            if (!in_code) code_positions.push_back(text.size());
            self(self, c, true);
          } else {
            self(self, c, in_code);  // <hi> and elements TMX does not define: their text counts
          }
          break;
        }
        default:
          break;  // comments, processing instructions
      }
    }
  };
  walk(walk, seg, false);
  // The TMX DTD cannot express that every <bpt> has its <ept> in the same segment; CAT tools
  // reject or mangle segments where it does not.
  for (const std::string& i : open_pairs) {
    result_.summary.warn(unit.where, "<bpt i=\"" + i + "\"> without its <ept>", unit.record_id);
  }
  // A standalone code that separated two words ("line<ph/>break") becomes a space.
  for (auto it = code_positions.rbegin(); it != code_positions.rend(); ++it) {
    const std::size_t p = *it;
    if (p > 0 && p < text.size() && is_word_byte(text[p - 1]) && is_word_byte(text[p]))
      text.insert(p, 1, ' ');
  }
  if (has_markup) {
    // libxml2 serialises the content; with the document's encoding unset it would write every
    // non-ASCII character of an attribute as a character reference, so name UTF-8 (the tree's
    // own encoding) for the attributes as the "UTF-8" argument does for text.
    xmlDoc* doc = seg->doc;
    if (doc != nullptr && doc->encoding == nullptr)
      doc->encoding = xmlStrdup(reinterpret_cast<const xmlChar*>("UTF-8"));
    std::unique_ptr<xmlOutputBuffer, int (*)(xmlOutputBuffer*)> out(xmlAllocOutputBuffer(nullptr),
                                                                    &xmlOutputBufferClose);
    if (!out) throw std::bad_alloc();
    for (xmlNode* c = seg->children; c != nullptr; c = c->next)
      xmlNodeDumpOutput(out.get(), doc, c, 0, 0, "UTF-8");
    xmlOutputBufferFlush(out.get());
    markup.assign(reinterpret_cast<const char*>(xmlOutputBufferGetContent(out.get())),
                  xmlOutputBufferGetSize(out.get()));
  }
  return text.find_first_not_of(" \t\n\r") != std::string::npos;
}

// A <tu>: its attributes, then its props, notes and variants, then the English/Arabic pair and
// what the unit takes from the pair's variants.
void TmxReader::read_tu(const xmlNode* tu) {
  check_attributes(tu);
  ImportedUnit imported = unit_from_attributes(tu);
  std::vector<Variant> variants;
  std::optional<Language> own_source;  // mizan's x-source-language prop
  read_tu_children(tu, imported, variants, own_source);
  const std::optional<VariantPair> pair = english_and_arabic(variants, imported);
  if (!pair) return;
  const auto [english, arabic] = *pair;
  TranslationUnit& u = imported.unit;
  if (!read_segment(english->seg, u.en, u.en_markup, imported)) {
    skip(imported.where.line, imported.record_id, "empty English segment");
    return;
  }
  if (!read_segment(arabic->seg, u.ar, u.ar_markup, imported)) {
    skip(imported.where.line, imported.record_id, "empty Arabic segment");
    return;
  }
  u.en_locale = english->lang;
  u.ar_locale = arabic->lang;
  u.source_language = source_language_of(tu, own_source, *pair);
  take_variant_attributes(*pair, imported);
  ++result_.summary.units;
  on_unit_(std::move(imported));
}

ImportedUnit TmxReader::unit_from_attributes(const xmlNode* tu) {
  const std::int64_t line = line_of(tu);
  ImportedUnit imported;
  TranslationUnit& u = imported.unit;
  imported.record_id = attribute(tu, "tuid");
  imported.where = {.file = source_, .line = line};
  const std::string& tuid = imported.record_id;
  u.created = date(attribute(tu, "creationdate"), "creationdate", tuid, line);
  u.changed = date(attribute(tu, "changedate"), "changedate", tuid, line);
  u.creator = attribute(tu, "creationid");
  if (const std::string count = attribute(tu, "usagecount"); !count.empty()) {
    const auto r = std::from_chars(count.data(), count.data() + count.size(), u.usage_count);
    if (r.ec != std::errc() || r.ptr != count.data() + count.size()) {
      u.usage_count = 0;
      result_.summary.warn(imported.where, "unreadable usagecount \"" + count + "\" ignored", tuid);
    }
  }
  return imported;
}

void TmxReader::read_tu_children(const xmlNode* tu, ImportedUnit& imported,
                                 std::vector<Variant>& variants,
                                 std::optional<Language>& own_source) {
  std::string notes;
  for (const xmlNode* c = tu->children; c != nullptr; c = c->next) {
    if (c->type == XML_ENTITY_REF_NODE) refuse_entity(c);
    if (c->type != XML_ELEMENT_NODE) continue;
    check_attributes(c);
    const std::string_view name = view(c->name);
    if (name == "prop") {
      read_prop(c, imported, own_source);
    } else if (name == "note") {
      if (!notes.empty()) notes.push_back('\n');
      append_plain(c, notes);
    } else if (name == "tuv") {
      variants.push_back(read_variant(c));
    }
  }
  imported.unit.notes = std::move(notes);
}

// A <prop>: mizan's own types fill their fields (a number that does not read stays a prop, with
// a warning); every other type is kept as a prop.
void TmxReader::read_prop(const xmlNode* prop, ImportedUnit& imported,
                          std::optional<Language>& own_source) {
  TranslationUnit& u = imported.unit;
  const std::string type = attribute(prop, "type");
  std::string value;
  append_plain(prop, value);
  auto number_warning = [&] {
    result_.summary.warn(imported.where, "unreadable " + type + " \"" + value + "\" kept as a prop",
                         imported.record_id);
    u.props.emplace_back(type, value);
  };
  if (type == tmx::kPropDocument) {
    u.origins.push_back({.document = std::move(value)});
  } else if (type == tmx::kPropPosition) {
    std::int64_t position = -1;
    const auto r = std::from_chars(value.data(), value.data() + value.size(), position);
    if (r.ec != std::errc() || r.ptr != value.data() + value.size() || position < 0) {
      number_warning();
    } else {
      if (u.origins.empty() || u.origins.back().position >= 0) u.origins.emplace_back();
      u.origins.back().position = position;
    }
  } else if (type == tmx::kPropConfidence) {
    double confidence = 0;
    const auto r = std::from_chars(value.data(), value.data() + value.size(), confidence);
    if (r.ec != std::errc() || r.ptr != value.data() + value.size() || !std::isfinite(confidence)) {
      number_warning();
    } else {
      u.confidence = confidence;
    }
  } else if (type == tmx::kPropSourceLanguage && language_from_tag(value)) {
    own_source = language_from_tag(value);
  } else if (type == tmx::kPropPrevEn) {
    u.prev_en = std::move(value);
  } else if (type == tmx::kPropPrevAr) {
    u.prev_ar = std::move(value);
  } else if (type == tmx::kPropNextEn) {
    u.next_en = std::move(value);
  } else if (type == tmx::kPropNextAr) {
    u.next_ar = std::move(value);
  } else {
    u.props.emplace_back(type, std::move(value));
  }
}

Variant TmxReader::read_variant(const xmlNode* tuv) const {
  Variant v;
  v.lang = lang_of(tuv);
  v.language = language_from_tag(v.lang);
  v.created = attribute(tuv, "creationdate");
  v.changed = attribute(tuv, "changedate");
  v.creator = attribute(tuv, "creationid");
  for (const xmlNode* s = tuv->children; s != nullptr; s = s->next) {
    if (s->type == XML_ENTITY_REF_NODE) refuse_entity(s);
    if (s->type == XML_ELEMENT_NODE && view(s->name) == "seg") {
      v.seg = s;
      break;
    }
  }
  return v;
}

// The first variant of each language that has a <seg>; nullopt (and the <tu> skipped, saying
// what is missing) when English or Arabic has none.
std::optional<VariantPair> TmxReader::english_and_arabic(const std::vector<Variant>& variants,
                                                         const ImportedUnit& imported) {
  VariantPair chosen = {nullptr, nullptr};
  bool without_seg[2] = {false, false};
  for (const Variant& v : variants) {
    if (!v.language) continue;
    const int side = *v.language == Language::kEnglish ? 0 : 1;
    if (v.seg == nullptr) {
      without_seg[side] = true;
    } else if (chosen[side] == nullptr) {
      chosen[side] = &v;
    }
  }
  for (int side = 0; side < 2; ++side) {
    if (chosen[side] != nullptr) continue;
    const char* language = side == 0 ? "English" : "Arabic";
    if (without_seg[side]) {
      skip(imported.where.line, imported.record_id, std::string(language) + " <tuv> has no <seg>");
    } else {
      std::string langs;
      for (const Variant& v : variants)
        langs += (langs.empty() ? "" : ", ") + (v.lang.empty() ? std::string("?") : v.lang);
      skip(imported.where.line, imported.record_id,
           std::string("no ") + language + " <tuv>" +
               (langs.empty() ? "" : " (languages: " + langs + ")"));
    }
    return std::nullopt;
  }
  return chosen;
}

// Source side: mizan's own record of it, the tu's srclang, the header's, else whichever variant
// comes first.
Language TmxReader::source_language_of(const xmlNode* tu, std::optional<Language> own_source,
                                       const VariantPair& pair) const {
  if (own_source) return *own_source;
  if (const auto own = language_from_tag(attribute(tu, "srclang"))) return *own;
  if (header_source_) return *header_source_;
  return pair[0] < pair[1] ? Language::kEnglish : Language::kArabic;
}

// OmegaT and others date the variants rather than the unit: a variant's creationdate stands in
// for a missing one of the unit, the latest changedate for a missing changedate, and a
// variant's creationid for a missing creator.
void TmxReader::take_variant_attributes(const VariantPair& pair, ImportedUnit& imported) {
  TranslationUnit& u = imported.unit;
  const std::int64_t line = imported.where.line;
  const std::string& tuid = imported.record_id;
  const bool unit_has_changedate = u.changed != 0;
  for (const Variant* v : pair) {
    if (u.created == 0 && !v->created.empty()) {
      const std::int64_t t = date(v->created, "creationdate", tuid, line);
      if (t != 0) u.created = t;
    }
    if (!v->changed.empty()) {
      const std::int64_t t = date(v->changed, "changedate", tuid, line);
      if (t > u.changed && !unit_has_changedate) u.changed = t;
    }
    if (u.creator.empty()) u.creator = v->creator;
  }
}

TmxReadResult TmxReader::run(const std::function<void()>& tick) {
  bool seen_root = false, root_closed = false, in_body = false, seen_body = false;
  bool skip_subtree = false;
  int status = 0;
  std::size_t since_tick = 0;
  while (true) {
    status = skip_subtree ? xmlTextReaderNext(reader_) : xmlTextReaderRead(reader_);
    skip_subtree = false;
    if (errors_.seen()) errors_.raise(source_, xmlTextReaderGetParserLineNumber(reader_));
    if (status != 1) break;
    const int type = xmlTextReaderNodeType(reader_);
    if (type == XML_READER_TYPE_ENTITY_REFERENCE) refuse_entity(xmlTextReaderCurrentNode(reader_));
    const int depth = xmlTextReaderDepth(reader_);
    if (type == XML_READER_TYPE_END_ELEMENT && depth == 1) in_body = false;
    if (type == XML_READER_TYPE_END_ELEMENT && depth == 0) root_closed = true;
    if (type != XML_READER_TYPE_ELEMENT) continue;
    const std::string_view name = view(xmlTextReaderConstLocalName(reader_));
    if (depth == 0) {
      if (name != "tmx") {
        throw Error(ExitCode::kDataError,
                    "not a TMX file: the root element is <" + std::string(name) + ">, not <tmx>",
                    {.file = source_, .line = xmlTextReaderGetParserLineNumber(reader_)});
      }
      seen_root = true;
      root_closed = xmlTextReaderIsEmptyElement(reader_) == 1;
      result_.header.version = attribute(xmlTextReaderCurrentNode(reader_), "version");
    } else if (depth == 1) {
      const bool empty = xmlTextReaderIsEmptyElement(reader_) == 1;
      if (name == "header") {
        read_header();
        skip_subtree = true;
      } else if (name == "body") {
        seen_body = true;
        in_body = !empty;
      } else {
        skip_subtree = true;
      }
    } else if (in_body && depth == 2 && name == "tu") {
      const xmlNode* tu = xmlTextReaderExpand(reader_);
      if (errors_.seen()) errors_.raise(source_, xmlTextReaderGetParserLineNumber(reader_));
      if (tu == nullptr) break;  // a parse error; reported below
      read_tu(tu);
      skip_subtree = true;
      if (++since_tick == kProgressEvery) {
        since_tick = 0;
        if (tick) tick();
      }
    } else {
      skip_subtree = true;  // <ude> and other elements that carry no units
    }
  }
  if (status < 0) {
    if (errors_.seen()) errors_.raise(source_, xmlTextReaderGetParserLineNumber(reader_));
    throw Error(ExitCode::kDataError, "not well-formed XML",
                {.file = source_,
                 .line = xmlTextReaderGetParserLineNumber(reader_),
                 .column = xmlTextReaderGetParserColumnNumber(reader_)});
  }
  if (!seen_root)
    throw Error(ExitCode::kDataError, "not a TMX file (no <tmx> element)", {.file = source_});
  // libxml2 can end a stream early without an error (a converter failing mid-file): a file whose
  // root element never closed was not read to its end.
  if (!root_closed) {
    throw Error(ExitCode::kDataError, "the file ends before </tmx> (truncated or undecodable)",
                {.file = source_, .line = xmlTextReaderGetParserLineNumber(reader_)});
  }
  if (!seen_body)
    throw Error(ExitCode::kDataError, "not a TMX file: <tmx> has no <body>", {.file = source_});
  return std::move(result_);
}

}  // namespace

TmxReadResult read_tmx_memory(std::string_view bytes, const std::string& source_name,
                              const UnitCallback& on_unit) {
  xml::TextReaderPtr reader = xml::open_reader(bytes, source_name);
  xml::FirstError errors(reader.get());
  return TmxReader(reader.get(), errors, source_name, on_unit).run({});
}

TmxReadResult read_tmx_file(const std::string& path, const UnitCallback& on_unit,
                            const ProgressFn& progress) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    throw Error(ExitCode::kNoInput, std::string("cannot open: ") + std::strerror(errno),
                {.file = path});
  }
  struct stat st {};
  const std::size_t size =
      fstat(fileno(file.get()), &st) == 0 ? static_cast<std::size_t>(st.st_size) : 0;
  FileInput input{.file = file.get()};
  xml::TextReaderPtr reader = xml::open_reader(&FileInput::read, &input, path);
  xml::FirstError errors(reader.get());
  auto tick = [&] {
    if (progress) progress(static_cast<std::size_t>(input.bytes), size, "reading TMX");
  };
  try {
    TmxReadResult result = TmxReader(reader.get(), errors, path, on_unit).run(tick);
    if (input.error != 0) {
      throw Error(ExitCode::kIoError, std::string("read error: ") + std::strerror(input.error),
                  {.file = path});
    }
    tick();
    return result;
  } catch (const Error& e) {
    // A failed read looks like malformed XML to libxml2; say what really happened.
    if (input.error != 0 && e.code() == ExitCode::kDataError) {
      throw Error(ExitCode::kIoError, std::string("read error: ") + std::strerror(input.error),
                  {.file = path});
    }
    throw;
  }
}

}  // namespace mizan::formats
