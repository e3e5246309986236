#include "words.hpp"

#include "mizan/text/english_forms.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/utf8.hpp"

namespace mizan::term::detail {

std::string_view without_arabic_article(std::string_view w) {
  constexpr std::string_view kArticle = "ال";
  if (w.substr(0, kArticle.size()) == kArticle && text::count_code_points(w) > 3)
    w.remove_prefix(4);
  return w;
}

std::vector<SpelledLetter> spelled_letters(std::string_view word) {
  std::vector<SpelledLetter> out;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t start = i;
    text::next_code_point(word, i);
    const std::string_view cp = word.substr(start, i - start);
    std::string key = text::match_key(cp);
    if (!key.empty()) out.push_back({cp, std::move(key)});
  }
  return out;
}

std::string written_between(const std::vector<SpelledLetter>& letters, std::size_t from,
                            std::size_t to) {
  std::string out;
  std::size_t at = 0;
  for (const SpelledLetter& l : letters) {
    if (at >= from && at + l.key.size() <= to) out.append(l.written);
    at += l.key.size();
  }
  return out;
}

void make_units(std::string_view text, Language lang, text::WordTokenizer& tokenizer,
                std::vector<text::Token>& tokens, std::vector<Unit>& out) {
  out.clear();
  tokenizer.tokenize(text, tokens);
  for (const text::Token& t : tokens) {
    const std::string_view surface = text.substr(t.begin, t.end - t.begin);
    Unit u;
    u.begin = t.begin;
    u.end = t.end;
    u.key = text::match_key(surface);
    if (t.kind == text::TokenKind::kWord || t.kind == text::TokenKind::kNumber) {
      u.kind = UnitKind::kWord;
      if (lang == Language::kEnglish) {
        u.lowercase = u.key == surface;
        u.key = text::english_term_form(u.key);
      } else {
        // Tanween fatha (U+064B) written before or after the final alif: "اً" / "ًا".
        u.accusative_alif = surface.ends_with("\u0627\u064B") || surface.ends_with("\u064B\u0627");
      }
      out.push_back(std::move(u));
      continue;
    }
    u.kind = UnitKind::kPunct;
    u.attached = !out.empty() && out.back().end == t.begin;
    if (u.key == "-") continue;
    if (u.key == "'" && u.attached && out.back().kind == UnitKind::kWord) continue;
    out.push_back(std::move(u));
  }
}

}  // namespace mizan::term::detail
