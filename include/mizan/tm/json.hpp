#pragma once
// The memory's answers as JSON: what `mizan lookup|concord|stats --format json` print and what
// `mizan serve` answers on /v1/lookup, /v1/concord and /v1/stats, written in one place so that the
// two cannot drift apart. Each function returns one JSON object, without a trailing newline.

#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/tm/concordance.hpp"
#include "mizan/tm/match.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::tm {

/// {"query", "from", "matches": [{"score", "kind", "id", "source", "target", "en", "ar", locales,
/// "origins", "confidence", "usage_count", "created", "changed", "creator", "notes", "diff"}]}.
/// `normalised_query` is normalise_segment(query): the word spans of the matches point into it.
std::string lookup_json(std::string_view normalised_query, Language from,
                        const std::vector<Match>& matches);

/// {"phrase", "lang", "truncated", "hits": [{"id", "en", "ar", "spans": [[begin, end], ...]}]}.
std::string concordance_json(std::string_view phrase, Language lang,
                             const ConcordanceResult& result);

/// {"database", "schema_version", "units", ..., "locales": [{"en", "ar", "units"}]}.
std::string stats_json(const StoreStats& stats);

}  // namespace mizan::tm
