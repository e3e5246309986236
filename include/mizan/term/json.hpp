#pragma once
// Terms found in a text and the renderings to use, as JSON: what `mizan term find|suggest
// --format json` print and what `mizan serve` answers on /v1/terms/find and /v1/terms/suggest,
// written once for both. Each function returns a JSON array, without a trailing newline.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/term/check.hpp"
#include "mizan/term/recognizer.hpp"

namespace mizan::term {

/// [{"begin", "end", "text", "entries": [{"en", "ar", "status", "form"}]}], one line per match.
/// `text` is the text `matches` were found in (Recognizer::find or find_in_either_script); each
/// "form" is in the language of its match.
std::string matches_json(const Recognizer& recognizer, std::string_view text,
                         const std::vector<TermMatch>& matches);

/// [{"begin", "end", "text", "renderings": [{"text", "status"}], "used": [{"text", "units"}],
/// "newest_units_only"}], one line per suggestion; `newest_units_only` is true for the matches
/// whose begin offset is in `counted_in_newest` (their usage counts come from the newest units).
std::string suggestions_json(const std::vector<Suggestion>& suggestions,
                             const std::unordered_set<std::size_t>& counted_in_newest);

}  // namespace mizan::term
