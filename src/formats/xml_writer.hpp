#pragma once
// xmlTextWriter over a memory buffer, as an owner whose calls throw instead of returning -1. The
// XLIFF writer uses it: its documents are a few thousand segments, so the per-call cost that made
// the TMX writer serialise by hand (xml_util.hpp) does not matter here, and xmlTextWriter's
// escaping and namespace bookkeeping are not written twice.

#include <libxml/xmlwriter.h>

#include <memory>
#include <string>
#include <string_view>

#include "mizan/formats/unit_io.hpp"

namespace mizan::formats::xml {

class TextWriter {
 public:
  /// A writer whose output goes to `sink` at each flush_to_sink().
  explicit TextWriter(ByteSink sink);
  ~TextWriter();
  TextWriter(const TextWriter&) = delete;
  TextWriter& operator=(const TextWriter&) = delete;

  void start_document();
  void end_document();  // closes every open element and hands everything to the sink
  void start(const char* name);
  void end();
  /// An attribute of the element just started; skipped when `value` is empty and `skip_empty`.
  void attribute(const char* name, std::string_view value, bool skip_empty = false);
  /// Character data, escaped; throws kDataError for invalid UTF-8 (naming `what`).
  void text(std::string_view value, std::string_view what);
  /// <name>value</name>
  void element(const char* name, std::string_view value, std::string_view what);
  /// Indents element-only content (on) but never mixed content (off while inside it), where the
  /// white space would become part of the text.
  void indent(bool on);
  /// Starts an element of mixed content (text and inline elements): nothing inside is indented.
  void start_mixed(const char* name);
  /// Ends it and goes back to indenting.
  void end_mixed();
  /// Hands what was written so far to the sink.
  void flush_to_sink();

 private:
  struct BufferDeleter {
    void operator()(xmlBuffer* b) const { xmlBufferFree(b); }
  };
  struct WriterDeleter {
    void operator()(xmlTextWriter* w) const { xmlFreeTextWriter(w); }
  };
  void check(int rc) const;

  ByteSink sink_;
  std::unique_ptr<xmlBuffer, BufferDeleter> buffer_;
  std::unique_ptr<xmlTextWriter, WriterDeleter> writer_;
};

}  // namespace mizan::formats::xml
