#include "mizan/formats/moses.hpp"

#include "writer_util.hpp"

namespace mizan::formats {
std::string moses_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const bool breaks = c == '\n' || c == '\r' || c == '\t';
    if (!breaks) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  return out;
}

MosesWriter::MosesWriter(ByteSink english, ByteSink arabic)
    : english_(std::move(english)), arabic_(std::move(arabic)) {}

void MosesWriter::write(const TranslationUnit& unit) {
  require_utf8_text(unit);
  en_buffer_ += moses_line(unit.en);
  en_buffer_ += '\n';
  ar_buffer_ += moses_line(unit.ar);
  ar_buffer_ += '\n';
  ++written_;
  if (en_buffer_.size() + ar_buffer_.size() >= kSinkChunk) flush();
}

void MosesWriter::flush() {
  pass_chunk(english_, en_buffer_, true);
  pass_chunk(arabic_, ar_buffer_, true);
}

void MosesWriter::finish() {
  flush();
}

}  // namespace mizan::formats
