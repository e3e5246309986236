#pragma once
// How the memory renders the glossary terms of a segment: the units that hold them, found
// through the memory's concordance index, counted into a term::UsageIndex for term::suggest.
// What `mizan term suggest` and the server's /v1/terms/suggest both read.

#include <cstddef>
#include <string_view>
#include <unordered_set>

#include "mizan/core/language.hpp"
#include "mizan/term/check.hpp"
#include "mizan/term/recognizer.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::pipeline {

/// Units read per term form by default: enough for the counts to show the memory's habits;
/// reading more costs time for every frequent term (CENTCOM is in most units of a CENTCOM memory).
inline constexpr std::size_t kUsageUnitsPerForm = 2000;

/// Adds to `usage` the units of `memory` holding any form of each term of `segment` (newest
/// first, at most `max_units` per form, 0: all) rather than reading every unit. Returns the
/// begin offsets of the term matches whose units were cut short at `max_units`.
std::unordered_set<std::size_t> usage_from_memory(tm::Store& memory,
                                                  const term::Recognizer& recognizer,
                                                  std::string_view segment, Language lang,
                                                  std::size_t max_units, term::UsageIndex& usage);

}  // namespace mizan::pipeline
