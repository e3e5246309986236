#pragma once
// TMX export: TMX 1.4b in UTF-8 with the header OmegaT, Trados, memoQ and Okapi expect, one
// <tu> per unit (the mapping is in tmx.hpp).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "mizan/core/translation_unit.hpp"
#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// The header's srclang: which side is the source of the memory, or "*all*" (either).
enum class TmxSourceLanguage { kEnglish, kArabic, kAll };

struct TmxWriteOptions {
  TmxSourceLanguage srclang = TmxSourceLanguage::kEnglish;
  // xml:lang of every English / Arabic tuv ("en-US", "ar-SA"); empty: each unit's own locale
  // (en / ar unless it was imported with a region).
  std::string en_locale = {};
  std::string ar_locale = {};
  std::string adminlang = "en";
  std::int64_t creation_date = 0;  // header creationdate, Unix seconds (left out when 0)
};

/// Streaming TMX 1.4b writer: memory stays flat however many units pass through. It buffers
/// output, so one thread writes to it.
class TmxWriter : public UnitWriter {
 public:
  /// Writes the XML declaration and <header> into its buffer (the sink sees bytes in chunks).
  TmxWriter(ByteSink sink, TmxWriteOptions options = {});
  ~TmxWriter() override;
  void write(const TranslationUnit& unit) override;
  void finish() override;
  /// Characters XML cannot carry that were replaced by U+FFFD (in notes, props, attributes).
  std::size_t replaced_characters() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::formats
