#pragma once
// Documents to translate, read into blocks with their formatting as inline codes
// (core/document_content.hpp): plain text, HTML, Word (DOCX) and gettext PO. Each reader refuses
// what it cannot translate faithfully with kDataError naming the file and the place, before the
// caller has written anything.

#include <string>

#include "mizan/core/document_content.hpp"

namespace mizan::formats {

/// UTF-8 (or UTF-16 with a BOM) text; one block, its paragraphs left to the segmenter.
SourceDocument read_text_document(const std::string& path);

/// An HTML page (libxml2's HTML parser): block elements are blocks, inline elements codes.
/// kDataError naming the line for a page with scripts (<script>, on… attributes, javascript:
/// links).
SourceDocument read_html_document(const std::string& path);

/// A gettext PO file (po.hpp): one block per entry, its comments as notes. Its refusals are
/// read_po_file's.
SourceDocument read_po_document(const std::string& path);

}  // namespace mizan::formats
