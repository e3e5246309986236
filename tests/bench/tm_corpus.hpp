#pragma once
// The scaled benchmark corpus of the translation memory: real English/Arabic pairs (the
// l10n-en-ar.tsv catalog strings given as the data path) grown to any number of units with
// deterministic variations a memory meets: changed numbers, a word added or dropped, Arabic
// clitic variants (و / ال / لل). Queries are further variations of longer pairs, so that the best
// match is known: a unit of the same family (same original pair).

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

namespace mizan::bench {

struct Pair {
  std::string en, ar;
};

struct ScaledUnit {
  std::string en, ar;
  std::uint32_t family;  // index of the original pair
};

struct Query {
  std::string en, ar;
  std::uint32_t family;
};

inline std::uint64_t mix(std::uint64_t x) {  // splitmix64 (Steele, Lea, Flood 2014)
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

inline std::vector<Pair> load_pairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path + " (give the data path as argument)");
  std::vector<Pair> pairs;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      if (line.rfind("en\tar", 0) == 0) continue;
    }
    const std::size_t t1 = line.find('\t');
    if (t1 == std::string::npos) continue;
    const std::size_t t2 = line.find('\t', t1 + 1);
    Pair p{line.substr(0, t1),
           line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1)};
    if (!p.en.empty() && !p.ar.empty()) pairs.push_back(std::move(p));
  }
  return pairs;
}

inline std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t sp = s.find(' ', start);
    if (sp == std::string::npos) sp = s.size();
    if (sp > start) out.push_back(s.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

inline std::string join_words(const std::vector<std::string>& w) {
  std::string out;
  for (const std::string& x : w) {
    if (!out.empty()) out.push_back(' ');
    out += x;
  }
  return out;
}

inline bool starts_with(const std::string& s, const char* p) {
  return s.rfind(p, 0) == 0;
}

// Arabic-Indic digits when the Arabic side already writes them (the catalogs often do: ١٠٠٪).
inline std::string arabic_number(unsigned n, bool indic) {
  const std::string ascii = std::to_string(n);
  if (!indic) return ascii;
  std::string out;
  for (char c : ascii)
    out += std::string("\xD9") + static_cast<char>(0xA0 + (c - '0'));
  return out;
}

inline bool has_indic_digit(const std::string& s) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xD9 && static_cast<unsigned char>(s[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(s[i + 1]) <= 0xA9)
      return true;
  }
  return false;
}

// Replaces the first run of digits (ASCII or Arabic-Indic) in `s` with `number`; false if none.
inline bool replace_first_number(std::string& s, const std::string& number) {
  std::size_t b = std::string::npos, e = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool ascii = c >= '0' && c <= '9';
    const bool indic = c == 0xD9 && i + 1 < s.size() &&
                       static_cast<unsigned char>(s[i + 1]) >= 0xA0 &&
                       static_cast<unsigned char>(s[i + 1]) <= 0xA9;
    if (ascii || indic) {
      if (b == std::string::npos) b = i;
      i += ascii ? 1 : 2;
      e = i;
    } else {
      if (b != std::string::npos) break;
      ++i;
    }
  }
  if (b == std::string::npos) return false;
  s.replace(b, e - b, number);
  return true;
}

// Words added by the "add a word" variation, with their Arabic.
constexpr const char* kAddedWords[][2] = {
    {"new", "جديد"},
    {"all", "كل"},
    {"selected", "المحدد"},
    {"current", "الحالي"},
    {"again", "مجددا"},
    {"now", "الآن"},
    {"other", "أخرى"},
    {"default", "الافتراضي"},
    {"first", "الأول"},
    {"last", "الأخير"},
    {"local", "المحلي"},
    {"only", "فقط"},
    {"automatically", "تلقائيا"},
    {"user", "المستخدم"},
    {"file", "الملف"},
    {"official", "الرسمي"},
    {"regional", "الإقليمي"},
    {"security", "الأمن"},
};

