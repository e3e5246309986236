#include "mizan/text/english_forms.hpp"

#include <algorithm>
#include <array>
#include <span>

namespace mizan::text {
namespace {

// Plural endings a rule set undoes: -ies -> -y, -es after the listed endings, and a final -s.
struct PluralRules {
  bool ies_to_y;
  std::span<const std::string_view> es_after;  // whole endings including "es": "xes", "ches"
  std::size_t es_min_length;                   // words shorter than this keep their -es
};

// A final -s is dropped from words of at least this many letters (gas, bus, has stay).
constexpr std::size_t kMinPluralLength = 4;
// -ies -> -y only when a word of three letters or more remains (ties stays "tie").
constexpr std::size_t kMinIesLength = 5;

constexpr std::array<std::string_view, 0> kNoEsEndings = {};
constexpr std::array<std::string_view, 5> kTermEsEndings = {"sses", "xes", "ches", "shes", "zzes"};
constexpr std::array<std::string_view, 5> kMemoryEsEndings = {"sses", "xes", "zes", "ches", "shes"};

constexpr PluralRules kLexicalRules{false, kNoEsEndings, 0};
constexpr PluralRules kTermRules{true, kTermEsEndings, kMinPluralLength};
constexpr PluralRules kMemoryRules{true, kMemoryEsEndings, 5};  // axes -> axe, not ax

std::string singular(std::string_view w, const PluralRules& rules) {
  if (rules.ies_to_y && w.size() >= kMinIesLength && w.ends_with("ies")) {
    return std::string(w.substr(0, w.size() - 3)) + "y";
  }
  if (w.size() >= rules.es_min_length) {
    for (std::string_view ending : rules.es_after) {
      if (w.ends_with(ending)) return std::string(w.substr(0, w.size() - 2));
    }
  }
  if (w.size() >= kMinPluralLength && w.ends_with('s') && !w.ends_with("ss") &&
      !w.ends_with("us") && !w.ends_with("is")) {
    return std::string(w.substr(0, w.size() - 1));
  }
  return std::string(w);
}

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// "u.s", "u.k", "u.s.a": single letters joined by dots.
bool is_initialism(std::string_view w) {
  if (w.size() < 3) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 0 ? !is_ascii_letter(w[i]) : w[i] != '.') return false;
  }
  return true;
}

}  // namespace

std::string english_lexical_form(std::string_view key) {
  return singular(key, kLexicalRules);
}

std::string english_term_form(std::string_view key) {
  std::string w(key);
  if (w.ends_with("'s")) w.resize(w.size() - 2);
  if (is_initialism(w)) std::erase(w, '.');
  if (w.size() >= 2 && w.back() == 's' && is_digit(w[w.size() - 2])) {  // 1990s, F-16s, F16s
    w.pop_back();
    return w;
  }
  // u.s, qa'ida: leave marked words alone.
  if (!std::all_of(w.begin(), w.end(), is_ascii_letter)) return w;
  return singular(w, kTermRules);
}

std::string english_light_stem(std::string_view w) {
  const bool letters_and_apostrophes = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '\'';
  });
  if (!letters_and_apostrophes) return std::string(w);
  if (w.ends_with("'s")) w.remove_suffix(2);
  while (!w.empty() && w.back() == '\'')
    w.remove_suffix(1);
  return singular(w, kMemoryRules);
}

std::vector<std::string> english_lookup_forms(std::string_view w) {
  std::vector<std::string> forms{std::string(w)};
  // An ending counts when at least three letters remain before it.
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 2 && w.ends_with(suffix);
  };
  auto cut = [&](std::size_t n) { return std::string(w.substr(0, w.size() - n)); };
  if (ends("ies")) forms.push_back(cut(3) + "y");
  if (ends("es")) forms.push_back(cut(2));
  if (ends("s") && !ends("ss")) forms.push_back(cut(1));
  if (ends("ied")) forms.push_back(cut(3) + "y");
  if (ends("ed")) {
    forms.push_back(cut(2));
    forms.push_back(cut(1));
  }
  if (ends("ing")) {
    forms.push_back(cut(3));
    forms.push_back(cut(3) + "e");
  }
  if (ends("ly")) forms.push_back(cut(2));
  return forms;
}

}  // namespace mizan::text
