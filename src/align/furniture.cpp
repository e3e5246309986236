#include "furniture.hpp"

#include <algorithm>
#include <cstdio>
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

// A piece of a rule: its regular expression, and whether it holds a list of names (and so is
// matched against the key with its names marked).
struct Piece {
  std::string regex;
  bool names = false;
};

// The lists of names a rule may use as {month_en}, {city_ar}, ...: the months and weekdays of the
// word lists, and CLDR's countries and time-zone cities. A list of hundreds of names compiled
// into every rule that uses it cost ICU about 20 ms per process (measured on 2026-12-07), more
// than aligning the seed; so a line's names are looked up in a hash table instead, each replaced
// by its list's mark (a private-use code point, which no text's key holds), and the rule holds
// the mark. Where a name is on two lists, the first list here takes it.
struct NameList {
  const char* en_piece;
  const char* ar_piece;
  char32_t mark;
};
constexpr NameList kNameLists[] = {{"month_en", "month_ar", 0xE000},
                                   {"weekday_en", "weekday_ar", 0xE001},
                                   {"country_en", "country_ar", 0xE002},
                                   {"city_en", "city_ar", 0xE003}};

void add_name(FurnitureRules::NameMarks& marks, std::string_view name, char32_t mark) {
  std::string key = text::match_key(name);
  if (key.empty()) return;
  marks.max_words =
      std::max<std::size_t>(marks.max_words, 1 + std::count(key.begin(), key.end(), ' '));
  marks.mark.emplace(std::move(key), mark);
}

void add_names(FurnitureRules::NameMarks& en, FurnitureRules::NameMarks& ar,
               std::map<std::string, Piece>& pieces) {
  for (std::string_view name : text::english_month_names().names())
    add_name(en, name, kNameLists[0].mark);
  for (std::string_view name : text::arabic_month_names().names())
    add_name(ar, name, kNameLists[0].mark);
  for (std::string_view name : text::english_weekday_names().names())
    add_name(en, name, kNameLists[1].mark);
  for (std::string_view name : text::arabic_weekday_names().names())
    add_name(ar, name, kNameLists[1].mark);
  for (const text::CldrName& n : text::cldr_names()) {
    if (n.kind != text::CldrNameKind::kCountry && n.kind != text::CldrNameKind::kCity) continue;
    const char32_t mark = kNameLists[n.kind == text::CldrNameKind::kCountry ? 2 : 3].mark;
    add_name(en, n.en, mark);
    add_name(ar, n.ar, mark);
  }
  for (const NameList& list : kNameLists) {
    char regex[16];
    std::snprintf(regex, sizeof regex, "\\x{%04X}", static_cast<unsigned>(list.mark));
    pieces[list.en_piece] = {regex, true};
    pieces[list.ar_piece] = {regex, true};
  }
}

// Characters that end a word for the name lookup besides the space: the key's punctuation ("June
// 13, 2019", "فبراير/شباط", "(Baghdad)").
bool separates_names(char c) {
  return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '/' || c == '(' ||
         c == ')' || c == '"' || c == '!' || c == '?' || c == '-';
}

// `key` with every listed name replaced by its list's mark, longest names first.
std::string mark_names(std::string_view key, const FurnitureRules::NameMarks& marks) {
  // Words: maximal runs without separators, as [begin, end) offsets.
  std::vector<std::pair<std::size_t, std::size_t>> words;
  for (std::size_t i = 0; i < key.size();) {
    if (separates_names(key[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < key.size() && !separates_names(key[end]))
      ++end;
    words.emplace_back(i, end);
    i = end;
  }
  std::string out;
  std::size_t copied = 0;
  std::string candidate;
  for (std::size_t w = 0; w < words.size();) {
    std::size_t taken = 0;
    char32_t mark = 0;
    // A name of several words is written with single spaces between them, as the key has them.
    for (std::size_t n = std::min(marks.max_words, words.size() - w); n >= 1 && !taken; --n) {
      const std::size_t begin = words[w].first, end = words[w + n - 1].second;
      candidate.assign(key.substr(begin, end - begin));
      const auto it = marks.mark.find(candidate);
      if (it != marks.mark.end()) {
        taken = n;
        mark = it->second;
      }
    }
    if (!taken) {
      ++w;
      continue;
    }
    out.append(key.substr(copied, words[w].first - copied));
    text::append_utf8(out, mark);
    copied = words[w + taken - 1].second;
    w += taken;
  }
  out.append(key.substr(copied));
  return out;
}

// `pattern` with each {name} replaced by its piece. ICU's own braces ({2,4}, \p{L}, \N{...})
// are left alone: a piece name is lower case letters and underscores, after no backslash escape.
Piece expand(std::string_view pattern, const std::map<std::string, Piece>& pieces,
             std::int64_t line) {
  Piece out;
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
      out.regex += it->second.regex;
      out.names = out.names || it->second.names;
      i = close;
      continue;
    }
    out.regex += c;
  }
  return out;
}

}  // namespace

FurnitureRules::FurnitureRules() {
  const std::string_view bytes(builtin::kFurnitureRules, sizeof builtin::kFurnitureRules);
  std::map<std::string, Piece> pieces;
  add_names(en_.names, ar_.names, pieces);
  text::LineReader lines(bytes);
  for (std::string_view line; lines.next(line);) {
    const std::int64_t line_number = lines.number();
    if (line.empty() || line.starts_with('#')) continue;
    const std::vector<std::string_view> f = text::split(line, '\t');
    if (f.size() != 3 || f[0].empty() || f[1].empty() || f[2].empty())
      bad_rule(line_number, "expected KIND<TAB>LANG<TAB>PATTERN or define<TAB>NAME<TAB>PATTERN");
    const Piece pattern = expand(f[2], pieces, line_number);
    if (f[0] == "define") {
      pieces[std::string(f[1])] = {"(?:" + pattern.regex + ")", pattern.names};
      continue;
    }
    if (f[1] != "en" && f[1] != "ar") bad_rule(line_number, "the language is en or ar");
    auto it = std::find(kinds_.begin(), kinds_.end(), f[0]);
    if (it == kinds_.end()) it = kinds_.insert(kinds_.end(), std::string(f[0]));
    const auto rule = static_cast<std::uint32_t>(kind_of_rule_.size());
    kind_of_rule_.push_back(static_cast<std::uint32_t>(it - kinds_.begin()));
    Side& side = f[1] == "en" ? en_ : ar_;
    (pattern.names ? side.marked : side.plain)
        .add(pattern.regex, rule, {.file = std::string(kRuleFile), .line = line_number});
  }
}

std::optional<std::uint32_t> FurnitureRules::kind(std::string_view sentence, Language lang) {
  if (text::count_code_points(sentence) > kMaxFurnitureCodePoints) return std::nullopt;
  Side& side = lang == Language::kEnglish ? en_ : ar_;
  const std::string key = text::match_key(sentence);
  const std::optional<std::uint32_t> plain = side.plain.first_match_key(key);
  const std::optional<std::uint32_t> marked =
      side.marked.first_match_key(mark_names(key, side.names));
  // The first rule in file order that matches, of either set.
  const std::optional<std::uint32_t> rule = !plain    ? marked
                                            : !marked ? plain
                                                      : std::min(plain, marked);
  if (!rule) return std::nullopt;
  return kind_of_rule_[*rule];
}

}  // namespace mizan::align::detail
