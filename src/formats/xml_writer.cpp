#include "xml_writer.hpp"

#include "mizan/core/error.hpp"
#include "mizan/text/input.hpp"

namespace mizan::formats::xml {

namespace {
const xmlChar* x(const char* s) {
  return reinterpret_cast<const xmlChar*>(s);
}
}  // namespace

TextWriter::TextWriter(ByteSink sink) : sink_(std::move(sink)), buffer_(xmlBufferCreate()) {
  if (!buffer_) throw std::bad_alloc();
  writer_.reset(xmlNewTextWriterMemory(buffer_.get(), 0));
  if (!writer_) throw std::bad_alloc();
  check(xmlTextWriterSetIndentString(writer_.get(), x("  ")));
}

TextWriter::~TextWriter() = default;

void TextWriter::check(int rc) const {
  // xmlTextWriter over memory fails only when it cannot allocate.
  if (rc < 0) throw std::bad_alloc();
}

void TextWriter::start_document() {
  check(xmlTextWriterStartDocument(writer_.get(), nullptr, "UTF-8", nullptr));
}

void TextWriter::end_document() {
  check(xmlTextWriterEndDocument(writer_.get()));
  flush_to_sink();
}

void TextWriter::start(const char* name) {
  check(xmlTextWriterStartElement(writer_.get(), x(name)));
}

void TextWriter::end() {
  check(xmlTextWriterEndElement(writer_.get()));
}

void TextWriter::attribute(const char* name, std::string_view value, bool skip_empty) {
  if (skip_empty && value.empty()) return;
  if (text::find_invalid_utf8(value) != std::string_view::npos) {
    throw Error(ExitCode::kDataError,
                std::string("invalid UTF-8 in the ") + name + " attribute of an XLIFF element");
  }
  const std::string copy(value);
  check(xmlTextWriterWriteAttribute(writer_.get(), x(name), x(copy.c_str())));
}

void TextWriter::text(std::string_view value, std::string_view what) {
  const std::size_t bad = text::find_invalid_utf8(value);
  if (bad != std::string_view::npos) {
    throw Error(ExitCode::kDataError,
                "invalid UTF-8 in " + std::string(what) + " at byte " + std::to_string(bad));
  }
  const std::string copy(value);
  check(xmlTextWriterWriteString(writer_.get(), x(copy.c_str())));
}

void TextWriter::element(const char* name, std::string_view value, std::string_view what) {
  start(name);
  text(value, what);
  end();
}

void TextWriter::indent(bool on) {
  check(xmlTextWriterSetIndent(writer_.get(), on ? 1 : 0));
}

void TextWriter::start_mixed(const char* name) {
  start(name);
  indent(false);
}

void TextWriter::end_mixed() {
  end();
  indent(true);
  // With indenting off the writer did not end the line after the element; the next sibling (or
  // the parent's end tag) starts on a new line, as in the rest of the file.
  check(xmlTextWriterWriteRaw(writer_.get(), x("\n")));
}

void TextWriter::flush_to_sink() {
  check(xmlTextWriterFlush(writer_.get()));
  const int size = xmlBufferLength(buffer_.get());
  if (size > 0) {
    sink_(std::string_view(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                           static_cast<std::size_t>(size)));
    xmlBufferEmpty(buffer_.get());
  }
}

}  // namespace mizan::formats::xml
