#include "mizan/tm/fuzzy.hpp"

#include <algorithm>
#include <cmath>

#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "mizan/text/utf8.hpp"

namespace mizan::tm {
namespace {

// Arabic letters that spell long vowels (and their hamza-less key forms): ا و ي.
bool is_arabic_vowel_letter(char32_t c) {
  return c == 0x0627 || c == 0x0648 || c == 0x064A;
}

bool is_latin_vowel(char32_t c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

}  // namespace

std::string spelling_skeleton(std::string_view stem) {
  std::string out;
  std::size_t letters = 0;
  std::string_view last;  // the previous letter kept, a view into `stem`
  for (std::size_t i = 0; i < stem.size();) {
    const std::size_t start = i;
    const char32_t c = text::next_code_point(stem, i);
    const std::string_view letter = stem.substr(start, i - start);
    bool vowel = false;
    if (text::is_arabic_block(c)) {
      vowel = is_arabic_vowel_letter(c);
    } else if (c >= 'a' && c <= 'z') {
      vowel = is_latin_vowel(c);
    } else {
      return {};  // digits, hyphens, other scripts: no spelling to compare
    }
    // The first letter stays even when it is a vowel letter (امريكا, Iraq); later vowel letters
    // are where transliterations and spellings disagree (أمريكية / أميركية, Kurilla / Kurila).
    if (!out.empty() && vowel) continue;
    if (letter == last) continue;  // doubled letters (Kurilla / Kurila, كوريللا / كوريلا)
    out.append(letter);
    last = letter;
    ++letters;
  }
  return letters >= 3 ? out : std::string();
}

void WordAnalyzer::analyze(std::string_view text, std::vector<Word>& out) {
  out.clear();
  tokenizer_.tokenize(text, tokens_);
  for (const text::Token& t : tokens_) {
    if (t.kind != text::TokenKind::kWord && t.kind != text::TokenKind::kNumber) continue;
    Word w;
    w.begin = t.begin;
    w.end = t.end;
    const std::string_view token = text.substr(t.begin, t.end - t.begin);
    w.key = text::match_key(token);
    if (w.key.empty()) continue;
    // ICU ends "U.S." before its last period; for the span (what a diff replaces, what a
    // concordance marks) an abbreviation keeps it. The key stays as it was.
    if (token.find('.') != std::string_view::npos && t.end < text.size() && text[t.end] == '.') {
      w.end = t.end + 1;
    }
    w.is_number = t.kind == text::TokenKind::kNumber;
    if (w.is_number) {
      std::erase(w.key, ',');  // 1,000 and 1000 (Arabic ٬ is ',' in keys)
      w.stem = w.key;
    } else if (text::starts_with_arabic(w.key)) {
      w.stem = std::string(text::arabic_light_stem(w.key));
      w.skeleton = spelling_skeleton(w.stem);
    } else {
      w.stem = english_light_stem(w.key);
      // Short words have too few consonants to tell spellings from different words.
      if (w.key.size() >= 5) w.skeleton = spelling_skeleton(w.stem);
    }
    out.push_back(std::move(w));
  }
}

std::vector<Word> WordAnalyzer::analyze(std::string_view text) {
  std::vector<Word> out;
  analyze(text, out);
  return out;
}

WordRelation relate(const Word& a, const Word& b) {
  if (a.key == b.key) return WordRelation::kSame;
  if (a.is_number || b.is_number) return WordRelation::kDifferent;
  if (!a.stem.empty() && a.stem == b.stem) return WordRelation::kInflection;
  if (!a.skeleton.empty() && a.skeleton == b.skeleton) return WordRelation::kSpellingVariant;
  return WordRelation::kDifferent;
}

std::size_t surface_distance(std::string_view a, std::string_view b) {
  if (a == b) return 0;
  const std::vector<char32_t> x = text::to_code_points(a), y = text::to_code_points(b);
  // The common prefix and suffix cost nothing: the matrix only covers what differs (matches
  // that tie are mostly alike).
  std::size_t head = 0;
  while (head < x.size() && head < y.size() && x[head] == y[head])
    ++head;
  std::size_t tail = 0;
  while (tail < x.size() - head && tail < y.size() - head &&
         x[x.size() - 1 - tail] == y[y.size() - 1 - tail]) {
    ++tail;
  }
  const std::size_t n = x.size() - head - tail, m = y.size() - head - tail;
  std::vector<std::size_t> row(m + 1);
  for (std::size_t j = 0; j <= m; ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t up = row[j];
      const bool same = x[head + i - 1] == y[head + j - 1];
      row[j] = std::min({up + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[m];
}

double best_possible_percent(std::size_t query_words, std::size_t match_words) {
  const std::size_t longer = std::max(query_words, match_words);
  if (longer == 0) return 0;
  const std::size_t diff = longer - std::min(query_words, match_words);
  return 100.0 * (1.0 - static_cast<double>(diff) / static_cast<double>(longer));
}

FuzzyScore fuzzy_score(std::span<const Word> query, std::span<const Word> match, bool with_edits) {
  FuzzyScore result;
  const std::size_t n = query.size();
  const std::size_t m = match.size();
  if (n == 0 && m == 0) return result;

  // Weighted Levenshtein distance over words (Wagner-Fischer), full matrix so that the
  // alignment can be traced back for the diff; segments are sentences (tens of words).
  const std::size_t width = m + 1;
  std::vector<double> d((n + 1) * width);
  std::vector<WordRelation> rel(with_edits ? (n + 1) * width : 0);
  for (std::size_t j = 0; j <= m; ++j)
    d[j] = static_cast<double>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    d[i * width] = static_cast<double>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      const WordRelation r = relate(query[i - 1], match[j - 1]);
      const double sub = r == WordRelation::kSame              ? 0.0
                         : r == WordRelation::kInflection      ? kInflectionCost
                         : r == WordRelation::kSpellingVariant ? kSpellingVariantCost
                                                               : 1.0;
      if (with_edits) rel[i * width + j] = r;
      d[i * width + j] = std::min(
          {d[(i - 1) * width + j - 1] + sub, d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1});
    }
  }

  // Trace back for the edits and to count differing numbers (needed for the score as well).
  std::vector<WordEdit> edits;
  std::size_t i = n, j = m;
  while (i > 0 || j > 0) {
    WordEdit e;
    if (i > 0 && j > 0) {
      const WordRelation r = with_edits ? rel[i * width + j] : relate(query[i - 1], match[j - 1]);
      const double sub = r == WordRelation::kSame              ? 0.0
                         : r == WordRelation::kInflection      ? kInflectionCost
                         : r == WordRelation::kSpellingVariant ? kSpellingVariantCost
                                                               : 1.0;
      if (std::abs(d[i * width + j] - (d[(i - 1) * width + j - 1] + sub)) < 1e-9) {
        e.kind = r == WordRelation::kSame              ? WordEdit::Kind::kKeep
                 : r == WordRelation::kInflection      ? WordEdit::Kind::kInflection
                 : r == WordRelation::kSpellingVariant ? WordEdit::Kind::kSpellingVariant
                                                       : WordEdit::Kind::kReplace;
        e.query = static_cast<int>(--i);
        e.match = static_cast<int>(--j);
        if (e.kind == WordEdit::Kind::kReplace && (query[i].is_number || match[j].is_number))
          ++result.differing_numbers;
        edits.push_back(e);
        continue;
      }
    }
    if (i > 0 && (j == 0 || std::abs(d[i * width + j] - (d[(i - 1) * width + j] + 1)) < 1e-9)) {
      e.kind = WordEdit::Kind::kInsert;
      e.query = static_cast<int>(--i);
      if (query[i].is_number) ++result.differing_numbers;
    } else {
      e.kind = WordEdit::Kind::kDelete;
      e.match = static_cast<int>(--j);
      if (match[j].is_number) ++result.differing_numbers;
    }
    edits.push_back(e);
  }
  std::reverse(edits.begin(), edits.end());
  if (with_edits) result.edits = std::move(edits);

  const double longer = static_cast<double>(std::max(n, m));
  result.similarity = std::max(0.0, 1.0 - d[n * width + m] / longer);
  result.rank = 100.0 * result.similarity - kNumberPenalty * result.differing_numbers;
  const int floored = static_cast<int>(std::floor(result.rank + 1e-9));
  result.percent = std::clamp(floored, 0, kMaxFuzzyPercent);
  return result;
}

}  // namespace mizan::tm
