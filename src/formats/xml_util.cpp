#include "xml_util.hpp"

namespace mizan::formats::xml {

FirstError::FirstError(xmlParserCtxt* ctxt) {
  // Per-context handler: libxml2 calls sax->serror with ctxt->userData (the context itself).
  ctxt->_private = this;
  ctxt->sax->serror = &FirstError::capture;
}

FirstError::FirstError(xmlTextReader* reader) {
  xmlTextReaderSetStructuredErrorHandler(reader, &FirstError::capture_for_reader, this);
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

void FirstError::raise(const std::string& source_name) const {
  throw Error(ExitCode::kDataError, seen_ && !message_.empty() ? message_ : "not well-formed XML",
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

StringWriter::StringWriter() {
  xmlOutputBuffer* out = xmlOutputBufferCreateIO(&StringWriter::append, nullptr, this, nullptr);
  if (out == nullptr) throw Error(ExitCode::kSoftware, "libxml2: cannot create an output buffer");
  writer_.reset(xmlNewTextWriter(out));  // owns `out` from here on, even on failure
  if (!writer_) throw Error(ExitCode::kSoftware, "libxml2: cannot create a writer");
}

int StringWriter::append(void* self, const char* buffer, int length) {
  auto* w = static_cast<StringWriter*>(self);
  try {
    w->pending_.append(buffer, static_cast<std::size_t>(length));
  } catch (...) {  // an exception must not cross libxml2's frames
    w->out_of_memory_ = true;
    return -1;
  }
  return length;
}

const xmlChar* StringWriter::terminated(std::string_view s) {
  scratch_.assign(s);
  return reinterpret_cast<const xmlChar*>(scratch_.c_str());
}

void StringWriter::check(int status, const char* what) {
  if (out_of_memory_) throw std::bad_alloc();
  if (status < 0) throw Error(ExitCode::kSoftware, std::string("libxml2 writer: cannot ") + what);
}

void StringWriter::start_element(const char* name) {
  check(xmlTextWriterStartElement(writer_.get(), reinterpret_cast<const xmlChar*>(name)),
        "start an element");
}

void StringWriter::attribute(const char* name, std::string_view value) {
  check(xmlTextWriterWriteAttribute(writer_.get(), reinterpret_cast<const xmlChar*>(name),
                                    terminated(value)),
        "write an attribute");
}

void StringWriter::text(std::string_view value) {
  if (value.empty()) return;
  check(xmlTextWriterWriteString(writer_.get(), terminated(value)), "write text");
}

void StringWriter::raw(std::string_view xml) {
  if (xml.empty()) return;
  check(xmlTextWriterWriteRawLen(writer_.get(), reinterpret_cast<const xmlChar*>(xml.data()),
                                 static_cast<int>(xml.size())),
        "write markup");
}

void StringWriter::end_element() {
  check(xmlTextWriterEndElement(writer_.get()), "end an element");
}

std::string& StringWriter::drain() {
  check(xmlTextWriterFlush(writer_.get()), "flush");
  return pending_;
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
