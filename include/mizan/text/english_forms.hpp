#pragma once
// English inflection for matching, in one place: plural (and third-person -s) reduction as each
// tool uses it, and the forms a dictionary lookup tries. Words are matching keys (lower case, see
// match_key.hpp).
//
// The three reductions run one rule engine (english_forms.cpp) with three rule sets, and stay
// three because merging them would change results: the translation memory hashes its stems into
// the index every memory stores (tu_posting), so its rules cannot move without rebuilding every
// memory; term recognition reduces glossary and text alike with its own; the aligner's lexical
// model was measured with a single -s cut. Where they part: "sizes" is "size" for terms and "siz"
// for the memory, "axes" is "ax" for terms and "axe" for the memory, "allies" is "ally" for both
// and "allie" for the aligner, "1990s" is "1990" for terms only.

#include <string>
#include <string_view>
#include <vector>

namespace mizan::text {

/// The aligner's lexical form: a final -s dropped from a word of four letters or more that does
/// not end in -ss, -us or -is (rights -> right, forces -> force, status stays), so that a short
/// document's few sentence pairs teach one word, not two.
std::string english_lexical_form(std::string_view key);

/// Term recognition's normal form: possessive 's dropped; dots of an initialism dropped (u.s ->
/// us); a digit's plural -s dropped (1990s -> 1990, f-16s -> f-16); on words of letters only, of
/// four letters or more and not ending in -ss, -us, -is: -ies -> -y (allies -> ally), -es dropped
/// after -ss, -x, -ch, -sh, -zz (boxes -> box), else -s dropped (forces -> force, militias ->
/// militia). A subset of Porter's step 1a, applied to glossary and text alike so that its
/// occasional wrong cut never separates the two.
std::string english_term_form(std::string_view key);

/// The translation memory's stem (fuzzy-match inflections, concordance, index terms): for words of
/// letters and apostrophes only, possessive 's and trailing apostrophes dropped (forces' ->
/// force), -ies -> -y and -es dropped after -ss, -x, -z, -ch, -sh on words of five letters or
/// more, else -s dropped as english_term_form does; other words as they are (u.s, 2024).
std::string english_light_stem(std::string_view key);

/// The forms a dictionary lookup tries for a word, the word itself first, then candidate bases of
/// its inflections (-ies/-ied -> -y, -es, -s, -ed, -ing and -ing + e, -ly), each only when at least
/// three letters remain.
std::vector<std::string> english_lookup_forms(std::string_view word);

}  // namespace mizan::text
