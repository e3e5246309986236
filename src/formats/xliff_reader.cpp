// XLIFF 1.2 / 2.x read as a tree (the files CAT tools hand back are documents, not memories: a
// few thousand segments), checked, listed, and filled in place so that everything the tool that
// made the file put into it goes back unchanged.

#include "mizan/formats/xliff_reader.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "mizan/text/utf8.hpp"
#include "xml_util.hpp"

namespace mizan::formats {
namespace {

using Kind = InlinePiece::Kind;

constexpr std::string_view kXliff12 = "urn:oasis:names:tc:xliff:document:1.2";
constexpr std::string_view kXliff2 = "urn:oasis:names:tc:xliff:document:2.0";
constexpr std::string_view kSdl = "http://sdl.com/FileTypes/SdlXliff/1.0";
constexpr std::string_view kMemoQ = "MQXliff";

// Namespaces XLIFF files use: XML's own, XML Schema instances (schemaLocation), the XLIFF 2
// modules (all under urn:oasis:names:tc:xliff:), W3C ITS, and those of the tools whose flavours
// are read: Trados (SDLXLIFF), memoQ (MQXLIFF), Okapi.
constexpr std::array<std::string_view, 7> kKnownNamespaces = {
    "http://www.w3.org/XML/1998/namespace",
    "http://www.w3.org/2001/XMLSchema-instance",
    "http://www.w3.org/2005/11/its",
    kSdl,
    kMemoQ,
    "okapi-framework:xliff-extensions",
    "http://www.sdl.com/Sdl.FileTypeSupport.Framework/FileTypeModel/Strings"};

std::string_view href(const xmlNs* ns) {
  return ns == nullptr || ns->href == nullptr ? std::string_view()
                                              : reinterpret_cast<const char*>(ns->href);
}

bool known_namespace(std::string_view h) {
  return h.empty() || h.rfind("urn:oasis:names:tc:xliff:", 0) == 0 ||
         std::find(kKnownNamespaces.begin(), kKnownNamespaces.end(), h) != kKnownNamespaces.end();
}

std::vector<xmlNode*> children(const xmlNode* node, std::string_view name) {
  std::vector<xmlNode*> out;
  for (xmlNode* c = node == nullptr ? nullptr : node->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && xml::local_name(c) == name) out.push_back(c);
  }
  return out;
}

xmlNode* child(const xmlNode* node, std::string_view name) {
  const std::vector<xmlNode*> all = children(node, name);
  return all.empty() ? nullptr : all.front();
}

// The id that pairs the two ends of a 1.2 code: rid when given, else id.
std::string pair_id(const xmlNode* node) {
  std::string rid = xml::attribute(node, "rid");
  return rid.empty() ? xml::attribute(node, "id") : rid;
}

}  // namespace

struct XliffFileEditor::Impl {
  std::string name;
  xml::DocPtr doc;
  XliffVersion version = XliffVersion::k12;
  XliffFlavour flavour = XliffFlavour::kPlain;
  std::string source_language, target_language;
  std::vector<XliffFileSegment> segments;
  std::vector<xmlNode*> nodes;  // per segment: the 1.2 trans-unit / the 2.x segment
  std::vector<bool> fillable;

  [[noreturn]] void fail(const xmlNode* node, const std::string& message) const {
    throw Error(ExitCode::kDataError, message,
                {.file = name, .line = node == nullptr ? -1 : xmlGetLineNo(node)});
  }

