#include "mizan/formats/documents.hpp"
#include "mizan/text/input.hpp"

namespace mizan::formats {

SourceDocument read_text_document(const std::string& path) {
  SourceDocument document{.file = path, .datatype = "plaintext", .blocks = {}};
  TextBlock block;
  block.content.push_back(text_piece(text::read_text_file(path)));
  block.location = "line 1";
  document.blocks.push_back(std::move(block));
  return document;
}

}  // namespace mizan::formats
