#pragma once
// What a translation memory lookup asks and answers: 101%, 100%, 99% and fuzzy matches, each
// with the word diff that explains its score. The fuzzy scores themselves come from fuzzy.hpp, so
// that every backend ranks alike.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/core/translation_unit.hpp"
#include "mizan/tm/fuzzy.hpp"

namespace mizan::tm {

enum class MatchKind {
  kContext,    // 101%: exact, and the previous segment matches too
  kExact,      // 100%: the same text
  kNearExact,  // 99%: differs only in punctuation, case, diacritics or digit script
  kFuzzy,      // fuzzy percentage (fuzzy.hpp)
};

struct LookupOptions {
  Language from = Language::kEnglish;  // the query's language; matches give the other side
  int min_score = 70;                  // fuzzy matches below this are not returned
  std::size_t max_results = 5;
  std::string previous;  // the segment before the query, for 101% matches; empty: none
  /// Whose matches: units of this client only (TranslationUnit::client), or, with
  /// other_client_penalty > 0, units of any client with that many points off the others' scores
  /// (as memoQ and Trados apply penalties). Empty: every unit alike.
  std::string client;
  int other_client_penalty = 0;
};

/// A unit found for a query, with the word alignment that produced its score.
struct Match {
  TranslationUnit unit;
  MatchKind kind = MatchKind::kFuzzy;
  int score = 0;    // 101, 100, 99, or the fuzzy percentage
  double rank = 0;  // finer than score, for ordering
  // Word diff between the query and the unit's source side (what to change): indexes of `edits`
  // point into these; spans point into normalise_segment(query) and into unit.en / unit.ar.
  std::vector<Word> query_words;
  std::vector<Word> match_words;
  std::vector<WordEdit> edits;
};

/// "101%", "100%", "99%", "87%".
std::string format_score(int score);
std::string_view match_kind_name(MatchKind kind);  // "context", "exact", "near-exact", "fuzzy"

}  // namespace mizan::tm
