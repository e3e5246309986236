#pragma once
// libxml2 owners and the one place where parser options are chosen. Every XML reader in mizan
// parses with kSafeParseOptions: no network, no external DTD or entity loading, no entity
// substitution into the tree (NOENT), no "huge" mode, so XXE and entity bombs are refused.

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <memory>
#include <string>
#include <string_view>

#include "mizan/core/error.hpp"

namespace mizan::formats::xml {

/// Parser options for all untrusted XML (never XML_PARSE_NOENT, DTDLOAD or HUGE). Errors are
/// not printed: they are captured (see FirstError) and reported as mizan::Error. BIG_LINES keeps
/// line numbers past 65535 on text nodes (a 1,000,000-unit TMX has ten million lines).
constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;

/// The first error libxml2 reports on a parser context (its own "last error" is the last one,
/// often a consequence of the first). Install before parsing; the context must outlive it.
/// While it lives it also takes the errors libxml2 raises without a context (the encoding
/// converters', the I/O layer's), which libxml2 would otherwise print on stderr and which can end
/// a streaming parse early: it installs itself as libxml2's per-thread structured error handler
/// and puts the previous one back on destruction, so it is made, used and destroyed on the
/// thread that parses.
class FirstError {
 public:
  explicit FirstError(xmlParserCtxt* ctxt);
  /// For a streaming reader (whose context's _private belongs to the reader itself): installs
  /// the reader's structured error handler. The reader must outlive this object.
  explicit FirstError(xmlTextReader* reader);
  ~FirstError();
  FirstError(const FirstError&) = delete;
  FirstError& operator=(const FirstError&) = delete;
  bool seen() const { return seen_; }
  /// Throws kDataError with the captured message and line:column; an error libxml2 raised
  /// without a position (a converter's) gets `fallback_line`, the caller's parser position.
  [[noreturn]] void raise(const std::string& source_name, std::int64_t fallback_line = -1) const;

 private:
  static void capture(void* ctxt, xmlError* error);
  static void capture_for_reader(void* self, xmlError* error);
  void record(const xmlError* error);
  void capture_context_free_errors();

  xmlStructuredErrorFunc previous_handler_ = nullptr;
  void* previous_context_ = nullptr;
  bool seen_ = false;
  std::string message_;
  int line_ = -1;
  int column_ = -1;
};

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ParserCtxtDeleter {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};
struct TextReaderDeleter {
  void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};
struct XmlCharDeleter {
  void operator()(xmlChar* s) const { xmlFree(s); }
};

using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;
using ParserCtxtPtr = std::unique_ptr<xmlParserCtxt, ParserCtxtDeleter>;
using TextReaderPtr = std::unique_ptr<xmlTextReader, TextReaderDeleter>;
using XmlCharPtr = std::unique_ptr<xmlChar, XmlCharDeleter>;

/// Parses a whole document held in memory into a tree; a malformed one throws kDataError with
/// the file, line and column libxml2 reports.
DocPtr parse_document(std::string_view xml, const std::string& source_name);

/// Parses an HTML page held in memory (UTF-8) with libxml2's HTML parser: no network, errors and
/// warnings not printed (the parser repairs tag soup as browsers do, so there is little to refuse).
DocPtr parse_html_document(std::string_view html, const std::string& source_name);

/// Pulls input bytes for a streaming reader. Called from inside libxml2, so it must not throw:
/// returns the number of bytes read, 0 at the end, -1 on a read error.
using ReadCallback = int (*)(void* context, char* buffer, int length);

/// A streaming reader (xmlTextReader) with kSafeParseOptions over bytes held in memory, which
/// must outlive it. Install a FirstError on it before the first xmlTextReaderRead.
TextReaderPtr open_reader(std::string_view xml, const std::string& source_name);

/// A streaming reader pulling its input through `read(context, ...)`. Files are opened by the
/// caller, never by libxml2, whose file loader would also follow http:// and ftp:// names.
TextReaderPtr open_reader(ReadCallback read, void* context, const std::string& source_name);

/// Appends `text` as XML character data: & < > escaped, and CR as &#13; (a parser would turn a
/// literal CR or CRLF into LF). The caller guarantees valid UTF-8 without characters XML 1.0
/// forbids. mizan serialises with these two functions rather than xmlTextWriter: on 1,000,000
/// TMX units xmlTextWriter's per-call buffer work cost ~69,000 instructions per unit
/// (callgrind), 79,000 units/s against the 100,000 the export must reach.
void append_text(std::string& out, std::string_view text);

/// Appends `value` for a double-quoted attribute: & < > " escaped, and tab, LF and CR as
/// character references, which attribute-value normalisation (XML 1.0 section 3.3.3) would
/// otherwise turn into spaces.
void append_attribute_value(std::string& out, std::string_view value);

/// Local name of an element ("rule" for <srx:rule>).
std::string_view local_name(const xmlNode* node);

/// Attribute value, or `fallback` when absent.
std::string attribute(const xmlNode* node, const char* name, std::string fallback = {});

/// Concatenated text content of a node.
std::string text_content(const xmlNode* node);

/// Throws kDataError naming `source_name` and the line when `subtree` holds an entity reference
/// (&name; of a DTD entity): mizan expands none (XXE, entity bombs), so the text it stands for
/// would be dropped without a word. `format` names the file type in the message ("TBX").
void refuse_entity_references(const xmlNode* subtree, const std::string& source_name,
                              std::string_view format);

}  // namespace mizan::formats::xml
