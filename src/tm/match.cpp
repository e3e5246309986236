#include "mizan/tm/match.hpp"

namespace mizan::tm {

std::string format_score(int score) {
  return std::to_string(score) + "%";
}

std::string_view match_kind_name(MatchKind kind) {
  switch (kind) {
    case MatchKind::kContext:
      return "context";
    case MatchKind::kExact:
      return "exact";
    case MatchKind::kNearExact:
      return "near-exact";
    case MatchKind::kFuzzy:
      return "fuzzy";
  }
  return "fuzzy";
}

}  // namespace mizan::tm
