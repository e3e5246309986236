#pragma once
// Matching keys: the folded form every lookup compares, never stored in place of the text.
// Arabic spelling varies in ways that carry no meaning for retrieval (hamza seats, alef maqsura vs
// ya, ta marbuta vs ha, diacritics, tatweel, digit script); a key folds those so that الأمريكية and
// الامريكيه are one key.

#include <string>
#include <string_view>

namespace mizan::text {

/// The matching key of cleaned UTF-8 text:
/// - tashkeel (U+064B-U+065F, U+0670), Quranic annotation marks and tatweel removed;
/// - أ إ آ ٱ -> ا; ى -> ي; ة -> ه; ؤ -> و; ئ -> ي; Persian ی ک -> ي ك;
/// - Arabic-Indic and Extended Arabic-Indic digits -> ASCII; ، ؛ ؟ ٪ ٫ ٬ ۔ -> , ; ? % . , .
/// - dashes and minus signs -> '-'; double quotes and guillemets -> '"'; single quotes -> '\'';
/// - Unicode case folding; ZWJ/ZWNJ dropped; whitespace runs -> one space, trimmed.
std::string match_key(std::string_view text);

/// match_key with punctuation removed as well (word characters and spaces remain): two texts
/// with the same loose key differ only in punctuation, case, diacritics or digit script.
std::string loose_key(std::string_view text);

/// Folds one code point as match_key does; 0 means "drop it". Exposed for code that walks text
/// itself (tokenisers, term automata) and must agree with match_key.
char32_t fold_code_point(char32_t c);

}  // namespace mizan::text
