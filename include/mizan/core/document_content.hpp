#pragma once
// A document to translate, as its reader (plain text, HTML, DOCX, gettext PO) hands it over: blocks
// of text translated as wholes (paragraphs, PO entries), their formatting kept as inline codes that
// a CAT tool shows and the translator places but does not translate. Plain data shared by the
// format readers, the pipeline that segments and pretranslates, and the XLIFF writer.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace mizan {

/// One piece of a block or segment: text, or an inline code.
struct InlinePiece {
  enum class Kind {
    kText,         // text to translate
    kOpen,         // start of a formatting span (<b>, a DOCX run with properties)
    kClose,        // its end: the kOpen with the same id
    kPlaceholder,  // a standalone code (<br/>, an image, a tab)
  };
  Kind kind = Kind::kText;
  std::string text;      // kText: the text; codes: empty
  std::string id;        // codes: an open and its close share it; unique within the document
  std::string original;  // codes: the markup it stands for ("<b>", "</a>"), kept for a round trip
};

using InlineContent = std::vector<InlinePiece>;

inline InlinePiece text_piece(std::string text) {
  InlinePiece p;
  p.text = std::move(text);
  return p;
}

inline InlinePiece code_piece(InlinePiece::Kind kind, std::string id, std::string original) {
  InlinePiece p;
  p.kind = kind;
  p.id = std::move(id);
  p.original = std::move(original);
  return p;
}

/// The text of `content` without its codes.
std::string plain_text(const InlineContent& content);

/// Whether `content` holds any inline code.
bool has_codes(const InlineContent& content);

/// A block translated as a whole: a paragraph, a heading, a PO entry.
struct TextBlock {
  std::string id;         // the source format's id (a PO entry's msgctxt + msgid), else empty
  InlineContent content;  // what to translate
  std::vector<std::string> notes;  // comments for the translator (PO "#." lines)
  std::string location;            // where in the file it was read ("line 12"), for messages
};

/// A document read for translation.
struct SourceDocument {
  std::string file;      // as the user named it
  std::string datatype;  // XLIFF datatype: "plaintext", "html", "x-docx", "po"
  std::vector<TextBlock> blocks;
};

}  // namespace mizan
