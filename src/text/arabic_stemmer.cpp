#include "mizan/text/arabic_stemmer.hpp"

#include <algorithm>
#include <array>

#include "mizan/text/word_lists.hpp"

namespace mizan::text {
namespace {

// All strings here are in matching-key form (ة -> ه, أ/إ/آ -> ا, ى -> ي) and every Arabic letter
// is two bytes in UTF-8, so lengths in letters are byte lengths / 2.
constexpr std::size_t letters(std::string_view arabic) {
  return arabic.size() / 2;
}

// Every code point of `w` core Arabic (script.hpp: is_core_arabic), the empty word included.
// Tested on lead bytes (D8 or D9 at every even offset: key-form Arabic letters are two bytes)
// rather than decoded, as this runs on every word the memory indexes or looks up.
bool all_arabic_letters(std::string_view w) {
  if (w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2) {
    const auto b0 = static_cast<unsigned char>(w[i]);
    if (b0 != 0xD8 && b0 != 0xD9) return false;  // U+0600-U+067F
  }
  return true;
}

// Article forms, longest first: conjunction or preposition fused with ال, and لل (ل + ال).
constexpr std::array<std::string_view, 12> kArticleForms = {
    "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"};

// Pronoun suffixes, then number / gender / nisba suffixes; each list longest first.
constexpr std::array<std::string_view, 7> kPronounSuffixes = {"هما", "هم", "هن", "ها",
                                                              "كم",  "نا", "كن"};
constexpr std::array<std::string_view, 12> kInflectionSuffixes = {
    "يين", "يون", "يات", "تين", "تان", "ات", "ان", "ون", "ين", "يه", "ه", "ي"};

constexpr std::size_t kMinStem = 3;

// Longest suffix of `list` leaving at least kMinStem letters.
template <std::size_t N>
std::size_t suffix_length(std::string_view core, const std::array<std::string_view, N>& list) {
  for (std::string_view s : list) {
    if (core.ends_with(s) && letters(core) - letters(s) >= kMinStem) return s.size();
  }
  return 0;
}

}  // namespace

// The word lists (article lookalikes, root-initial و and ف, two-letter function words) are data
// files: src/text/data/arabic-*.txt, read through word_lists.hpp.
ArabicWordParts split_arabic_word(std::string_view w) {
  ArabicWordParts parts{w.substr(0, 0), w, w.substr(w.size())};
  if (letters(w) <= 2 || !all_arabic_letters(w) || arabic_article_lookalikes().contains(w) ||
      arabic_short_function_words().contains(w)) {
    return parts;
  }

  std::size_t prefix = 0;
  for (std::string_view a : kArticleForms) {
    if (w.starts_with(a) && letters(w) - letters(a) >= 2) {
      prefix = a.size();
      break;
    }
  }
  if (prefix == 0 && !arabic_root_initial_waw_fa().contains(w) &&
      (w.starts_with("و") || w.starts_with("ف"))) {
    const std::string_view rest = w.substr(2);
    if (letters(rest) >= kMinStem || arabic_short_function_words().contains(rest)) prefix = 2;
  }

  std::string_view core = w.substr(prefix);
  std::size_t suffix = 0;
  if (!arabic_short_function_words().contains(core)) {
    suffix = suffix_length(core, kPronounSuffixes);
    const std::string_view before_pronoun = core.substr(0, core.size() - suffix);
    // Ta marbuta is written ت before a pronoun (قيادة + ها -> قيادتها): take it with the
    // pronoun so both forms share a stem. A plural ات keeps its ت for the next step.
    if (suffix > 0 && before_pronoun.ends_with("ت") && !before_pronoun.ends_with("ات") &&
        letters(before_pronoun) - 1 >= kMinStem) {
      suffix += 2;
    }
    suffix += suffix_length(core.substr(0, core.size() - suffix), kInflectionSuffixes);
  }
  parts.prefix = w.substr(0, prefix);
  parts.stem = w.substr(prefix, core.size() - suffix);
  parts.suffix = w.substr(w.size() - suffix);
  return parts;
}

std::string_view arabic_light_stem(std::string_view key_word) {
  return split_arabic_word(key_word).stem;
}

bool is_arabic_clitic_form(std::string_view token, std::string_view word) {
  if (token == word) return true;
  if (!all_arabic_letters(token) || !all_arabic_letters(word) || word.empty()) return false;
  // The word may be given with its article (القياده) and found without it (بقياده), or vice versa.
  std::string_view bare = word;
  constexpr std::string_view kArticle = "ال";
  if (bare.starts_with(kArticle) && letters(bare) > 3 &&
      !arabic_article_lookalikes().contains(bare))
    bare.remove_prefix(kArticle.size());

  constexpr std::array<std::string_view, 19> kProclitics = {
      "",   "و",  "ف",  "ب",   "ك",   "ل",   "وب",  "فب", "وك", "فك",
      "ول", "فل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل"};
  constexpr std::array<std::string_view, 20> kSuffixes = {
      "",  "ه",  "ها", "هم", "هما", "هن",  "ك",   "كم", "كما", "نا",
      "ي", "ات", "ان", "ين", "ون",  "تين", "تان", "يه", "يين", "يون"};
  for (std::string_view p : kProclitics) {
    if (!token.starts_with(p)) continue;
    std::string_view rest = token.substr(p.size());
    // An article form is only allowed on the bare word; ل before a word starting with ل is
    // written لل only when the article is there, which the list already covers.
    if (!rest.starts_with(bare.substr(0, std::min<std::size_t>(bare.size(), 2)))) continue;
    for (std::string_view s : kSuffixes) {
      if (rest.size() < s.size()) continue;
      const std::string_view middle = rest.substr(0, rest.size() - s.size());
      if (!rest.ends_with(s)) continue;
      if (middle == bare) return true;
      if (s.empty() || !bare.ends_with("ه")) continue;
      const std::string_view bare_without_ta = bare.substr(0, bare.size() - 2);
      // Ta marbuta (key ه) is written ت before a suffix (قياده + ها -> قيادتها) and gives way to
      // the feminine plural (قياده -> قيادات).
      if (middle.ends_with("ت") && middle.substr(0, middle.size() - 2) == bare_without_ta)
        return true;
      if (middle == bare_without_ta && (s == "ات" || s == "تين" || s == "تان")) return true;
    }
  }
  return false;
}

}  // namespace mizan::text
