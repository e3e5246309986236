#include "anchors.hpp"
#include "mizan/text/word_lists.hpp"

namespace mizan::align::detail {
namespace {

// A number beside token i, or after a period beside it ("Jan. 9"): "May" the month, not the verb.
bool near_number(const std::vector<Token>& toks, std::size_t i) {
  return (i > 0 && toks[i - 1].number) || (i + 1 < toks.size() && toks[i + 1].number) ||
         (i + 2 < toks.size() && toks[i + 1].key == "." && toks[i + 2].number);
}

}  // namespace

void english_date_anchors(const std::vector<Token>& toks, std::vector<std::string>& anchors) {
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.capitalized) continue;
    if (const text::CalendarName* m = text::english_month_names().find(t.key)) {
      if (!m->also_a_word || near_number(toks, i)) {
        anchors.push_back("m:" + std::to_string(m->number));
      }
      continue;
    }
    if (const text::CalendarName* d = text::english_weekday_names().find(t.key)) {
      anchors.push_back("w:" + std::to_string(d->number));
    }
  }
}

void arabic_date_anchors(const std::vector<Token>& toks, std::vector<std::string>& anchors) {
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].arabic) continue;
    const std::string_view whole = toks[i].key;
    const std::string_view bare = strip_proclitic(whole);
    const text::CalendarNames& months = text::arabic_month_names();
    if (i + 1 < toks.size()) {
      // كانون الثاني, تشرين الأول: a two-word month, the conjunction or preposition on the first.
      const text::CalendarName* m = months.find(whole, toks[i + 1].key);
      if (!m) m = months.find(bare, toks[i + 1].key);
      if (m) {
        anchors.push_back("m:" + std::to_string(m->number));
        ++i;
        continue;
      }
    }
    const text::CalendarName* m = months.find(whole);
    if (!m) m = months.find(bare);
    if (m) {
      if (!m->also_a_word || near_number(toks, i)) {
        anchors.push_back("m:" + std::to_string(m->number));
      }
      continue;
    }
    const text::CalendarName* d = text::arabic_weekday_names().find(whole);
    if (!d) d = text::arabic_weekday_names().find(bare);
    // الاثنين is also "the two": it counts only after يوم (day).
    if (d && (!d->also_a_word || (i > 0 && toks[i - 1].key == "يوم"))) {
      anchors.push_back("w:" + std::to_string(d->number));
    }
  }
}

}  // namespace mizan::align::detail
