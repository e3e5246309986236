#include "document_builder.hpp"

#include <algorithm>

namespace mizan::formats {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool ends_with_space(const InlineContent& content) {
  for (auto it = content.rbegin(); it != content.rend(); ++it) {
    if (it->kind != InlinePiece::Kind::kText) continue;
    if (!it->text.empty()) return is_space(it->text.back());
  }
  return true;  // the start of a block: leading white space goes
}

}  // namespace

DocumentBuilder::DocumentBuilder(std::string file, std::string datatype) {
  document_.file = std::move(file);
  document_.datatype = std::move(datatype);
}

TextBlock& DocumentBuilder::current() {
  open_block_ = true;
  return block_;
}

void DocumentBuilder::text(std::string_view text, bool preformatted, std::string location) {
  TextBlock& block = current();
  if (block.location.empty()) block.location = std::move(location);
  std::string out;
  bool space = ends_with_space(block.content);
  for (char c : text) {
    if (!preformatted && is_space(c)) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    out += c;
    space = false;
  }
  if (out.empty()) return;
  if (!block.content.empty() && block.content.back().kind == InlinePiece::Kind::kText) {
    block.content.back().text += out;
  } else {
    block.content.push_back(text_piece(std::move(out)));
  }
}

std::string DocumentBuilder::open(std::string original) {
  std::string id = std::to_string(++next_id_);
  current().content.push_back(code_piece(InlinePiece::Kind::kOpen, id, std::move(original)));
  return id;
}

void DocumentBuilder::close(const std::string& id, std::string original) {
  current().content.push_back(code_piece(InlinePiece::Kind::kClose, id, std::move(original)));
}

void DocumentBuilder::placeholder(std::string original) {
  current().content.push_back(
      code_piece(InlinePiece::Kind::kPlaceholder, std::to_string(++next_id_), std::move(original)));
}

void DocumentBuilder::end_block() {
  if (!open_block_) return;
  open_block_ = false;
  const std::string text = plain_text(block_.content);
  const bool has_text = std::any_of(text.begin(), text.end(), [](char c) { return !is_space(c); });
  if (has_text) document_.blocks.push_back(std::move(block_));
  block_ = TextBlock();
}

SourceDocument DocumentBuilder::finish() {
  end_block();
  return std::move(document_);
}

}  // namespace mizan::formats
