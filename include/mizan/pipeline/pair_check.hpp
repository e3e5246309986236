#pragma once
// Whether two documents can be a translation pair, measured before aligning them. The check says
// what is wrong; the caller decides what to do about it: `mizan align` refuses and names --force
// (or, forced, warns), ingest and term refuse, a server would answer the request with it.

#include <string>
#include <string_view>

#include "mizan/pipeline/document.hpp"

namespace mizan::pipeline {

/// How bad a pair looks.
enum class PairVerdict {
  kPair,      // nothing to say
  kUneven,    // one side three times longer than the other: align, but expect unaligned sentences
  kNotAPair,  // the sides swapped, or one ten times longer: not translations of each other
};

struct PairCheck {
  PairVerdict verdict = PairVerdict::kPair;
  /// What is wrong, naming the files (empty for kPair): a sentence to print after "error: " or
  /// "warning: ".
  std::string problem;
};

/// How the user of `mizan ingest` says which file is the English one.
inline constexpr std::string_view kFolderOrderHint =
    "en.txt holds the English, ar.txt its Arabic translation";

/// Checks `pair`. A side without sentences is never aligned: kDataError naming its file. Sides
/// that look swapped (over half of the English side's letters Arabic, or of the Arabic side's
/// Latin) are kNotAPair, their problem ending with `order_hint`: how the caller's user says which
/// file holds the English (kFolderOrderHint for folders). So is a size ratio of 10 or more
/// (after the usual Arabic/English ratio); 3 or more is kUneven.
PairCheck check_pair(const DocumentPair& pair, std::string_view order_hint);

}  // namespace mizan::pipeline
