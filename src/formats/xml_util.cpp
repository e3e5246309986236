#include "xml_util.hpp"

namespace mizan::formats::xml {

FirstError::FirstError(xmlParserCtxt* ctxt) {
  // Per-context handler: libxml2 calls sax->serror with ctxt->userData (the context itself).
  ctxt->_private = this;
  ctxt->sax->serror = &FirstError::capture;
}

void FirstError::capture(void* user, xmlError* error) {
  auto* ctxt = static_cast<xmlParserCtxt*>(user);
  auto* self = static_cast<FirstError*>(ctxt->_private);
  if (self == nullptr || self->seen_ || error == nullptr || error->level < XML_ERR_ERROR) return;
  self->seen_ = true;
  self->message_ = error->message != nullptr ? error->message : "not well-formed XML";
  while (!self->message_.empty() && (self->message_.back() == '\n' || self->message_.back() == ' '))
    self->message_.pop_back();
  self->line_ = error->line;
  self->column_ = error->int2;
}

void FirstError::raise(const std::string& source_name) const {
  throw Error(ExitCode::kDataError, seen_ ? message_ : "not well-formed XML",
              {.file = source_name, .line = line_, .column = column_});
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

std::string_view local_name(const xmlNode* node) {
  return node && node->name ? reinterpret_cast<const char*>(node->name) : "";
}

std::string attribute(const xmlNode* node, const char* name, std::string fallback) {
  XmlCharPtr v(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  if (!v) return fallback;
  return reinterpret_cast<const char*>(v.get());
}

std::string text_content(const xmlNode* node) {
  XmlCharPtr v(xmlNodeGetContent(node));
  if (!v) return {};
  return reinterpret_cast<const char*>(v.get());
}

}  // namespace mizan::formats::xml
