#include "mizan/text/clean.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>

#include <algorithm>
#include <cstring>

#include "mizan/core/error.hpp"
#include "mizan/text/utf8.hpp"

namespace mizan::text {
namespace {

// Characters the clean-up removes: U+FEFF (BOM / zero-width no-break space), bidi controls (LRM,
// RLM, ALM, embeddings, overrides, isolates) and every other format character (Cf: soft hyphen,
// zero-width space, word joiner, tags...), except ZWNJ/ZWJ which change how Arabic-script and emoji
// text is shaped and so are content, and the Arabic number signs U+0600-U+0605, U+06DD, U+08E2,
// which are visible.
bool is_removed(UChar32 c) {
  if (c < 0x80) return false;
  if (c == 0x200C || c == 0x200D) return false;
  if ((c >= 0x0600 && c <= 0x0605) || c == 0x06DD || c == 0x08E2 || c == 0x110BD) return false;
  return u_charType(c) == U_FORMAT_CHAR;
}

// Arabic Presentation Forms-A (FB50-FDFF) and -B (FE70-FEFE): glyph codes that PDF text extraction
// produces. Their compatibility decompositions are the base letters.
bool is_presentation_form(UChar32 c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
}

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(ExitCode::kSoftware, std::string(what) + ": " + u_errorName(status));
  }
}

// The filtered NFKC that only touches presentation forms. Built per call: cheap next to
// normalisation itself and only needed on the rare text that has them.
std::string unfold_presentation_forms(const std::string& in, icu::Edits& edits) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  check(status, "NFKC");
  icu::UnicodeSet forms(0xFB50, 0xFDFF);
  forms.add(0xFE70, 0xFEFE);
  forms.freeze();
  icu::FilteredNormalizer2 filtered(*nfkc, forms);
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(in.size()));
  filtered.normalizeUTF8(0, in, sink, &edits, status);
  check(status, "presentation forms");
  return out;
}

std::vector<OffsetMap::Span> spans_of(const icu::Edits& edits) {
  std::vector<OffsetMap::Span> spans;
  UErrorCode status = U_ZERO_ERROR;
  auto it = edits.getFineChangesIterator();
  while (it.next(status)) {
    spans.push_back({static_cast<std::size_t>(it.sourceIndex()),
                     static_cast<std::size_t>(it.oldLength()),
                     static_cast<std::size_t>(it.destinationIndex()),
                     static_cast<std::size_t>(it.newLength())});
  }
  check(status, "offset map");
  return spans;
}

}  // namespace

std::size_t OffsetMap::to_source(std::size_t cleaned, Bias bias) const {
  // First span reaching `cleaned`; spans before it lie wholly to its left.
  auto it = std::lower_bound(spans_.begin(), spans_.end(), cleaned,
                             [](const Span& s, std::size_t c) { return s.dst + s.dst_len < c; });
  if (it == spans_.end() || cleaned < it->dst) {
    if (it == spans_.begin()) return cleaned;
    const Span& prev = *(it - 1);
    return prev.src + prev.src_len + (cleaned - (prev.dst + prev.dst_len));
  }
  const std::size_t dst_end = it->dst + it->dst_len;
  // Inside or at the start of rewritten text: its source start is the nearest faithful position.
  if (it->dst_len > 0 && cleaned < dst_end) return it->src;
  if (bias == Bias::kBefore) return it->dst_len == 0 ? it->src : it->src + it->src_len;
  // kAfter: step over every removal sitting at this offset.
  while (it + 1 != spans_.end() && (it + 1)->dst == cleaned && (it + 1)->dst_len == 0)
    ++it;
  return it->src + it->src_len;
}

