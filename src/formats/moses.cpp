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
  require_utf8(unit.en, unit, "English text");
  require_utf8(unit.ar, unit, "Arabic text");
  en_buffer_ += moses_line(unit.en);
  en_buffer_ += '\n';
  ar_buffer_ += moses_line(unit.ar);
  ar_buffer_ += '\n';
  ++written_;
  if (en_buffer_.size() + ar_buffer_.size() >= kSinkChunk) flush();
}

void MosesWriter::flush() {
  if (!en_buffer_.empty()) english_(en_buffer_);
  if (!ar_buffer_.empty()) arabic_(ar_buffer_);
  en_buffer_.clear();
  ar_buffer_.clear();
}

void MosesWriter::finish() {
  flush();
}

}  // namespace mizan::formats
