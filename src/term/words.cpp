#include "words.hpp"

#include "mizan/text/match_key.hpp"

namespace mizan::term::detail {
namespace {

bool ends_with(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
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

// A light plural reduction (a subset of Porter's step 1a, applied to text and glossary alike, so
// that its occasional wrong cut never separates the two).
std::string singular(std::string w) {
  if (w.size() < 2 || w.back() != 's') return w;
  if (is_digit(w[w.size() - 2])) {  // 1990s, F-16s, F16s
    w.pop_back();
    return w;
  }
  for (char c : w) {
    if (!is_ascii_letter(c)) return w;  // u.s, qa'ida: leave marked words alone
  }
  if (w.size() < 4) return w;  // gas, bus, has
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is")) return w;
  if (w.size() > 4 && ends_with(w, "ies")) {
    w.resize(w.size() - 3);
    w.push_back('y');
    return w;
  }
  if (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes") ||
      ends_with(w, "zzes")) {
    w.resize(w.size() - 2);
    return w;
  }
  w.pop_back();
  return w;
}

}  // namespace

std::string english_normal_form(std::string_view key) {
  std::string w(key);
  if (ends_with(w, "'s")) w.resize(w.size() - 2);
  if (is_initialism(w)) std::erase(w, '.');
  return singular(std::move(w));
}

std::string_view without_arabic_article(std::string_view w) {
  constexpr std::string_view kArticle = "ال";
  if (w.substr(0, kArticle.size()) == kArticle && code_points(w) > 3) w.remove_prefix(4);
  return w;
}

std::vector<SpelledLetter> spelled_letters(std::string_view word) {
  std::vector<SpelledLetter> out;
  for (std::size_t i = 0; i < word.size();) {
    std::size_t n = 1;
    while (i + n < word.size() && (static_cast<unsigned char>(word[i + n]) & 0xC0) == 0x80)
      ++n;
    const std::string_view cp = word.substr(i, n);
    std::string key = text::match_key(cp);
    if (!key.empty()) out.push_back({cp, std::move(key)});
    i += n;
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

std::size_t code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
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
        u.key = english_normal_form(u.key);
      } else {
        // Tanween fatha (U+064B) written before or after the final alif: "اً" / "ًا".
        u.accusative_alif =
            ends_with(surface, "\u0627\u064B") || ends_with(surface, "\u064B\u0627");
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
