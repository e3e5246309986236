#pragma once
// UTF-8 code points: the one decoder every module walks text with.
//
// ASCII and well-formed two-byte sequences (U+0080-U+07FF: all of the Arabic block) are decoded
// here, inline: they are nearly all of our text, and these loops are the inner loops of matching
// keys, clean-up, sentence lengths and edit distances, run over every character of every sentence.
// Everything else goes to ICU's U8_NEXT in utf8.cpp (public headers include nothing from ICU). The
// inline cases are exactly U8_NEXT's: a byte below 80, or a lead byte C2-DF and a byte 80-BF.
// Measured with callgrind on the segmentation benchmark's text (instructions, against each loop
// calling U8_NEXT itself): with a call to ICU for every non-ASCII code point, match_key +26 % and
// clean_text +24 % on Arabic; as it is now, match_key -16 % on Arabic and -14 % on English,
// clean_text and the whole segmenter unchanged (within 0.4 %).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::text {

/// U+FFFD, what an ill-formed sequence decodes to.
inline constexpr char32_t kReplacementCharacter = 0xFFFD;

namespace detail {
/// A sequence decoded by ICU's U8_NEXT: the code point, or -1 when the sequence is ill-formed, and
/// the bytes it takes (its maximal subpart when ill-formed). Returned by value, not through a
/// reference to the caller's index: an index whose address escapes must be reloaded after every
/// char stored in the caller's loop (char may alias it), which cost match_key 4 % on English.
struct Decoded {
  std::int32_t code_point;
  std::uint32_t length;
};
/// The multi-byte sequence at s[i] (s[i] >= 0x80).
Decoded decode_multibyte(std::string_view s, std::size_t i);
/// Appends the three- or four-byte encoding of `c` (ICU's U8_APPEND_UNSAFE).
void append_multibyte(std::string& out, char32_t c);
}  // namespace detail

/// Decodes the code point that starts at byte `i` of `s` (i < s.size()) and moves `i` past it. An
/// ill-formed sequence (stray continuation byte, truncated, overlong, surrogate, above U+10FFFF)
/// gives U+FFFD and is stepped over as the Unicode standard recommends (its maximal subpart, one
/// to three bytes), so every loop ends.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < s.size()) {
    const unsigned trail = static_cast<unsigned char>(s[i + 1]) - 0x80u;
    if (trail <= 0x3F) {
      i += 2;
      return static_cast<char32_t>(((lead & 0x1Fu) << 6) | trail);
    }
  }
  const detail::Decoded d = detail::decode_multibyte(s, i);
  i += d.length;
  return d.code_point < 0 ? kReplacementCharacter : static_cast<char32_t>(d.code_point);
}

/// As next_code_point, but tells an ill-formed sequence (false; `i` moved past it, `c` left as
/// it was) from a U+FFFD written in the text (true).
inline bool next_well_formed_code_point(std::string_view s, std::size_t& i, char32_t& c) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    ++i;
    c = lead;
    return true;
  }
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < s.size()) {
    const unsigned trail = static_cast<unsigned char>(s[i + 1]) - 0x80u;
    if (trail <= 0x3F) {
      i += 2;
      c = static_cast<char32_t>(((lead & 0x1Fu) << 6) | trail);
      return true;
    }
  }
  const detail::Decoded d = detail::decode_multibyte(s, i);
  i += d.length;
  if (d.code_point < 0) return false;
  c = static_cast<char32_t>(d.code_point);
  return true;
}

/// The code points of a UTF-8 string, for range-for: `for (char32_t c : CodePoints(s))`. The
/// string must outlive the loop.
class CodePoints {
 public:
  class Iterator {
   public:
    using value_type = char32_t;
    using difference_type = std::ptrdiff_t;
    Iterator() = default;
    Iterator(std::string_view s, std::size_t at) : s_(s), at_(at), next_(at) {
      if (at_ < s_.size()) current_ = next_code_point(s_, next_);
    }
    char32_t operator*() const { return current_; }
    Iterator& operator++() {
      at_ = next_;
      if (at_ < s_.size()) current_ = next_code_point(s_, next_);
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++*this;
      return before;
    }
    /// Byte offsets of the current code point: [offset(), end_offset()).
    std::size_t offset() const { return at_; }
    std::size_t end_offset() const { return next_; }
    bool operator==(const Iterator& o) const { return at_ == o.at_; }

   private:
    std::string_view s_;
    std::size_t at_ = 0;    // where the current code point starts
    std::size_t next_ = 0;  // where the next one starts
    char32_t current_ = 0;
  };

  explicit CodePoints(std::string_view utf8) : s_(utf8) {}
  Iterator begin() const { return {s_, 0}; }
  Iterator end() const { return {s_, s_.size()}; }

 private:
  std::string_view s_;
};

/// Number of code points (an ill-formed sequence counts as one, as next_code_point steps).
std::size_t count_code_points(std::string_view utf8);

/// The code points of `utf8`, decoded.
std::vector<char32_t> to_code_points(std::string_view utf8);

/// Appends the UTF-8 encoding of `c` (a scalar value: not a surrogate, at most U+10FFFF). One and
/// two bytes inline, as decoding (match_key writes every letter it reads).
inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    const char bytes[2] = {static_cast<char>(0xC0 | (c >> 6)),
                           static_cast<char>(0x80 | (c & 0x3F))};
    out.append(bytes, 2);
  } else {
    detail::append_multibyte(out, c);
  }
}

/// Byte range [begin, end) of an ill-formed UTF-8 sequence; begin == npos when there is none.
struct IllFormedSequence {
  static constexpr std::size_t npos = std::string_view::npos;
  std::size_t begin = npos;
  std::size_t end = npos;
  bool found() const { return begin != npos; }
};

/// The first ill-formed sequence at or after byte `from` of `bytes` (the input validators' scan).
IllFormedSequence find_ill_formed_utf8(std::string_view bytes, std::size_t from = 0);

}  // namespace mizan::text
