#pragma once
// Moses-style line-aligned bitext for MT training (Moses, Marian, OpenNMT, fairseq): FILE.en and
// FILE.ar, line n of one the translation of line n of the other. Plain text only; a line break or
// tab inside a segment becomes a space, because a line is a segment in this format.

#include <string>
#include <string_view>

#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// Writes the two files of a Moses bitext. It buffers output, so one thread writes to it.
class MosesWriter : public UnitWriter {
 public:
  MosesWriter(ByteSink english, ByteSink arabic);
  void write(const TranslationUnit& unit) override;
  void finish() override;

 private:
  void flush();
  ByteSink english_, arabic_;
  std::string en_buffer_, ar_buffer_;
};

/// One line of Moses text: line breaks and tabs folded into single spaces.
std::string moses_line(std::string_view text);

}  // namespace mizan::formats
