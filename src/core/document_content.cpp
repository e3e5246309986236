#include "mizan/core/document_content.hpp"

#include <algorithm>

namespace mizan {

std::string plain_text(const InlineContent& content) {
  std::string text;
  for (const InlinePiece& piece : content) {
    if (piece.kind == InlinePiece::Kind::kText) text += piece.text;
  }
  return text;
}

bool has_codes(const InlineContent& content) {
  return std::any_of(content.begin(), content.end(), [](const InlinePiece& piece) {
    return piece.kind != InlinePiece::Kind::kText;
  });
}

}  // namespace mizan