namespace {

// The end of the run of ASCII bytes other than CR starting at i, which clean_with_map keeps as
// they are. Long runs (English) go eight bytes at a time; a one-byte run (the space between two
// Arabic words) is not worth the eight-byte test.
int32_t plain_run_end(const uint8_t* s, int32_t i, int32_t len) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  while (i < len && s[i] < 0x80 && s[i] != '\r') {
    if (i + 8 <= len && s[i + 1] < 0x80) {
      uint64_t word;
      std::memcpy(&word, s + i, sizeof word);
      // A byte of `cr` is zero where `word` holds a CR; with no high bits set in `word`, the
      // classic test (x - 1) & ~x & 0x80 finds a zero byte exactly.
      const uint64_t cr = word ^ (kOnes * '\r');
      if (((word | ((cr - kOnes) & ~cr)) & kHighBits) == 0) {
        i += 8;
        continue;
      }
    }
    ++i;
  }
  return i;
}

}  // namespace

CleanedText clean_with_map(std::string_view in) {
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const auto len = static_cast<int32_t>(in.size());
  // Fast path: plain ASCII without CR (most English text) is returned as it is.
  const int32_t plain_end = plain_run_end(s, 0, len);
  if (plain_end == len) return {std::string(in), OffsetMap()};

  // Pass 1: removals and line ends, recorded as edits.
  icu::Edits removal;
  std::string text;
  text.reserve(in.size());
  bool needs_forms = false;
  bool ascii = true;  // ASCII text is in NFC already
  int32_t i = plain_end;
  int32_t run_start = 0;
  auto flush_run = [&](int32_t end) {
    if (end > run_start) {
      text.append(in.substr(run_start, end - run_start));
      removal.addUnchanged(end - run_start);
    }
  };
  while (i < len) {
    // Runs of ASCII other than CR are kept as they are.
    i = plain_run_end(s, i, len);
    if (i >= len) break;
    const int32_t start = i;
    if (s[i] < 0x80) {
      if (s[i] == '\r') {
        flush_run(start);
        ++i;
        if (i < len && s[i] == '\n') {
          removal.addReplace(1, 0);  // the CR of a CRLF goes; the LF stays
        } else {
          text.push_back('\n');
          removal.addReplace(1, 1);
        }
        run_start = i;
        continue;
      }
      ++i;
      continue;
    }
    ascii = false;
    std::size_t next = static_cast<std::size_t>(i);
    char32_t cp;
    const bool well_formed = next_well_formed_code_point(in, next, cp);
    i = static_cast<int32_t>(next);
    if (!well_formed) continue;  // input is validated upstream; keep bytes as they are
    const auto c = static_cast<UChar32>(cp);
    if (is_removed(c)) {
      flush_run(start);
      removal.addReplace(i - start, 0);
      run_start = i;
    } else if (is_presentation_form(c)) {
      needs_forms = true;
    }
  }
  flush_run(len);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  check(status, "NFC");
  const bool is_nfc = ascii || nfc->isNormalizedUTF8(text, status);
  check(status, "NFC check");
  if (!needs_forms && is_nfc) {
    if (!removal.hasChanges()) return {std::move(text), OffsetMap()};
    return {std::move(text), OffsetMap(spans_of(removal))};
  }

  icu::Edits total = removal;
  if (needs_forms) {
    icu::Edits forms;
    text = unfold_presentation_forms(text, forms);
    icu::Edits merged;
    merged.mergeAndAppend(total, forms, status);
    check(status, "merge edits");
    total = merged;
  }
  icu::Edits nfc_edits;
  std::string normalized;
  {
    icu::StringByteSink<std::string> sink(&normalized, static_cast<int32_t>(text.size()));
    nfc->normalizeUTF8(0, text, sink, &nfc_edits, status);
    check(status, "NFC");
  }
  icu::Edits merged;
  merged.mergeAndAppend(total, nfc_edits, status);
  check(status, "merge edits");
  return {std::move(normalized), OffsetMap(spans_of(merged))};
}

std::string clean(std::string_view utf8) {
  return clean_with_map(utf8).text;
}

}  // namespace mizan::text
