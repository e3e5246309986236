#pragma once
// JSON string literals: what every JSON writer of mizan (the CLI's --format json, the server's
// answers, tm/json.hpp and term/json.hpp) quotes text with.

#include <string>
#include <string_view>

namespace mizan::text {

/// `s` as a JSON string literal, quotes included (RFC 8259 section 7: `"`, `\` and the control
/// characters escaped, everything else, UTF-8 included, as it is).
std::string json_string(std::string_view s);

}  // namespace mizan::text
