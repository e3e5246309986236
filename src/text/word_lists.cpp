#include "mizan/text/word_lists.hpp"

#include <algorithm>
#include <charconv>

#include "builtin_data.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/lines.hpp"

namespace mizan::text {
namespace {

// A line of a data file that holds data: its fields (separated by tabs) and its line number.
struct Row {
  std::int64_t line;
  std::vector<std::string_view> fields;
};

// An error in a shipped data file is a bug of mizan, caught by its tests, not bad user input.
[[noreturn]] void bad_data(std::string_view file_name, std::int64_t line, const std::string& what) {
  throw Error(ExitCode::kSoftware, what,
              {.file = "src/text/data/" + std::string(file_name), .line = line});
}

std::string_view data_file(std::string_view name) {
  for (const builtin::DataFile& f : builtin::kDataFiles) {
    if (f.name == name) return f.bytes;
  }
  bad_data(name, -1, "no such data file is built in");
}

// The rows of a data file: comment lines (#) and blank lines left out, each row's fields split at
// tabs, checked to number between `min_fields` and `max_fields`.
std::vector<Row> read_rows(std::string_view name, std::size_t min_fields, std::size_t max_fields) {
  const std::string_view bytes = data_file(name);
  std::vector<Row> rows;
  LineReader lines(bytes);
  for (std::string_view line; lines.next(line);) {
    const std::int64_t line_number = lines.number();
    if (line.empty() || line.starts_with('#')) continue;
    Row row{line_number, split(line, '\t')};
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      bad_data(name, line_number,
               "expected " + std::to_string(min_fields) + " to " + std::to_string(max_fields) +
                   " tab-separated fields, found " + std::to_string(row.fields.size()));
    }
    for (std::string_view field : row.fields) {
      if (field.empty() || field.front() == ' ' || field.back() == ' ')
        bad_data(name, line_number, "empty field, or spaces around one");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

WordSet read_word_set(std::string_view name) {
  std::unordered_set<std::string_view> words;
  for (const Row& row : read_rows(name, 1, 1)) {
    if (!words.insert(row.fields[0]).second) bad_data(name, row.line, "word listed twice");
  }
  return WordSet(std::move(words));
}

CalendarNames read_calendar_names(std::string_view name) {
  std::vector<std::pair<std::string_view, CalendarName>> names;
  for (const Row& row : read_rows(name, 2, 3)) {
    CalendarName value;
    const std::string_view number = row.fields[1];
    const auto [end, error] =
        std::from_chars(number.data(), number.data() + number.size(), value.number);
    if (error != std::errc() || end != number.data() + number.size())
      bad_data(name, row.line, "the second field is not a number");
    if (row.fields.size() == 3) {
      if (row.fields[2] != "also-a-word")
        bad_data(name, row.line, "the third field, when there is one, is \"also-a-word\"");
      value.also_a_word = true;
    }
    names.emplace_back(row.fields[0], value);
  }
  return CalendarNames(names);
}

// Letter name -> the letters of all its lines, each once, in list order.
std::unordered_map<std::string_view, std::string> read_letter_names(std::string_view name) {
  std::unordered_map<std::string_view, std::string> letters;
  for (const Row& row : read_rows(name, 2, 2)) {
    std::string& out = letters[row.fields[0]];
    for (char c : row.fields[1]) {
      if (out.find(c) == std::string::npos) out += c;
    }
  }
  return letters;
}

}  // namespace

CalendarNames::CalendarNames(const std::vector<std::pair<std::string_view, CalendarName>>& names) {
  for (const auto& [name, value] : names) {
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos) {
      one_word_.emplace(name, value);
    } else {
      two_words_.push_back({name.substr(0, space), name.substr(space + 1), name, value});
    }
  }
}

const CalendarName* CalendarNames::find(std::string_view key) const {
  const auto it = one_word_.find(key);
  return it == one_word_.end() ? nullptr : &it->second;
}

const CalendarName* CalendarNames::find(std::string_view first, std::string_view second) const {
  for (const TwoWords& t : two_words_) {
    if (t.first == first && t.second == second) return &t.name;
  }
  return nullptr;
}

std::vector<std::string_view> CalendarNames::names() const {
  std::vector<std::string_view> out;
  for (const auto& [name, value] : one_word_)
    out.push_back(name);
  for (const TwoWords& t : two_words_)
    out.push_back(t.both);
  return out;
}

const WordSet& english_function_words() {
  static const WordSet kWords = read_word_set("english-function-words.txt");
  return kWords;
}
const WordSet& arabic_function_words() {
  static const WordSet kWords = read_word_set("arabic-function-words.txt");
  return kWords;
}
const WordSet& english_connectives() {
  static const WordSet kWords = read_word_set("english-connectives.txt");
  return kWords;
}
const WordSet& arabic_connectives() {
  static const WordSet kWords = read_word_set("arabic-connectives.txt");
  return kWords;
}
const WordSet& english_term_edge_words() {
  static const WordSet kWords = read_word_set("english-term-edge-words.txt");
  return kWords;
}
const WordSet& arabic_term_edge_words() {
  static const WordSet kWords = read_word_set("arabic-term-edge-words.txt");
  return kWords;
}
const WordSet& arabic_short_function_words() {
  static const WordSet kWords = read_word_set("arabic-short-function-words.txt");
  return kWords;
}
const WordSet& arabic_article_lookalikes() {
  static const WordSet kWords = read_word_set("arabic-article-lookalikes.txt");
  return kWords;
}
const WordSet& arabic_root_initial_waw_fa() {
  static const WordSet kWords = read_word_set("arabic-root-initial-waw-fa.txt");
  return kWords;
}

const CalendarNames& english_month_names() {
  static const CalendarNames kNames = read_calendar_names("english-months.tsv");
  return kNames;
}
const CalendarNames& arabic_month_names() {
  static const CalendarNames kNames = read_calendar_names("arabic-months.tsv");
  return kNames;
}
const CalendarNames& english_weekday_names() {
  static const CalendarNames kNames = read_calendar_names("english-weekdays.tsv");
  return kNames;
}
const CalendarNames& arabic_weekday_names() {
  static const CalendarNames kNames = read_calendar_names("arabic-weekdays.tsv");
  return kNames;
}

const std::vector<std::string_view>& arabic_broken_plurals(std::string_view singular_key) {
  static const auto kPlurals = [] {
    constexpr std::string_view kName = "arabic-broken-plurals.tsv";
    std::unordered_map<std::string_view, std::vector<std::string_view>> plurals;
    for (const Row& row : read_rows(kName, 2, 2)) {
      std::vector<std::string_view>& list = plurals[row.fields[0]];
      if (std::find(list.begin(), list.end(), row.fields[1]) != list.end())
        bad_data(kName, row.line, "plural listed twice");
      list.push_back(row.fields[1]);
    }
    return plurals;
  }();
  static const std::vector<std::string_view> kNone;
  const auto it = kPlurals.find(singular_key);
  return it == kPlurals.end() ? kNone : it->second;
}

std::string_view latin_letters_of_arabic_name(std::string_view key) {
  static const std::unordered_map<std::string_view, std::string> kLetters =
      read_letter_names("arabic-latin-letter-names.tsv");
  const auto it = kLetters.find(key);
  return it == kLetters.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace mizan::text
