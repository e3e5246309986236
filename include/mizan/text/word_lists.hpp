#pragma once
// The language data mizan ships: function words, connectives, month and weekday names, Latin
// letter names as Arabic writes them. Each list is a text file in src/text/data/ whose header says
// what it is for and where it came from; the files are compiled into the binary
// (mizan_embed_bytes in src/CMakeLists.txt) and each is read once per process, on first use. Words
// are in matching-key form (match_key.hpp). Lists with similar names for different tools (the
// aligner's function words, term extraction's edge words, the stemmer's short function words) stay
// apart on purpose: their headers say why.
//
// Everything here is immutable once read and safe to share between threads.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace mizan::text {

/// A set of words from one list.
class WordSet {
 public:
  explicit WordSet(std::unordered_set<std::string_view> words) : words_(std::move(words)) {}
  bool contains(std::string_view key) const { return words_.count(key) != 0; }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string_view> words_;  // views into the embedded data
};

/// The aligner's English function words (data/english-function-words.txt).
const WordSet& english_function_words();
/// The aligner's Arabic function words (data/arabic-function-words.txt).
const WordSet& arabic_function_words();
/// Sentence connectives and words of connective phrases (data/english-connectives.txt).
const WordSet& english_connectives();
/// Arabic sentence connectives (data/arabic-connectives.txt).
const WordSet& arabic_connectives();
/// Words that neither begin nor end an extracted term (data/english-term-edge-words.txt).
const WordSet& english_term_edge_words();
/// Arabic words that neither begin nor end an extracted term (data/arabic-term-edge-words.txt).
const WordSet& arabic_term_edge_words();
/// Two-letter function words the light stemmer keeps whole (data/arabic-short-function-words.txt).
const WordSet& arabic_short_function_words();
/// Words starting with ال that is not the article (data/arabic-article-lookalikes.txt).
const WordSet& arabic_article_lookalikes();
/// Words whose first و or ف is a root letter (data/arabic-root-initial-waw-fa.txt).
const WordSet& arabic_root_initial_waw_fa();

/// A month or weekday name and what it stands for.
struct CalendarName {
  int number = 0;  // month 1-12; weekday 0 (Monday) to 6 (Sunday)
  /// Also an ordinary word (May, مارس "he practised", اب "father", الاثنين "the two"): the caller
  /// counts it only in a context that makes it a date.
  bool also_a_word = false;
};

/// Month or weekday names of one language.
class CalendarNames {
 public:
  /// Names of one word or of two separated by a space, each with what it stands for.
  explicit CalendarNames(const std::vector<std::pair<std::string_view, CalendarName>>& names);

  /// The one-word name `key`, or null.
  const CalendarName* find(std::string_view key) const;
  /// The two-word name `first second` (كانون الثاني), or null.
  const CalendarName* find(std::string_view first, std::string_view second) const;
  std::size_t size() const { return one_word_.size() + two_words_.size(); }
  /// Every name (two-word ones with their space), in no particular order.
  std::vector<std::string_view> names() const;

 private:
  struct TwoWords {
    std::string_view first, second;
    std::string_view both;  // "first second"
    CalendarName name;
  };
  std::unordered_map<std::string_view, CalendarName> one_word_;
  std::vector<TwoWords> two_words_;  // a handful: searched in order
};

/// Month names and abbreviations (data/english-months.tsv).
const CalendarNames& english_month_names();
/// Both Arabic month series and the Maghreb spellings (data/arabic-months.tsv).
const CalendarNames& arabic_month_names();
/// data/english-weekdays.tsv
const CalendarNames& english_weekday_names();
/// data/arabic-weekdays.tsv
const CalendarNames& arabic_weekday_names();

/// The broken plurals of a noun, by its singular in matching-key form without the article
/// ("سفينه" -> {"سفن"}); empty when none is listed (data/arabic-broken-plurals.tsv).
const std::vector<std::string_view>& arabic_broken_plurals(std::string_view singular_key);

/// The Latin letters an Arabic letter name may stand for ("اف" -> "f", "بي" -> "bp", "اي" ->
/// "aei"), each once, in list order; "" when `key` is no letter name
/// (data/arabic-latin-letter-names.tsv).
std::string_view latin_letters_of_arabic_name(std::string_view key);

}  // namespace mizan::text
