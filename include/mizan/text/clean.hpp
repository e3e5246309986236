#pragma once
// Clean-up that keeps what the user wrote: it removes only what nobody can see or means (BOM, bidi
// controls, other invisible format characters, CR of CRLF), undoes PDF presentation forms and
// normalises to NFC. Letters, diacritics, tatweel and punctuation stay as written; folding them is
// the matching key's job (match_key.hpp).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::text {

/// Maps byte offsets in cleaned text back to the text it was cleaned from.
class OffsetMap {
 public:
  /// Which side of a removed or rewritten span an offset at its edge belongs to: a sentence start
  /// wants kAfter (skip an invisible mark before it), a sentence end kBefore.
  enum class Bias { kBefore, kAfter };

  std::size_t to_source(std::size_t cleaned_offset, Bias bias = Bias::kBefore) const;
  bool is_identity() const { return spans_.empty(); }

  struct Span {  // one changed region: [src, src+src_len) became [dst, dst+dst_len)
    std::size_t src, src_len, dst, dst_len;
  };
  /// Built by clean(); spans sorted and non-overlapping.
  explicit OffsetMap(std::vector<Span> changed_spans = {}) : spans_(std::move(changed_spans)) {}

 private:
  std::vector<Span> spans_;
};

struct CleanedText {
  std::string text;
  OffsetMap map;  // cleaned offset -> input offset
};

/// Cleans valid UTF-8 (see file comment). Line ends become "\n".
CleanedText clean_with_map(std::string_view utf8);

/// clean_with_map without the map.
std::string clean(std::string_view utf8);

}  // namespace mizan::text
