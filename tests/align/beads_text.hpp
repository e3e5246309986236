#pragma once
// Beads as the text of a bead file, one per line: what a test compares with the beads it expects.

#include <string>
#include <vector>

#include "mizan/align/bead.hpp"
#include "mizan/align/beads.hpp"

namespace mizan::align {

inline std::string beads_text(const std::vector<Bead>& beads) {
  std::string s;
  for (const Bead& b : beads)
    s += format_bead(b) + "\n";
  return s;
}

}  // namespace mizan::align
