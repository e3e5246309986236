#include "mizan/formats/moses.hpp"

#include "mizan/text/input.hpp"

namespace mizan::formats {
namespace {
constexpr std::size_t kSinkChunk = 256 * 1024;
}  // namespace

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
  for (const std::string* side : {&unit.en, &unit.ar}) {
    if (const std::size_t bad = text::find_invalid_utf8(*side); bad != std::string_view::npos) {
      throw Error(ExitCode::kDataError, "unit " + std::to_string(unit.id) +
                                            ": invalid UTF-8 at byte " + std::to_string(bad));
    }
  }
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