inline Pair vary(const Pair& base, std::uint64_t seed, unsigned number) {
  Pair p = base;
  std::uint64_t r = mix(seed);
  const int ops = 1 + static_cast<int>(r % 2);
  for (int k = 0; k < ops; ++k) {
    r = mix(r);
    std::vector<std::string> en = split_words(p.en), ar = split_words(p.ar);
    switch (r % 4) {
      case 0: {  // a changed (or added) number
        const bool indic = has_indic_digit(p.ar);
        const std::string n_en = std::to_string(number);
        if (!replace_first_number(p.en, n_en)) p.en += " " + n_en;
        if (!replace_first_number(p.ar, arabic_number(number, indic)))
          p.ar += " " + arabic_number(number, indic);
        continue;
      }
      case 1: {  // a word added
        const auto& w = kAddedWords[(r >> 8) % std::size(kAddedWords)];
        en.insert(en.begin() + static_cast<std::ptrdiff_t>((r >> 16) % (en.size() + 1)), w[0]);
        ar.insert(ar.begin() + static_cast<std::ptrdiff_t>((r >> 24) % (ar.size() + 1)), w[1]);
        break;
      }
      case 2:  // a word dropped
        if (en.size() >= 3)
          en.erase(en.begin() + static_cast<std::ptrdiff_t>((r >> 16) % en.size()));
        if (ar.size() >= 3)
          ar.erase(ar.begin() + static_cast<std::ptrdiff_t>((r >> 24) % ar.size()));
        break;
      default: {  // an Arabic clitic variant
        if (ar.empty()) break;
        std::string& w = ar[(r >> 16) % ar.size()];
        if (starts_with(w, "\xD8\xA7\xD9\x84")) {  // ال -> وال / لل
          w = ((r >> 32) % 2 == 0) ? "\xD9\x88" + w : "\xD9\x84\xD9\x84" + w.substr(4);
        } else if (w.size() >= 6) {
          w = ((r >> 32) % 2 == 0) ? "\xD9\x88" + w : "\xD8\xA7\xD9\x84" + w;  // و / ال
        }
        break;
      }
    }
    p.en = join_words(en);
    p.ar = join_words(ar);
  }
  return p;
}

/// `count` distinct units: every original pair once, then variations, family by family in turn.
inline std::vector<ScaledUnit> scale(const std::vector<Pair>& pairs, std::size_t count) {
  std::vector<ScaledUnit> out;
  out.reserve(count);
  std::unordered_set<std::string> seen;
  seen.reserve(count * 2);
  for (std::size_t i = 0; out.size() < count; ++i) {
    const auto family = static_cast<std::uint32_t>(i % pairs.size());
    const std::size_t variant = i / pairs.size();
    Pair p = pairs[family];
    for (unsigned attempt = 0; variant > 0 && attempt < 20; ++attempt) {
      p = vary(pairs[family], mix(i * 31 + attempt), static_cast<unsigned>(2 + variant + attempt));
      if (seen.count(p.en + '\t' + p.ar) == 0) break;
    }
    if (!seen.insert(p.en + '\t' + p.ar).second) continue;
    out.push_back({std::move(p.en), std::move(p.ar), family});
  }
  return out;
}

/// Queries from pairs of at least `min_words` English words, spread over the families.
inline std::vector<Query> make_queries(const std::vector<Pair>& pairs, std::size_t count,
                                       std::size_t min_words, std::uint64_t salt) {
  std::vector<Query> out;
  for (std::uint64_t i = 0; out.size() < count && i < pairs.size() * 4; ++i) {
    const auto family = static_cast<std::uint32_t>(mix(i ^ salt) % pairs.size());
    if (split_words(pairs[family].en).size() < min_words) continue;
    if (split_words(pairs[family].ar).size() < 3) continue;
    const Pair p = vary(pairs[family], mix(salt + 1'000'003 * i), static_cast<unsigned>(7000 + i));
    out.push_back({p.en, p.ar, family});
  }
  return out;
}

}  // namespace mizan::bench
