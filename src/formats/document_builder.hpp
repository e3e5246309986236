#pragma once
// What the HTML and DOCX readers share: blocks built from text and inline codes as a document's
// tree is walked, white space collapsed as a browser or word processor shows it, and code ids
// numbered through the document.

#include <string>
#include <string_view>

#include "mizan/core/document_content.hpp"

namespace mizan::formats {

class DocumentBuilder {
 public:
  DocumentBuilder(std::string file, std::string datatype);

  /// Text of the current block (one is started when there is none). Runs of white space become
  /// one space unless `preformatted`; `location` is where it was read, kept for the block.
  void text(std::string_view text, bool preformatted, std::string location);
  /// An opening code; returns the id its close must give.
  std::string open(std::string original);
  void close(const std::string& id, std::string original);
  void placeholder(std::string original);
  /// Ends the current block; a block without text (white space or codes only) is dropped.
  void end_block();
  SourceDocument finish();

 private:
  TextBlock& current();

  SourceDocument document_;
  TextBlock block_;
  bool open_block_ = false;
  std::size_t next_id_ = 0;
};

}  // namespace mizan::formats
