#pragma once
// A bead: the unit of a sentence alignment, some English sentences and the Arabic sentences that
// translate them.

#include <cstddef>

namespace mizan::align {

/// English sentences [en_begin, en_begin + en_count) translate Arabic sentences
/// [ar_begin, ar_begin + ar_count). A count of 0 on one side: sentences with no counterpart.
struct Bead {
  std::size_t en_begin = 0;
  std::size_t en_count = 0;
  std::size_t ar_begin = 0;
  std::size_t ar_count = 0;
  double confidence = 0;  // posterior probability of this bead, in [0, 1]

  bool is_null() const { return en_count == 0 || ar_count == 0; }
  bool operator==(const Bead& o) const {
    return en_begin == o.en_begin && en_count == o.en_count && ar_begin == o.ar_begin &&
           ar_count == o.ar_count;
  }
};

}  // namespace mizan::align
