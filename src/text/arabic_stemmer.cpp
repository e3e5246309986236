#include "mizan/text/arabic_stemmer.hpp"

#include <algorithm>
#include <array>

namespace mizan::text {
namespace {

// All strings here are in matching-key form (ة -> ه, أ/إ/آ -> ا, ى -> ي) and every Arabic letter
// is two bytes in UTF-8, so lengths in letters are byte lengths / 2.
constexpr std::size_t letters(std::string_view arabic) {
  return arabic.size() / 2;
}

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

// Words that an article rule would cut wrongly: relative pronouns, إلا, إلى, الآن, الله.
constexpr std::array<std::string_view, 18> kArticleLookalikes = {
    "الله",    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللاتي",
    "اللواتي", "الا",  "الي",  "الان",  "اليه",   "اليها",  "اليهم",  "الف",    "الاف"};

// Common words whose first letter is و or ف of the root, not the conjunction.
constexpr std::array<std::string_view, 74> kRootInitialWawFa = {
    "وزير", "وزيره", "وزراء", "وزاره",  "وزارات",  "وقت",    "اوقات", "وطن",  "وطني",  "وطنيه",
    "وفد",  "وفود",  "وكاله", "وكالات", "ولايه",   "ولايات", "وسط",   "وضع",  "وصل",   "وجه",
    "وجود", "وحده",  "وحدات", "وقف",    "وقع",     "واحد",   "واحده", "وراء", "وثيقه", "وثائق",
    "ولد",  "ورد",   "وفاه",  "وسائل",  "وسيله",   "واشنطن", "وفق",   "وفقا", "وقود",  "وادي",
    "ورقه", "وصول",  "ولي",   "والي",   "واقع",    "واضح",   "واسع",  "وافق", "وعد",   "فريق",
    "فرق",  "فتره",  "فرص",   "فرصه",   "فقط",     "فوق",    "فيه",   "فيها", "فيما",  "فعل",
    "فعلا", "فكره",  "فرنسا", "فلسطين", "فلسطيني", "فئه",    "فصل",   "فرع",  "فرض",   "فشل",
    "فور",  "فوز",   "فيلق",  "فرد"};

// Two-letter words a conjunction often sticks to (وفي, فقد, وهو): the stem may be two letters.
constexpr std::array<std::string_view, 22> kShortFunctionWords = {
    "في", "من", "عن", "قد", "لم", "لن", "هو", "هي", "ما", "لا", "كل",
    "ان", "او", "ثم", "مع", "به", "له", "بل", "هل", "لو", "كم", "اي"};

// Pronoun suffixes, then number / gender / nisba suffixes; each list longest first.
constexpr std::array<std::string_view, 7> kPronounSuffixes = {"هما", "هم", "هن", "ها",
                                                              "كم",  "نا", "كن"};
constexpr std::array<std::string_view, 12> kInflectionSuffixes = {
    "يين", "يون", "يات", "تين", "تان", "ات", "ان", "ون", "ين", "يه", "ه", "ي"};

constexpr std::size_t kMinStem = 3;

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool starts_with(std::string_view w, std::string_view p) {
  return w.substr(0, p.size()) == p;
}
bool ends_with(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

// Longest suffix of `list` leaving at least kMinStem letters.
template <std::size_t N>
std::size_t suffix_length(std::string_view core, const std::array<std::string_view, N>& list) {
  for (std::string_view s : list) {
    if (ends_with(core, s) && letters(core) - letters(s) >= kMinStem) return s.size();
  }
  return 0;
}

}  // namespace

ArabicWordParts split_arabic_word(std::string_view w) {
  ArabicWordParts parts{w.substr(0, 0), w, w.substr(w.size())};
  if (letters(w) <= 2 || !all_arabic_letters(w) || contains(kArticleLookalikes, w) ||
      contains(kShortFunctionWords, w)) {
    return parts;
  }

  std::size_t prefix = 0;
  for (std::string_view a : kArticleForms) {
    if (starts_with(w, a) && letters(w) - letters(a) >= 2) {
      prefix = a.size();
      break;
    }
  }
  if (prefix == 0 && !contains(kRootInitialWawFa, w) &&
      (starts_with(w, "و") || starts_with(w, "ف"))) {
    const std::string_view rest = w.substr(2);
    if (letters(rest) >= kMinStem || contains(kShortFunctionWords, rest)) prefix = 2;
  }

  std::string_view core = w.substr(prefix);
  std::size_t suffix = 0;
  if (!contains(kShortFunctionWords, core)) {
    suffix = suffix_length(core, kPronounSuffixes);
    const std::string_view before_pronoun = core.substr(0, core.size() - suffix);
    // Ta marbuta is written ت before a pronoun (قيادة + ها -> قيادتها): take it with the
    // pronoun so both forms share a stem. A plural ات keeps its ت for the next step.
    if (suffix > 0 && ends_with(before_pronoun, "ت") && !ends_with(before_pronoun, "ات") &&
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
  if (starts_with(bare, kArticle) && letters(bare) > 3 && !contains(kArticleLookalikes, bare))
    bare.remove_prefix(kArticle.size());

  constexpr std::array<std::string_view, 19> kProclitics = {
      "",   "و",  "ف",  "ب",   "ك",   "ل",   "وب",  "فب", "وك", "فك",
      "ول", "فل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل"};
  constexpr std::array<std::string_view, 20> kSuffixes = {
      "",  "ه",  "ها", "هم", "هما", "هن",  "ك",   "كم", "كما", "نا",
      "ي", "ات", "ان", "ين", "ون",  "تين", "تان", "يه", "يين", "يون"};
  for (std::string_view p : kProclitics) {
    if (!starts_with(token, p)) continue;
    std::string_view rest = token.substr(p.size());
    // An article form is only allowed on the bare word; ل before a word starting with ل is
    // written لل only when the article is there, which the list already covers.
    if (!starts_with(rest, bare.substr(0, std::min<std::size_t>(bare.size(), 2)))) continue;
    for (std::string_view s : kSuffixes) {
      if (rest.size() < s.size()) continue;
      const std::string_view middle = rest.substr(0, rest.size() - s.size());
      if (!ends_with(rest, s)) continue;
      if (middle == bare) return true;
      if (s.empty() || !ends_with(bare, "ه")) continue;
      const std::string_view bare_without_ta = bare.substr(0, bare.size() - 2);
      // Ta marbuta (key ه) is written ت before a suffix (قياده + ها -> قيادتها) and gives way to
      // the feminine plural (قياده -> قيادات).
      if (ends_with(middle, "ت") && middle.substr(0, middle.size() - 2) == bare_without_ta)
        return true;
      if (middle == bare_without_ta && (s == "ات" || s == "تين" || s == "تان")) return true;
    }
  }
  return false;
}

}  // namespace mizan::text