  void check_namespaces(const xmlNode* node) const {
    for (; node != nullptr; node = node->next) {
      if (node->type != XML_ELEMENT_NODE) continue;
      if (!known_namespace(href(node->ns))) {
        fail(node, "element <" + std::string(xml::local_name(node)) +
                       "> in an unknown namespace \"" + std::string(href(node->ns)) +
                       "\": not XLIFF or a known tool's extension of it");
      }
      for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
        if (!known_namespace(href(a->ns))) {
          fail(node, "attribute " + std::string(reinterpret_cast<const char*>(a->name)) +
                         " in an unknown namespace \"" + std::string(href(a->ns)) + "\"");
        }
      }
      check_namespaces(node->children);
    }
  }

  // ---- 1.2 ----

  void content_12(const xmlNode* node, InlineContent& out, std::set<std::string>& open,
                  std::size_t& next_code) const {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        out.push_back(text_piece(xml::text_content(c)));
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view n = xml::local_name(c);
      if (n == "g") {
        const std::string id = "g" + std::to_string(++next_code);
        out.push_back(code_piece(Kind::kOpen, id, {}));
        content_12(c, out, open, next_code);
        out.push_back(code_piece(Kind::kClose, id, {}));
      } else if (n == "bpt" || n == "bx") {
        const std::string id = pair_id(c);
        if (!open.insert(id).second) fail(c, "two <" + std::string(n) + "> with id " + id);
        out.push_back(code_piece(Kind::kOpen, id, xml::text_content(c)));
      } else if (n == "ept" || n == "ex") {
        const std::string id = pair_id(c);
        if (open.erase(id) == 0) {
          fail(c,
               "<" + std::string(n) + " id=\"" + id + "\"> ends a code that no <bpt>/<bx> began");
        }
        out.push_back(code_piece(Kind::kClose, id, xml::text_content(c)));
      } else if (n == "ph" || n == "x" || n == "it") {
        out.push_back(
            code_piece(Kind::kPlaceholder, xml::attribute(c, "id"), xml::text_content(c)));
      } else if (n == "mrk") {
        content_12(c, out, open, next_code);
      } else {
        fail(c, "<" + std::string(n) + "> is no XLIFF 1.2 inline element");
      }
    }
  }

  InlineContent inline_12(const xmlNode* node) const {
    InlineContent out;
    if (node == nullptr) return out;
    std::set<std::string> open;
    std::size_t next_code = 0;
    content_12(node, out, open, next_code);
    if (!open.empty()) {
      fail(node, "<bpt id=\"" + *open.begin() + "\"> in <" + std::string(xml::local_name(node)) +
                     "> has no <ept>");
    }
    return out;
  }

  void read_trans_unit(xmlNode* tu, const std::string& original) {
    const std::string id = xml::attribute(tu, "id");
    const xmlNode* target = child(tu, "target");
    const xmlNode* seg_source = child(tu, "seg-source");
    std::vector<xmlNode*> marks;
    if (seg_source != nullptr) {
      for (xmlNode* m = seg_source->children; m != nullptr; m = m->next)
        collect_seg_marks(m, marks);
    }
    if (!marks.empty()) {
      inline_12(seg_source);  // checks its codes as a whole
      if (target != nullptr) inline_12(target);
      std::map<std::string, xmlNode*> target_marks;
      std::vector<xmlNode*> found;
      if (target != nullptr) {
        for (xmlNode* m = target->children; m != nullptr; m = m->next)
          collect_seg_marks(m, found);
      }
      for (xmlNode* m : found)
        target_marks[xml::attribute(m, "mid")] = m;
      for (xmlNode* m : marks) {
        const std::string mid = xml::attribute(m, "mid");
        XliffFileSegment s;
        s.id = id + "/" + mid;
        s.file = original;
        s.source = inline_12(m);
        const auto t = target_marks.find(mid);
        if (t != target_marks.end()) s.target = inline_12(t->second);
        s.state = sdl_state(tu, mid);
        s.where = {.file = name, .line = xmlGetLineNo(m)};
        add(std::move(s), tu, false);
      }
      return;
    }
    XliffFileSegment s;
    s.id = id;
    s.file = original;
    s.source = inline_12(child(tu, "source"));
    s.target = inline_12(target);
    s.state = target == nullptr ? "" : xml::attribute(target, "state");
    if (flavour == XliffFlavour::kMqXliff) s.state = memoq_status(tu, s.state);
    s.where = {.file = name, .line = xmlGetLineNo(tu)};
    const bool empty_target = target == nullptr || plain_text(s.target).empty();
    add(std::move(s), tu, empty_target);
  }

  static void collect_seg_marks(xmlNode* node, std::vector<xmlNode*>& out) {
    if (node->type != XML_ELEMENT_NODE) return;
    if (xml::local_name(node) == "mrk" && xml::attribute(node, "mtype") == "seg") {
      out.push_back(node);
      return;
    }
    for (xmlNode* c = node->children; c != nullptr; c = c->next)
      collect_seg_marks(c, out);
  }

  // SDLXLIFF keeps each segment's confirmation level in <sdl:seg-defs><sdl:seg id="mid" conf=…>.
  static std::string sdl_state(const xmlNode* tu, const std::string& mid) {
    for (const xmlNode* defs : children(tu, "seg-defs")) {
      for (const xmlNode* seg : children(defs, "seg")) {
        if (xml::attribute(seg, "id") == mid) return xml::attribute(seg, "conf");
      }
    }
    return {};
  }

  // memoQ's segment status: mq:status on the trans-unit ("ManuallyConfirmed", "NotStarted"…).
  static std::string memoq_status(const xmlNode* tu, std::string fallback) {
    for (const xmlAttr* a = tu->properties; a != nullptr; a = a->next) {
      if (href(a->ns) == kMemoQ &&
          std::string_view(reinterpret_cast<const char*>(a->name)) == "status") {
        return xml::attribute(tu, "status");
      }
    }
    return fallback;
  }

  void read_12(xmlNode* node, const std::string& original) {
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view n = xml::local_name(c);
      if (n == "file") {
        if (source_language.empty()) source_language = xml::attribute(c, "source-language");
        if (target_language.empty()) target_language = xml::attribute(c, "target-language");
        read_12(c, xml::attribute(c, "original"));
      } else if (n == "body" || n == "group") {
        read_12(c, original);
      } else if (n == "trans-unit") {
        read_trans_unit(c, original);
      }
    }
  }

  // ---- 2.x ----

  void content_2(const xmlNode* node, InlineContent& out) const {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        out.push_back(text_piece(xml::text_content(c)));
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view n = xml::local_name(c);
      const std::string id = xml::attribute(c, "id");
      if (n == "pc") {
        out.push_back(code_piece(Kind::kOpen, id, {}));
        content_2(c, out);
        out.push_back(code_piece(Kind::kClose, id, {}));
      } else if (n == "sc") {
        out.push_back(code_piece(Kind::kOpen, id, {}));
      } else if (n == "ec") {
        const std::string start = xml::attribute(c, "startRef");
        out.push_back(code_piece(Kind::kClose, start.empty() ? id : start, {}));
      } else if (n == "ph") {
        out.push_back(code_piece(Kind::kPlaceholder, id, {}));
      } else if (n == "mrk" || n == "sm" || n == "em") {
        content_2(c, out);
      } else if (n == "cp") {
        out.push_back(text_piece(code_point(c)));
      } else {
        fail(c, "<" + std::string(n) + "> is no XLIFF 2 inline element");
      }
    }
  }

  std::string code_point(const xmlNode* cp) const {
    const std::string hex = xml::attribute(cp, "hex");
    unsigned long value = 0;
    try {
      value = std::stoul(hex, nullptr, 16);
    } catch (const std::exception&) {
      fail(cp, "<cp hex=\"" + hex + "\"> is no code point");
    }
    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
      fail(cp, "<cp hex=\"" + hex + "\"> is no Unicode scalar value");
    }
    std::string utf8;
    text::append_utf8(utf8, static_cast<char32_t>(value));
    return utf8;
  }

  // The spanning codes of one side of a unit (all its segments): every <sc> not isolated needs its
  // <ec startRef>, and every <ec startRef> its <sc>.
  void check_codes_2(const xmlNode* unit, std::string_view side) const {
    std::map<std::string, const xmlNode*> open;
    std::vector<const xmlNode*> ends;
    std::vector<const xmlNode*> stack;
    for (const xmlNode* seg : children(unit, "segment"))
      stack.push_back(child(seg, side));
    for (const xmlNode* ign : children(unit, "ignorable"))
      stack.push_back(child(ign, side));
    while (!stack.empty()) {
      const xmlNode* node = stack.back();
      stack.pop_back();
      if (node == nullptr) continue;
      for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        const std::string_view n = xml::local_name(c);
        if (n == "sc" && xml::attribute(c, "isolated") != "yes") open[xml::attribute(c, "id")] = c;
        if (n == "ec" && xml::attribute(c, "isolated") != "yes") ends.push_back(c);
        stack.push_back(c);
      }
    }
    for (const xmlNode* e : ends) {
      if (open.erase(xml::attribute(e, "startRef")) == 0) {
        fail(e, "<ec startRef=\"" + xml::attribute(e, "startRef") +
                    "\"> ends a code that no <sc> began");
      }
    }
    if (!open.empty()) {
      fail(open.begin()->second, "<sc id=\"" + open.begin()->first +
                                     "\"> has no <ec> in its unit and is not marked isolated");
    }
  }

  void read_2(xmlNode* node, const std::string& original) {
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || href(c->ns) != kXliff2) continue;
      const std::string_view n = xml::local_name(c);
      if (n == "file") {
        read_2(c, xml::attribute(c, "original"));
      } else if (n == "group") {
        read_2(c, original);
      } else if (n == "unit") {
        check_codes_2(c, "source");
        check_codes_2(c, "target");
        const std::string unit_id = xml::attribute(c, "id");
        std::size_t k = 0;
        for (xmlNode* seg : children(c, "segment")) {
          XliffFileSegment s;
          ++k;
          s.id = unit_id + "/" + xml::attribute(seg, "id", std::to_string(k));
          s.file = original;
          if (const xmlNode* src = child(seg, "source")) content_2(src, s.source);
          const xmlNode* target = child(seg, "target");
          if (target != nullptr) content_2(target, s.target);
          s.state = xml::attribute(seg, "state", "initial");
          s.where = {.file = name, .line = xmlGetLineNo(seg)};
          const bool empty_target = target == nullptr || plain_text(s.target).empty();
          add(std::move(s), seg, empty_target);
        }
      }
    }
  }

  void add(XliffFileSegment s, xmlNode* node, bool can_fill) {
    segments.push_back(std::move(s));
    nodes.push_back(node);
    fillable.push_back(can_fill);
  }

  // ---- filling ----

  // The elements write_xliff makes for `filled`, in a document of their own.
  xml::DocPtr rendered(const XliffSegment& filled) const {
    XliffDocument one;
    one.source_language = source_language.empty() ? "en" : source_language;
    one.target_language = target_language.empty() ? "ar" : target_language;
    XliffFile file;
    XliffUnit unit;
    unit.id = "u";
    unit.segments.push_back(filled);
    file.units.push_back(std::move(unit));
    one.files.push_back(std::move(file));
    std::string bytes;
    write_xliff(one, version, [&](std::string_view b) { bytes.append(b); });
    return xml::parse_document(bytes, name);
  }

  xmlNode* copy_into(const xmlNode* node) const {
    return xmlDocCopyNode(const_cast<xmlNode*>(node), doc.get(), 1);
  }

  void fill_12(xmlNode* tu, const XliffSegment& filled) {
    const xml::DocPtr r = rendered(filled);
    const xmlNode* rtu = nullptr;
    std::vector<const xmlNode*> stack{xmlDocGetRootElement(r.get())};
    while (!stack.empty() && rtu == nullptr) {
      const xmlNode* n = stack.back();
      stack.pop_back();
      if (xml::local_name(n) == "trans-unit") rtu = n;
      for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
        if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
      }
    }
    if (xmlNode* old = child(tu, "target")) {
      xmlUnlinkNode(old);
      xmlFreeNode(old);
    }
    xmlNode* after =
        child(tu, "seg-source") != nullptr ? child(tu, "seg-source") : child(tu, "source");
    for (const xmlNode* c = rtu->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view n = xml::local_name(c);
      if (n == "target") {
        after = xmlAddNextSibling(after, copy_into(c));
      } else if (n == "alt-trans" || n == "note") {
        xmlAddChild(tu, copy_into(c));
      }
    }
    xmlReconciliateNs(doc.get(), tu);
  }

  void fill_2(xmlNode* segment, const XliffSegment& filled) {
    XliffSegment named = filled;
    named.id = xml::attribute(segment, "id", "s");
    const xml::DocPtr r = rendered(named);
    const xmlNode* runit = child(child(xmlDocGetRootElement(r.get()), "file"), "unit");
    xmlNode* unit = segment->parent;
    const xmlNode* rseg = child(runit, "segment");
    if (xmlNode* old = child(segment, "target")) {
      xmlUnlinkNode(old);
      xmlFreeNode(old);
    }
    if (const xmlNode* t = child(rseg, "target")) xmlAddChild(segment, copy_into(t));
    for (const char* attr : {"state", "subState"}) {
      const std::string v = xml::attribute(rseg, attr);
      if (!v.empty())
        xmlSetProp(segment, reinterpret_cast<const xmlChar*>(attr),
                   reinterpret_cast<const xmlChar*>(v.c_str()));
    }
    // Module elements go first in a unit, then <notes>, then <originalData> and the segments.
    xmlNode* first = unit->children;
    while (first != nullptr && first->type != XML_ELEMENT_NODE)
      first = first->next;
    if (const xmlNode* matches = child(runit, "matches")) {
      // One <mtc:matches> per unit: later segments' matches join the first one's.
      if (xmlNode* existing = child(unit, "matches")) {
        for (const xmlNode* m = matches->children; m != nullptr; m = m->next) {
          if (m->type == XML_ELEMENT_NODE) xmlAddChild(existing, copy_into(m));
        }
      } else if (first != nullptr) {
        xmlAddPrevSibling(first, copy_into(matches));
      } else {
        xmlAddChild(unit, copy_into(matches));
      }
    }
    if (const xmlNode* notes = child(runit, "notes")) {
      xmlNode* existing = child(unit, "notes");
      if (existing != nullptr) {
        for (const xmlNode* n = notes->children; n != nullptr; n = n->next) {
          if (n->type == XML_ELEMENT_NODE) xmlAddChild(existing, copy_into(n));
        }
      } else {
        xmlNode* before = child(unit, "originalData");
        if (before == nullptr) before = segment_or_ignorable(unit);
        xmlAddPrevSibling(before, copy_into(notes));
      }
    }
    xmlReconciliateNs(doc.get(), unit);
  }

  static xmlNode* segment_or_ignorable(xmlNode* unit) {
    for (xmlNode* c = unit->children; c != nullptr; c = c->next) {
      if (c->type == XML_ELEMENT_NODE &&
          (xml::local_name(c) == "segment" || xml::local_name(c) == "ignorable")) {
        return c;
      }
    }
    return nullptr;
  }
};

