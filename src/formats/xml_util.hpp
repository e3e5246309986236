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
/// not printed: they are captured (see FirstError) and reported as mizan::Error.
constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOWARNING;

/// The first error libxml2 reports on a parser context (its own "last error" is the last one,
/// often a consequence of the first). Install before parsing; the context must outlive it.
class FirstError {
 public:
  explicit FirstError(xmlParserCtxt* ctxt);
  bool seen() const { return seen_; }
  /// Throws kDataError with the captured message and line:column.
  [[noreturn]] void raise(const std::string& source_name) const;

 private:
  static void capture(void* ctxt, xmlError* error);
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

/// Local name of an element ("rule" for <srx:rule>).
std::string_view local_name(const xmlNode* node);

/// Attribute value, or `fallback` when absent.
std::string attribute(const xmlNode* node, const char* name, std::string fallback = {});

/// Concatenated text content of a node.
std::string text_content(const xmlNode* node);

}  // namespace mizan::formats::xml
