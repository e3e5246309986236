#pragma once
// Index terms of the fuzzy-match and concordance index: the words of a segment's loose key
// (match_key without punctuation, so ISIS' and ISIS, 1,000 and 1000 are one word), each reduced
// to its light stem so that clitic and plural variants share a term (والقيادة, للقيادة, القيادة
// -> قياد; forces -> force). Arabic words that begin with a single proclitic ب ك ل, which the
// stemmer leaves on (too many words begin with those letters), get a second term without it, so
// that concordance finds بقيادتها and لقيادة under قيادة.
//
// Splitting the loose key at spaces instead of running ICU's word breaker again is deliberate:
// the key already has one space between words and no punctuation, and it costs a tenth of the
// time at import (measured when the index was written, commit 02948b0; the run was not kept, in
// the README then or in docs/ now). docs/translation-memory.md ("Candidate retrieval") describes
// the index.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::tm {

/// Distinct index terms of a loose key (hashed, see hash.hpp), appended to `out` after
/// clearing it.
void index_terms(std::string_view loose_key, std::vector<std::int64_t>& out);

/// Index terms of one loose-key word (what concordance needs per phrase word).
void word_index_terms(std::string_view loose_word, std::vector<std::int64_t>& out);

}  // namespace mizan::tm