XliffFileEditor::XliffFileEditor(std::string_view xml_text, const std::string& name)
    : impl_(std::make_unique<Impl>()) {
  impl_->name = name;
  impl_->doc = xml::parse_document(xml_text, name);
  xmlNode* root = xmlDocGetRootElement(impl_->doc.get());
  if (root == nullptr || xml::local_name(root) != "xliff")
    impl_->fail(root, "not an XLIFF file (the root element is not <xliff>)");
  const std::string_view ns = href(root->ns);
  const std::string version = xml::attribute(root, "version");
  if (ns == kXliff2) {
    impl_->version = XliffVersion::k21;
  } else if (ns == kXliff12 || (ns.empty() && version.rfind("1.", 0) == 0)) {
    impl_->version = XliffVersion::k12;
  } else {
    impl_->fail(root, "XLIFF version \"" + version + "\" in namespace \"" + std::string(ns) +
                          "\" is not read: XLIFF 1.2 and 2.x are");
  }
  impl_->check_namespaces(root);
  for (const xmlNs* n = root->nsDef; n != nullptr; n = n->next) {
    if (href(n) == kSdl) impl_->flavour = XliffFlavour::kSdlXliff;
    if (href(n) == kMemoQ) impl_->flavour = XliffFlavour::kMqXliff;
  }
  if (impl_->version == XliffVersion::k21) {
    impl_->source_language = xml::attribute(root, "srcLang");
    impl_->target_language = xml::attribute(root, "trgLang");
    impl_->read_2(root, {});
  } else {
    impl_->read_12(root, {});
  }
}

