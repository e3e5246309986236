#include "furniture.hpp"

#include <algorithm>
#include <map>

#include "furniture_rules.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/cldr_names.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/utf8.hpp"
#include "mizan/text/word_lists.hpp"

namespace mizan::align::detail {
namespace {

constexpr std::string_view kRuleFile = "src/align/rules/furniture.tsv";

// Furniture is short: the longest line of the rules' kinds is a translation notice of about 120
// characters ("This translation is provided as a courtesy and only the original English source
// should be considered authoritative."). Longer sentences are body text and skip the rules,
// which keeps their cost off the long documents.
constexpr std::size_t kMaxFurnitureCodePoints = 240;

[[noreturn]] void bad_rule(std::int64_t line, const std::string& what) {
  throw Error(ExitCode::kSoftware, what, {.file = std::string(kRuleFile), .line = line});
}

// A regular expression matching any of `names` literally.
std::string alternation(std::vector<std::string_view> names) {
  // Longest first, so that the first alternative to match is the whole name ("كانون الثاني"
  // before "كانون"; the rules match whole lines, but fewer retries is cheaper).
  std::sort(names.begin(), names.end(),
            [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (k) out += '|';
    out += "\\Q";
    out += names[k];
    out += "\\E";
  }
  return out + ")";
}

// The pieces every rule may use: month and weekday names of the word lists, CLDR's cities and
// countries.
std::map<std::string, std::string> predefined_pieces() {
  std::map<std::string, std::string> pieces;
  pieces["month_en"] = alternation(text::english_month_names().names());
  pieces["month_ar"] = alternation(text::arabic_month_names().names());
  pieces["weekday_en"] = alternation(text::english_weekday_names().names());
  pieces["weekday_ar"] = alternation(text::arabic_weekday_names().names());
  // CLDR writes names as text: their keys are what the rules compare.
  std::vector<std::string> keys[4];
  for (const text::CldrName& n : text::cldr_names()) {
    if (n.kind != text::CldrNameKind::kCity && n.kind != text::CldrNameKind::kCountry) continue;
    const std::size_t k = n.kind == text::CldrNameKind::kCity ? 0 : 2;
    keys[k].push_back(text::match_key(n.en));
    keys[k + 1].push_back(text::match_key(n.ar));
  }
  const char* names[4] = {"city_en", "city_ar", "country_en", "country_ar"};
  for (std::size_t k = 0; k < 4; ++k)
    pieces[names[k]] = alternation({keys[k].begin(), keys[k].end()});
  return pieces;
}

// `pattern` with each {name} replaced by its piece. ICU's own braces ({2,4}, \p{L}, \N{...})
// are left alone: a piece name is lower case letters and underscores, after no backslash escape.
std::string expand(std::string_view pattern, const std::map<std::string, std::string>& pieces,
                   std::int64_t line) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    const bool escaped_class =
        i >= 2 && pattern[i - 2] == '\\' &&
        (pattern[i - 1] == 'p' || pattern[i - 1] == 'P' || pattern[i - 1] == 'N');
    if (c == '{' && !escaped_class && i + 1 < pattern.size() && pattern[i + 1] >= 'a' &&
        pattern[i + 1] <= 'z') {
      const std::size_t close = pattern.find('}', i);
      const std::string name(pattern.substr(i + 1, close - i - 1));
      const auto it = pieces.find(name);
      if (close == std::string_view::npos || it == pieces.end())
        bad_rule(line, "no piece {" + name + "} is defined before this line");
      out += it->second;
      i = close;
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

FurnitureRules::FurnitureRules() {
  const std::string_view bytes(builtin::kFurnitureRules, sizeof builtin::kFurnitureRules);
  std::map<std::string, std::string> pieces = predefined_pieces();
  text::LineReader lines(bytes);
  for (std::string_view line; lines.next(line);) {
    const std::int64_t line_number = lines.number();
    if (line.empty() || line.starts_with('#')) continue;
    const std::vector<std::string_view> f = text::split(line, '\t');
    if (f.size() != 3 || f[0].empty() || f[1].empty() || f[2].empty())
      bad_rule(line_number, "expected KIND<TAB>LANG<TAB>PATTERN or define<TAB>NAME<TAB>PATTERN");
    const std::string pattern = expand(f[2], pieces, line_number);
    if (f[0] == "define") {
      pieces[std::string(f[1])] = "(?:" + pattern + ")";
      continue;
    }
    if (f[1] != "en" && f[1] != "ar") bad_rule(line_number, "the language is en or ar");
    auto it = std::find(kinds_.begin(), kinds_.end(), f[0]);
    if (it == kinds_.end()) it = kinds_.insert(kinds_.end(), std::string(f[0]));
    const auto id = static_cast<std::uint32_t>(it - kinds_.begin());
    (f[1] == "en" ? en_ : ar_)
        .add(pattern, id, {.file = std::string(kRuleFile), .line = line_number});
  }
}

std::optional<std::uint32_t> FurnitureRules::kind(std::string_view sentence, Language lang) {
  if (text::count_code_points(sentence) > kMaxFurnitureCodePoints) return std::nullopt;
  return (lang == Language::kEnglish ? en_ : ar_).first_match(sentence);
}

}  // namespace mizan::align::detail
