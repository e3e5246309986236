#pragma once
// Arabic light stemming for matching: removes the clitics and affixes that vary between two
// renderings of the same word (والقيادة / للقيادة / القيادة / قيادة) without attempting root
// extraction, which costs precision in retrieval (Larkey, Ballesteros & Connell 2002, "Light10").

#include <string_view>

namespace mizan::text {

/// The parts of an Arabic word in matching-key form (see match_key.hpp). Every part is a view into
/// the analysed word; prefix + stem + suffix == word.
struct ArabicWordParts {
  std::string_view
      prefix;  // conjunction / preposition / article: و ف ب ك ل ال وال بال كال فال لل ...
  std::string_view stem;
  std::string_view suffix;  // pronoun and number/gender/nisba endings: ها هم ات ون ين يه ه ي ...
};

/// Splits a matching-key Arabic word. Words of one or two letters, function words and a list of
/// common words whose first letter only looks like a clitic (وزير, فريق, الله ...) are left whole;
/// a stem never drops below three letters when an affix is taken (two after the article).
ArabicWordParts split_arabic_word(std::string_view key_word);

/// split_arabic_word(w).stem.
std::string_view arabic_light_stem(std::string_view key_word);

/// True when `token` is `word` with clitics attached: `word` optionally without its article,
/// preceded by one of the proclitic sequences and followed by one of the suffixes, with a
/// ta-marbuta (ه in keys) before a suffix written as ت (قيادة -> قيادتها). Both in key form.
/// This is what concordance and term lookup use: قياده matches والقياده, للقياده, بقيادتها.
bool is_arabic_clitic_form(std::string_view token, std::string_view word);

}  // namespace mizan::text
