#include "xml_util.hpp"

#include <libxml/HTMLparser.h>

namespace mizan::formats::xml {

FirstError::FirstError(xmlParserCtxt* ctxt) {
  // Per-context handler: libxml2 calls sax->serror with ctxt->userData (the context itself).
  ctxt->_private = this;
  ctxt->sax->serror = &FirstError::capture;
  capture_context_free_errors();
}

FirstError::FirstError(xmlTextReader* reader) {
  xmlTextReaderSetStructuredErrorHandler(reader, &FirstError::capture_for_reader, this);
  capture_context_free_errors();
}

void FirstError::capture_context_free_errors() {
  previous_handler_ = xmlStructuredError;
  previous_context_ = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(this, &FirstError::capture_for_reader);
}

FirstError::~FirstError() {
  xmlSetStructuredErrorFunc(previous_context_, previous_handler_);
}

void FirstError::capture(void* user, xmlError* error) {
  auto* ctxt = static_cast<xmlParserCtxt*>(user);
  auto* self = static_cast<FirstError*>(ctxt->_private);
  if (self != nullptr) self->record(error);
}

void FirstError::capture_for_reader(void* self, xmlError* error) {
  static_cast<FirstError*>(self)->record(error);
}

void FirstError::record(const xmlError* error) {
  // Called from inside libxml2: nothing here may throw (assigning a short message could only
  // throw bad_alloc, and then the generic message below is used instead).
  if (seen_ || error == nullptr || error->level < XML_ERR_ERROR) return;
  seen_ = true;
  line_ = error->line;
  column_ = error->int2;
  try {
    message_ = error->message != nullptr ? error->message : "not well-formed XML";
    while (!message_.empty() && (message_.back() == '\n' || message_.back() == ' '))
      message_.pop_back();
  } catch (...) {
    message_.clear();
  }
}

void FirstError::raise(const std::string& source_name, std::int64_t fallback_line) const {
  const bool placed = line_ > 0;
  throw Error(ExitCode::kDataError, seen_ && !message_.empty() ? message_ : "not well-formed XML",
              {.file = source_name,
               .line = placed ? line_ : fallback_line,
               .column = placed ? column_ : -1});
}

DocPtr parse_document(std::string_view xml, const std::string& source_name) {
  ParserCtxtPtr ctxt(xmlNewParserCtxt());
  if (!ctxt) throw Error(ExitCode::kSoftware, "libxml2: cannot create a parser");
  FirstError first_error(ctxt.get());
  DocPtr doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()),
                               source_name.c_str(), nullptr, kSafeParseOptions));
  if (!doc || first_error.seen() || !ctxt->wellFormed) first_error.raise(source_name);
  return doc;
}

DocPtr parse_html_document(std::string_view html, const std::string& source_name) {
  DocPtr doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), source_name.c_str(),
                            "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING));
  if (!doc) throw Error(ExitCode::kDataError, "not an HTML page", {.file = source_name});
  return doc;
}

TextReaderPtr open_reader(std::string_view xml, const std::string& source_name) {
  TextReaderPtr reader(xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()),
                                          source_name.c_str(), nullptr, kSafeParseOptions));
  if (!reader) throw Error(ExitCode::kSoftware, "libxml2: cannot create a reader");
  return reader;
}

TextReaderPtr open_reader(ReadCallback read, void* context, const std::string& source_name) {
  TextReaderPtr reader(
      xmlReaderForIO(read, nullptr, context, source_name.c_str(), nullptr, kSafeParseOptions));
  if (!reader) throw Error(ExitCode::kSoftware, "libxml2: cannot create a reader");
  return reader;
}

namespace {

template <bool kAttribute>
void append_escaped(std::string& out, std::string_view s) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* entity = nullptr;
    switch (s[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";  // not required outside "]]>", but never wrong
        break;
      case '\r':
        entity = "&#13;";
        break;
      case '"':
        entity = kAttribute ? "&quot;" : nullptr;
        break;
      case '\t':
        entity = kAttribute ? "&#9;" : nullptr;
        break;
      case '\n':
        entity = kAttribute ? "&#10;" : nullptr;
        break;
      default:
        break;
    }
    if (entity == nullptr) continue;
    out.append(s.substr(from, i - from));
    out.append(entity);
    from = i + 1;
  }
  out.append(s.substr(from));
}

}  // namespace

void append_text(std::string& out, std::string_view text) {
  append_escaped<false>(out, text);
}

void append_attribute_value(std::string& out, std::string_view value) {
  append_escaped<true>(out, value);
}

std::string_view local_name(const xmlNode* node) {
  return node && node->name ? reinterpret_cast<const char*>(node->name) : "";
}

std::string attribute(const xmlNode* node, const char* name, std::string fallback) {
  XmlCharPtr v(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  if (!v) return fallback;
  return reinterpret_cast<const char*>(v.get());
}

void refuse_entity_references(const xmlNode* subtree, const std::string& source_name,
                              std::string_view format) {
  for (const xmlNode* c = subtree->children; c != nullptr; c = c->next) {
    if (c->type == XML_ENTITY_REF_NODE) {
      throw Error(ExitCode::kDataError,
                  "entity reference &" + std::string(reinterpret_cast<const char*>(c->name)) +
                      "; refused: " + std::string(format) +
                      " needs no DTD entities, and mizan expands none (XXE and entity-expansion "
                      "attacks use them)",
                  {.file = source_name, .line = xmlGetLineNo(c)});
    }
    if (c->type == XML_ELEMENT_NODE) refuse_entity_references(c, source_name, format);
  }
}

std::string text_content(const xmlNode* node) {
  XmlCharPtr v(xmlNodeGetContent(node));
  if (!v) return {};
  return reinterpret_cast<const char*>(v.get());
}

}  // namespace mizan::formats::xml
