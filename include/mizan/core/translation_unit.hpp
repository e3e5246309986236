#pragma once
// A translation unit: one English segment and its Arabic counterpart, with what a CAT tool and a
// reviewer need to trust it. Plain data shared by the aligner (which produces them), the memory
// (which stores them) and the exchange formats (which read and write them).

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "mizan/core/language.hpp"

namespace mizan {

/// Where a unit came from: a document and the sentence position in it, or an imported file.
struct TuOrigin {
  std::string document;        // corpus document id ("centcom-2025-01-06") or imported file name
  std::int64_t position = -1;  // 0-based index of the (first) English sentence; -1 when unknown
};

struct TranslationUnit {
  std::int64_t id = 0;  // assigned by the store; 0 for a unit not stored yet

  // Text exactly as written (after clean-up). For units imported with inline markup (TMX <bpt>,
  // <ph>...), the text holds placeholders and the markup fields hold the original <seg> content.
  std::string en;
  std::string ar;
  std::string en_markup;  // empty when the segment had no inline markup
  std::string ar_markup;
  std::string en_locale = "en";  // language tags as received or chosen ("en-US", "ar-SA")
  std::string ar_locale = "ar";
  Language source_language = Language::kEnglish;  // which side is the source

  // Context: the neighbouring segments in the document (for 101% context matches).
  std::string prev_en, prev_ar, next_en, next_ar;

  std::vector<TuOrigin> origins;  // every place this unit was seen (duplicates are merged)
  double confidence = 1.0;        // alignment confidence in [0, 1]; 1 for added or imported units
  std::int64_t created = 0;       // Unix seconds, UTC
  std::int64_t changed = 0;
  std::string creator;
  std::string changer;         // who changed it last (TMX changeid); empty: nobody since creator
  std::int64_t last_used = 0;  // Unix seconds of the last use in a CAT tool (TMX lastusagedate)
  std::int64_t usage_count = 0;
  std::string tuid;   // its id in the file it came from (TMX tuid, "CLIENT-0017"); empty: none
  std::string notes;  // notes on the unit, one per line
  /// Further properties kept for round trips (TMX <prop type="..."> not mapped to a field).
  std::vector<std::pair<std::string, std::string>> props;
  // Notes and props of each language's side (TMX <tuv>), kept for round trips.
  std::string en_notes, ar_notes;
  std::vector<std::pair<std::string, std::string>> en_props, ar_props;

  // Whose work it is, for lookup filters and penalties (empty: not said).
  std::string client;
  std::string domain;
  std::string project;
};

}  // namespace mizan
