#pragma once
// A self-contained HTML page for reviewing an alignment side by side before trusting it: English
// left, Arabic right (dir="rtl"), one row per bead coloured by confidence, unaligned sentences
// marked, probable headers and notices (page furniture) labelled, counts per bead type and mean
// confidence at the top. No scripts, no external files.

#include <string>
#include <vector>

#include "mizan/align/bead.hpp"

namespace mizan::align {

struct ReportOptions {
  std::string title = "mizan alignment";
  std::string en_name;  // file names shown in the header
  std::string ar_name;
  double min_score = 0;  // beads below it are shown as filtered out
  /// Per sentence, the page-furniture kind the aligner saw (Alignment::en_furniture): such lines
  /// are marked as probable headers and notices. Empty vectors: none marked.
  std::vector<std::string> en_furniture, ar_furniture;
};

/// The page as one UTF-8 string; every text is HTML-escaped.
std::string html_report(const std::vector<std::string>& en, const std::vector<std::string>& ar,
                        const std::vector<Bead>& beads, const ReportOptions& options = {});

}  // namespace mizan::align
