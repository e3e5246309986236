#include "mizan/align/beads.hpp"

#include <charconv>

#include "mizan/core/error.hpp"
#include "mizan/text/lines.hpp"

namespace mizan::align {
namespace {

void append_side(std::string& out, std::size_t begin, std::size_t count) {
  out += '[';
  for (std::size_t k = 0; k < count; ++k) {
    if (k) out += ',';
    out += std::to_string(begin + k);
  }
  out += ']';
}

[[noreturn]] void fail(const std::string& source, std::int64_t line, const std::string& what) {
  throw Error(ExitCode::kDataError, what, SourceLocation{source, line, -1, -1});
}

// "[1, 2]" -> begin/count; indices must be consecutive.
void parse_side(std::string_view s, std::size_t& begin, std::size_t& count,
                const std::string& source, std::int64_t line) {
  if (s.size() < 2 || s.front() != '[' || s.back() != ']') {
    fail(source, line, "not a bead (expected [i,...]:[j,...]): " + std::string(s));
  }
  s = s.substr(1, s.size() - 2);
  count = 0;
  std::size_t p = 0;
  while (p < s.size()) {
    while (p < s.size() && s[p] == ' ')
      ++p;
    if (p == s.size()) break;
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(s.data() + p, s.data() + s.size(), value);
    if (ec != std::errc()) fail(source, line, "not a sentence index: " + std::string(s.substr(p)));
    p = static_cast<std::size_t>(end - s.data());
    while (p < s.size() && s[p] == ' ')
      ++p;
    if (p < s.size()) {
      if (s[p] != ',') fail(source, line, "expected ',' between indices: " + std::string(s));
      ++p;
    }
    if (count == 0) {
      begin = value;
    } else if (value != begin + count) {
      fail(source, line, "indices of a bead must be consecutive: [" + std::string(s) + "]");
    }
    ++count;
  }
}

}  // namespace

std::string format_bead(const Bead& bead) {
  std::string out;
  append_side(out, bead.en_begin, bead.en_count);
  out += ':';
  append_side(out, bead.ar_begin, bead.ar_count);
  return out;
}

std::vector<Bead> parse_beads(std::string_view text, const std::string& source_name,
                              std::size_t en_sentences, std::size_t ar_sentences) {
  std::vector<Bead> beads;
  std::size_t next_en = 0, next_ar = 0;
  text::LineReader lines(text);
  std::int64_t line_no = 0;
  for (std::string_view line; lines.next(line);) {
    line_no = lines.number();
    line = text::trim(line);
    if (line.empty()) continue;
    const std::size_t colon = line.find("]:[");
    if (colon == std::string_view::npos) {
      fail(source_name, line_no, "not a bead (expected [i,...]:[j,...]): " + std::string(line));
    }
    Bead b;
    b.confidence = 1.0;
    parse_side(line.substr(0, colon + 1), b.en_begin, b.en_count, source_name, line_no);
    parse_side(line.substr(colon + 2), b.ar_begin, b.ar_count, source_name, line_no);
    if (b.en_count == 0 && b.ar_count == 0) fail(source_name, line_no, "empty bead []:[]");
    if (b.en_count == 0) b.en_begin = next_en;
    if (b.ar_count == 0) b.ar_begin = next_ar;
    if (b.en_begin != next_en || b.ar_begin != next_ar) {
      fail(source_name, line_no,
           "bead " + std::string(line) + " does not continue the previous one (next English " +
               std::to_string(next_en) + ", next Arabic " + std::to_string(next_ar) + ")");
    }
    next_en += b.en_count;
    next_ar += b.ar_count;
    if ((en_sentences != std::string_view::npos && next_en > en_sentences) ||
        (ar_sentences != std::string_view::npos && next_ar > ar_sentences)) {
      fail(source_name, line_no, "bead " + std::string(line) + " is past the last sentence");
    }
    beads.push_back(b);
  }
  if ((en_sentences != std::string_view::npos && next_en != en_sentences) ||
      (ar_sentences != std::string_view::npos && next_ar != ar_sentences)) {
    fail(source_name, line_no + 1,
         "beads end at English " + std::to_string(next_en) + " / Arabic " +
             std::to_string(next_ar) + " but there are " + std::to_string(en_sentences) + " / " +
             std::to_string(ar_sentences) + " sentences");
  }
  return beads;
}

std::string bead_text(const std::vector<std::string>& sentences, std::size_t begin,
                      std::size_t count) {
  std::string s;
  for (std::size_t k = begin; k < begin + count; ++k) {
    if (k > begin) s += ' ';
    s += sentences[k];
  }
  return s;
}

TranslationUnit bead_unit(const Bead& b, const std::vector<std::string>& en,
                          const std::vector<std::string>& ar, const std::string& document) {
  TranslationUnit u;
  u.en = bead_text(en, b.en_begin, b.en_count);
  u.ar = bead_text(ar, b.ar_begin, b.ar_count);
  u.origins.push_back({document, static_cast<std::int64_t>(b.en_begin)});
  if (b.en_begin > 0) u.prev_en = en[b.en_begin - 1];
  if (b.ar_begin > 0) u.prev_ar = ar[b.ar_begin - 1];
  if (b.en_begin + b.en_count < en.size()) u.next_en = en[b.en_begin + b.en_count];
  if (b.ar_begin + b.ar_count < ar.size()) u.next_ar = ar[b.ar_begin + b.ar_count];
  u.confidence = b.confidence;
  return u;
}

}  // namespace mizan::align