XliffFileEditor::~XliffFileEditor() = default;

XliffVersion XliffFileEditor::version() const {
  return impl_->version;
}
XliffFlavour XliffFileEditor::flavour() const {
  return impl_->flavour;
}
std::string XliffFileEditor::source_language() const {
  return impl_->source_language;
}
std::string XliffFileEditor::target_language() const {
  return impl_->target_language;
}
const std::vector<XliffFileSegment>& XliffFileEditor::segments() const {
  return impl_->segments;
}
bool XliffFileEditor::fillable(std::size_t index) const {
  return impl_->fillable.at(index);
}

void XliffFileEditor::fill(std::size_t index, const XliffSegment& filled) {
  if (!fillable(index) ||
      (filled.target.empty() && filled.matches.empty() && filled.terms.empty())) {
    return;
  }
  if (impl_->version == XliffVersion::k12) {
    impl_->fill_12(impl_->nodes[index], filled);
  } else {
    impl_->fill_2(impl_->nodes[index], filled);
  }
}

void XliffFileEditor::write(const ByteSink& sink) const {
  xmlChar* bytes = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(impl_->doc.get(), &bytes, &size, "UTF-8");
  if (bytes == nullptr) throw std::bad_alloc();
  const xml::XmlCharPtr owner(bytes);
  sink(std::string_view(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)));
}

}  // namespace mizan::formats
