#pragma once
// SRX 2.0 segmentation rule files (LISA/GALA; the format OmegaT and Okapi use).

#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/srx_rules.hpp"

namespace mizan::formats {

/// Parses SRX 1.0/2.0 XML. Throws mizan::Error (kDataError) with line and column for malformed
/// XML or a rule without <beforebreak>/<afterbreak> structure it can use.
SrxRuleSet parse_srx(std::string_view xml, const std::string& source_name);

/// Reads and parses an SRX file; kNoInput when it cannot be read.
SrxRuleSet read_srx_file(const std::string& path);

/// The rules shipped with mizan (English and Arabic), compiled into the library.
SrxRuleSet builtin_srx();

/// Several rule sets as one: language rules and maps appended in order; cascade if any cascades.
SrxRuleSet merge_srx(const std::vector<SrxRuleSet>& sets);

}  // namespace mizan::formats
