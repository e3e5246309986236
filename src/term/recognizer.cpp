#include "mizan/term/recognizer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <unordered_map>

#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/tokenize.hpp"
#include "mizan/text/utf8.hpp"
#include "mizan/text/word_lists.hpp"
#include "words.hpp"

namespace mizan::term {
namespace {

using detail::Unit;
using detail::UnitKind;

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

// Flags of a word symbol.
enum : std::uint8_t {
  kAbbreviation = 1,  // written with a period in the glossary ("Gen."): the period is optional
  kNotLowercase = 2,  // an acronym ("US") or a capitalised proper noun ("May", "Turkey") in the
                      // glossary: an all-lower-case word (us, may, turkey) does not match
  kPrefixLetter = 4,  // an Arabic proclitic written alone with tatweel ("دعماً لـ"): matches the
                      // first letter of the next word
  kPunctuation = 8,  // punctuation inside a term, matched literally
};

struct Symbol {
  std::string key;
  std::uint8_t flags = 0;
};

// A word of the text as a candidate symbol: may it begin a term, may it continue one.
struct Candidate {
  std::uint32_t symbol;
  bool first_ok;
  bool later_ok;
};

// Proclitic sequences tried when looking up an Arabic word (conjunction, preposition and their
// combinations); the article and لل are found by the light stemmer. This only widens the search:
// text::is_arabic_clitic_form decides.
constexpr std::array<std::string_view, 11> kLookupProclitics = {"و",  "ف",  "ب",  "ل",  "ك", "وب",
                                                                "ول", "وك", "فب", "فل", "فك"};
constexpr std::string_view kTatweel = "\u0640";

// A word after the first of a multi-word Arabic term: the article may come or go (قوات / القوات)
// and number or pronoun suffixes may follow, but no conjunction or preposition can attach there.
bool later_arabic_word_matches(std::string_view token, std::string_view word) {
  if (token == word) return true;
  const std::string_view bare_token = detail::without_arabic_article(token);
  const std::string_view bare_word = detail::without_arabic_article(word);
  if (bare_token == bare_word) return true;
  const std::string_view stem =
      bare_word.ends_with("ه") ? bare_word.substr(0, bare_word.size() - 2) : bare_word;
  if (!bare_token.starts_with(stem)) return false;
  return text::is_arabic_clitic_form(bare_token, bare_word);
}

// A glossary word with the article whose bare form is three letters or fewer is ambiguous
// without it (الأحد Sunday / أحد one, الرقة Raqqa / رقة tenderness, الهول / هول): the text word
// must keep the article (or write it fused, ل + ال = لل).
bool keeps_short_article(std::string_view token, std::string_view word) {
  const std::string_view bare = detail::without_arabic_article(word);
  if (bare.size() == word.size() || text::count_code_points(bare) > 3) return true;
  if (token.find(word) != std::string_view::npos) return true;
  const std::string fused = "لل" + std::string(bare);
  return token.find(fused) != std::string_view::npos;
}

// A glossary word of one or two letters takes only the conjunctions و ف: with a preposition it
// is too often another word (باب is not ب + آب, بين is not ب + ين).
bool short_word_clitic_ok(std::string_view token, std::string_view word) {
  if (token == word || text::count_code_points(word) > 2) return true;
  const std::string_view rest = token.substr(std::min<std::size_t>(2, token.size()));
  return (token.starts_with("و") || token.starts_with("ف")) && rest == word;
}

struct Trie {
  std::vector<std::uint32_t> terminal{kNone};  // per node: index into hits, or kNone
  std::vector<std::vector<TermHit>> hits;
  std::unordered_map<std::uint64_t, std::uint32_t> edges;  // (node << 32 | symbol) -> child

  static std::uint64_t edge_key(std::uint32_t node, std::uint32_t symbol) {
    return (static_cast<std::uint64_t>(node) << 32) | symbol;
  }
  std::uint32_t child(std::uint32_t node, std::uint32_t symbol) const {
    const auto it = edges.find(edge_key(node, symbol));
    return it == edges.end() ? kNone : it->second;
  }
  void insert(const std::vector<std::uint32_t>& path, TermHit hit) {
    std::uint32_t node = 0;
    for (std::uint32_t s : path) {
      const auto [it, added] = edges.emplace(edge_key(node, s), 0);
      if (added) {
        it->second = static_cast<std::uint32_t>(terminal.size());
        terminal.push_back(kNone);
      }
      node = it->second;
    }
    if (terminal[node] == kNone) {
      terminal[node] = static_cast<std::uint32_t>(hits.size());
      hits.emplace_back();
    }
    std::vector<TermHit>& list = hits[terminal[node]];
    for (const TermHit& h : list) {
      if (h.entry == hit.entry) return;  // one entry, two forms with one key: keep the first
    }
    list.push_back(hit);
  }
};

struct LanguageIndex {
  Language lang;
  std::vector<Symbol> symbols;
  std::unordered_map<std::string, std::uint32_t> symbol_ids;  // key '\x01' flags -> id
  // Word lookup: English normal form -> symbols; Arabic key, bare form and stems -> symbols.
  std::unordered_map<std::string, std::vector<std::uint32_t>> lookup;
  std::unordered_map<std::string, std::uint32_t> punctuation;         // key -> symbol
  std::vector<std::pair<std::string, std::uint32_t>> prefix_letters;  // Arabic letter -> symbol
  Trie trie;

  std::uint32_t intern(const std::string& key, std::uint8_t flags) {
    std::string id_key = key;
    id_key.push_back('\x01');
    id_key.push_back(static_cast<char>('0' + flags));
    const auto [it, added] = symbol_ids.emplace(std::move(id_key), 0);
    if (!added) return it->second;
    const auto id = static_cast<std::uint32_t>(symbols.size());
    it->second = id;
    symbols.push_back({key, flags});
    auto index_under = [&](const std::string& form) {
      std::vector<std::uint32_t>& list = lookup[form];
      if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    };
    if (flags & kPunctuation) {
      punctuation.emplace(key, id);
    } else if (flags & kPrefixLetter) {
      prefix_letters.emplace_back(key, id);
    } else if (lang == Language::kEnglish) {
      index_under(key);
    } else {
      const std::string bare(detail::without_arabic_article(key));
      index_under(key);
      index_under(bare);
      index_under(std::string(text::arabic_light_stem(key)));
      index_under(std::string(text::arabic_light_stem(bare)));
    }
    return id;
  }
};

// English forms also written without the hyphen between letters and digits: F-16 -> F16.
std::string joined_letter_digit_form(std::string_view form) {
  std::string out;
  bool joined = false;
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (form[i] == '-' && i > 0 && i + 1 < form.size()) {
      const char a = form[i - 1], b = form[i + 1];
      const bool a_digit = a >= '0' && a <= '9', b_digit = b >= '0' && b <= '9';
      const bool a_letter = (a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z');
      const bool b_letter = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
      if ((a_letter && b_digit) || (a_digit && b_letter)) {
        joined = true;
        continue;
      }
    }
    out.push_back(form[i]);
  }
  return joined ? out : std::string();
}

// An Arabic form with its first word, the head of the noun phrase (سفينة تجارية, قائد القوات),
// in each of its broken plurals (text::arabic_broken_plurals), the article kept: السفن التجارية.
// The words after it are matched as they are: an adjective after a plural of things is feminine
// singular (تجارية), and later words may take or drop the article and number suffixes anyway.
std::vector<std::string> broken_plural_forms(std::string_view form) {
  const std::size_t space = form.find(' ');
  const std::string_view first = form.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : form.substr(space);
  const std::string key = text::match_key(first);
  const std::string_view bare = detail::without_arabic_article(key);
  const std::string_view article = std::string_view(key).substr(0, key.size() - bare.size());
  std::vector<std::string> out;
  for (std::string_view plural : text::arabic_broken_plurals(bare))
    out.push_back(std::string(article) + std::string(plural) + std::string(rest));
  return out;
}

bool is_acronym_surface(std::string_view surface) {
  std::size_t capitals = 0;
  for (char c : surface) {
    if (c >= 'a' && c <= 'z') return false;
    capitals += c >= 'A' && c <= 'Z';
  }
  return capitals >= 2;
}

}  // namespace

struct Recognizer::Scratch::Impl {
  text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;
  std::vector<Unit> units;
  // Arabic word analyses of the last recognizer used (words repeat: Zipf), bounded.
  const Recognizer::Impl* owner = nullptr;
  std::unordered_map<std::string, std::vector<Candidate>> arabic_cache;
  std::vector<Candidate> english_candidates;
  std::vector<Candidate> merged_candidates;
};

Recognizer::Scratch::Scratch() : impl_(std::make_unique<Impl>()) {}
Recognizer::Scratch::~Scratch() = default;
Recognizer::Scratch::Scratch(Scratch&&) noexcept = default;
Recognizer::Scratch& Recognizer::Scratch::operator=(Scratch&&) noexcept = default;

struct Recognizer::Impl {
  const Glossary* glossary;
  LanguageIndex english{Language::kEnglish, {}, {}, {}, {}, {}, {}};
  LanguageIndex arabic{Language::kArabic, {}, {}, {}, {}, {}, {}};
  std::vector<std::size_t> concept_of, rendering_of;
  std::vector<std::vector<std::size_t>> concepts, renderings;

  const LanguageIndex& index(Language lang) const {
    return lang == Language::kEnglish ? english : arabic;
  }

  void add_form(LanguageIndex& li, std::string_view form, TermHit hit, bool proper_noun,
                Scratch::Impl& s) {
    detail::make_units(form, li.lang, s.tokenizer, s.tokens, s.units);
    std::vector<std::uint32_t> path;
    for (std::size_t i = 0; i < s.units.size(); ++i) {
      const Unit& u = s.units[i];
      if (u.kind == UnitKind::kPunct) {
        if (u.key == "." && u.attached && !path.empty() && s.units[i - 1].kind == UnitKind::kWord) {
          // "Gen.", "U.S.": re-intern the word as an abbreviation.
          const Symbol prev = li.symbols[path.back()];
          path.back() = li.intern(prev.key, prev.flags | kAbbreviation);
          continue;
        }
        path.push_back(li.intern(u.key, kPunctuation));
        continue;
      }
      const std::string_view surface = form.substr(u.begin, u.end - u.begin);
      std::uint8_t flags = 0;
      if (li.lang == Language::kEnglish &&
          (is_acronym_surface(surface) ||
           (proper_noun && !surface.empty() && surface[0] >= 'A' && surface[0] <= 'Z')))
        flags |= kNotLowercase;
      if (li.lang == Language::kArabic && i + 1 == s.units.size() && i > 0 &&
          surface.ends_with(kTatweel) && u.key.size() == 2 &&
          std::string_view("وفبلك").find(u.key) != std::string_view::npos) {
        flags |= kPrefixLetter;
      }
      path.push_back(li.intern(u.key, flags));
    }
    if (!path.empty()) li.trie.insert(path, hit);
  }

  // Candidate symbols for the word unit `u`: those of its key and, for an accusative alif
  // (هجوماً), those of the word without it.
  const std::vector<Candidate>& candidates(const LanguageIndex& li, const Unit& u,
                                           Scratch::Impl& s) const {
    if (!u.accusative_alif || u.key.size() < 6) return key_candidates(li, u, s);
    Unit bare = u;
    bare.key.resize(bare.key.size() - 2);
    bare.accusative_alif = false;
    s.merged_candidates = key_candidates(li, u, s);
    for (const Candidate& c : key_candidates(li, bare, s)) {
      if (std::none_of(s.merged_candidates.begin(), s.merged_candidates.end(),
                       [&](const Candidate& m) { return m.symbol == c.symbol; }))
        s.merged_candidates.push_back(c);
    }
    return s.merged_candidates;
  }

  const std::vector<Candidate>& key_candidates(const LanguageIndex& li, const Unit& u,
                                               Scratch::Impl& s) const {
    if (li.lang == Language::kEnglish) {
      s.english_candidates.clear();
      const auto it = li.lookup.find(u.key);
      if (it != li.lookup.end()) {
        for (std::uint32_t sym : it->second) {
          if ((li.symbols[sym].flags & kNotLowercase) && u.lowercase) continue;
          s.english_candidates.push_back({sym, true, true});
        }
      }
      return s.english_candidates;
    }
    if (s.owner != this) {
      s.arabic_cache.clear();
      s.owner = this;
    }
    const auto cached = s.arabic_cache.find(u.key);
    if (cached != s.arabic_cache.end()) return cached->second;
    // Bounded: beyond this many distinct words the cache is dropped and refilled (a memory of a
    // few million segments has far more distinct words than any one batch needs).
    constexpr std::size_t kMaxCachedWords = 1 << 18;
    if (s.arabic_cache.size() >= kMaxCachedWords) s.arabic_cache.clear();
    std::vector<Candidate> out;
    const std::string_view t = u.key;
    auto consider = [&](std::string_view form) {
      const auto it = li.lookup.find(std::string(form));
      if (it == li.lookup.end()) return;
      for (std::uint32_t sym : it->second) {
        if (std::any_of(out.begin(), out.end(),
                        [&](const Candidate& c) { return c.symbol == sym; }))
          continue;
        const std::string& w = li.symbols[sym].key;
        // A conjunction before a preposition and the article (وبالرقة) is one clitic more than
        // is_arabic_clitic_form's list holds.
        const bool conj = t.starts_with("و") || t.starts_with("ف");
        const bool first = (text::is_arabic_clitic_form(t, w) ||
                            (conj && text::is_arabic_clitic_form(t.substr(2), w))) &&
                           keeps_short_article(t, w) && short_word_clitic_ok(t, w);
        const bool later = later_arabic_word_matches(t, w) && keeps_short_article(t, w);
        if (first || later) out.push_back({sym, first, later});
      }
    };
    consider(t);
    consider(text::arabic_light_stem(t));
    for (std::string_view p : kLookupProclitics) {
      if (!t.starts_with(p) || text::count_code_points(t) - text::count_code_points(p) < 2)
        continue;
      const std::string_view rest = t.substr(p.size());
      consider(rest);
      consider(text::arabic_light_stem(rest));
    }
    for (const auto& [letter, sym] : li.prefix_letters) {
      if (t.starts_with(letter)) out.push_back({sym, false, true});
    }
    return s.arabic_cache.emplace(u.key, std::move(out)).first->second;
  }

  struct Found {
    std::size_t first_unit, words;
    std::size_t end_byte;
    std::size_t end_half;  // in half units (see select())
    std::uint32_t node;
  };

  static bool is_broken_plural(const LanguageIndex& li, std::uint32_t node) {
    return li.trie.hits[li.trie.terminal[node]].front().broken_plural;
  }

  // The longest term starting at unit p, if any.
  bool longest_at(const LanguageIndex& li, const std::vector<Unit>& units, std::size_t p,
                  Scratch::Impl& s, Found& best) const {
    struct State {
      std::uint32_t node;
      std::size_t next;  // next unit to read
      std::size_t words, end_byte, end_half;
      bool closed;  // a prefix letter ended the term inside a word
    };
    std::vector<State> stack;
    auto advance = [&](std::uint32_t node, std::uint32_t sym, std::size_t at, std::size_t words) {
      const Symbol& symbol = li.symbols[sym];
      State st{node, at + 1, words + 1, units[at].end, 2 * at + 2, false};
      if (symbol.flags & kPrefixLetter) {
        st.end_byte = units[at].begin + 2;  // one Arabic letter (two bytes in UTF-8)
        st.end_half = 2 * at + 1;
        st.closed = true;
      } else if ((symbol.flags & kAbbreviation) && at + 1 < units.size() &&
                 units[at + 1].kind == UnitKind::kPunct && units[at + 1].attached &&
                 units[at + 1].key == ".") {
        st.next = at + 2;
        st.end_byte = units[at + 1].end;
        st.end_half = 2 * at + 4;
      }
      stack.push_back(st);
    };
    for (const Candidate& c : candidates(li, units[p], s)) {
      if (!c.first_ok) continue;
      const std::uint32_t node = li.trie.child(0, c.symbol);
      if (node != kNone) advance(node, c.symbol, p, 0);
    }
    bool found = false;
    while (!stack.empty()) {
      const State st = stack.back();
      stack.pop_back();
      // Between forms of as many words, the form as the glossary writes it before a broken
      // plural made of it: the light stemmer takes الدولة to دول, which is also the plural.
      if (li.trie.terminal[st.node] != kNone &&
          (!found || st.words > best.words ||
           (st.words == best.words && is_broken_plural(li, best.node) &&
            !is_broken_plural(li, st.node)))) {
        best = {p, st.words, st.end_byte, st.end_half, st.node};
        found = true;
      }
      if (st.closed || st.next >= units.size()) continue;
      const Unit& u = units[st.next];
      if (u.kind == UnitKind::kPunct) {
        const auto it = li.punctuation.find(u.key);
        if (it == li.punctuation.end()) continue;
        const std::uint32_t node = li.trie.child(st.node, it->second);
        if (node != kNone) advance(node, it->second, st.next, st.words);
        continue;
      }
      for (const Candidate& c : candidates(li, u, s)) {
        if (!c.later_ok) continue;
        const std::uint32_t node = li.trie.child(st.node, c.symbol);
        if (node != kNone) advance(node, c.symbol, st.next, st.words);
      }
    }
    return found;
  }
};

Recognizer::Recognizer(const Glossary& glossary) : impl_(std::make_unique<Impl>()) {
  impl_->glossary = &glossary;
  Scratch scratch;
  const std::vector<TermEntry>& entries = glossary.entries();
  std::unordered_map<std::string, std::size_t> concept_ids, rendering_ids;
  impl_->concept_of.resize(entries.size());
  impl_->rendering_of.resize(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const TermEntry& e = entries[i];
    const auto [c, c_new] = concept_ids.emplace(text::match_key(e.en), impl_->concepts.size());
    if (c_new) impl_->concepts.emplace_back();
    impl_->concepts[c->second].push_back(i);
    impl_->concept_of[i] = c->second;
    const auto [r, r_new] = rendering_ids.emplace(text::match_key(e.ar), impl_->renderings.size());
    if (r_new) impl_->renderings.emplace_back();
    impl_->renderings[r->second].push_back(i);
    impl_->rendering_of[i] = r->second;

    const bool proper_noun = e.part_of_speech == "properNoun";
    for (std::size_t f = 0; f <= e.en_variants.size(); ++f) {
      const std::string& form = f == 0 ? e.en : e.en_variants[f - 1];
      impl_->add_form(impl_->english, form, {i, f, false}, proper_noun, *scratch.impl_);
      if (const std::string joined = joined_letter_digit_form(form); !joined.empty())
        impl_->add_form(impl_->english, joined, {i, f, false}, proper_noun, *scratch.impl_);
    }
    for (std::size_t f = 0; f <= e.ar_variants.size(); ++f) {
      const std::string& form = f == 0 ? e.ar : e.ar_variants[f - 1];
      impl_->add_form(impl_->arabic, form, {i, f, false}, false, *scratch.impl_);
      if (proper_noun) continue;  // a name has no plural: الدول الإسلامية is not ISIS
      for (const std::string& plural : broken_plural_forms(form))
        impl_->add_form(impl_->arabic, plural, {i, f, true}, false, *scratch.impl_);
    }
  }
}

Recognizer::~Recognizer() = default;
Recognizer::Recognizer(Recognizer&&) noexcept = default;
Recognizer& Recognizer::operator=(Recognizer&&) noexcept = default;

std::vector<TermMatch> Recognizer::find(std::string_view text, Language lang,
                                        Scratch& scratch) const {
  Scratch::Impl& s = *scratch.impl_;
  const LanguageIndex& li = impl_->index(lang);
  std::vector<TermMatch> out;
  if (li.trie.hits.empty()) return out;
  detail::make_units(text, lang, s.tokenizer, s.tokens, s.units);
  std::vector<Impl::Found> found;
  for (std::size_t p = 0; p < s.units.size(); ++p) {
    if (s.units[p].kind != UnitKind::kWord) continue;
    Impl::Found f{};
    if (impl_->longest_at(li, s.units, p, s, f)) found.push_back(f);
  }
  if (found.empty()) return out;
  // Longest wins: take candidates by word count, then position, skipping overlaps. Coverage is
  // counted in half units: a match starting at unit i covers from 2i + 1, so a term ending on
  // the proclitic of unit i ("دعماً لـ" in دعماً لحملة, up to 2i + 1) and one starting in the
  // same word (حملة) can both stand.
  std::vector<std::size_t> order(found.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return found[a].words > found[b].words; });
  std::vector<std::pair<std::size_t, std::size_t>> taken;  // half-unit ranges
  std::vector<std::size_t> picked;
  for (std::size_t i : order) {
    const std::size_t from = 2 * found[i].first_unit + 1, to = found[i].end_half;
    const bool overlaps = std::any_of(
        taken.begin(), taken.end(), [&](const auto& r) { return from < r.second && r.first < to; });
    if (overlaps) continue;
    taken.emplace_back(from, to);
    picked.push_back(i);
  }
  std::sort(picked.begin(), picked.end(), [&](std::size_t a, std::size_t b) {
    return found[a].first_unit < found[b].first_unit;
  });
  out.reserve(picked.size());
  for (std::size_t i : picked) {
    const Impl::Found& f = found[i];
    out.push_back({s.units[f.first_unit].begin, f.end_byte, f.words,
                   li.trie.hits[li.trie.terminal[f.node]], lang});
  }
  return out;
}

std::vector<TermMatch> Recognizer::find_in_either_script(std::string_view text, Language lang,
                                                         Scratch& scratch) const {
  std::vector<TermMatch> out = find(text, lang, scratch);
  const Language other = lang == Language::kEnglish ? Language::kArabic : Language::kEnglish;
  // The other language's index only holds words of its own script (and numbers, which no term
  // of one word is): its matches in this text are the words written in that script.
  const std::size_t own = out.size();
  for (TermMatch& m : find(text, other, scratch)) {
    const bool overlaps = std::any_of(out.begin(), out.begin() + own, [&](const TermMatch& o) {
      return m.begin < o.end && o.begin < m.end;
    });
    if (!overlaps) out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TermMatch& a, const TermMatch& b) { return a.begin < b.begin; });
  return out;
}

std::vector<TermMatch> Recognizer::find(std::string_view text, Language lang) const {
  Scratch scratch;
  return find(text, lang, scratch);
}

const Glossary& Recognizer::glossary() const {
  return *impl_->glossary;
}

std::string_view Recognizer::form_text(const TermHit& hit, Language lang) const {
  const TermEntry& e = impl_->glossary->entries()[hit.entry];
  if (lang == Language::kEnglish) return hit.form == 0 ? e.en : e.en_variants[hit.form - 1];
  return hit.form == 0 ? e.ar : e.ar_variants[hit.form - 1];
}

std::size_t Recognizer::concept_of(std::size_t entry) const {
  return impl_->concept_of[entry];
}
std::size_t Recognizer::rendering_of(std::size_t entry) const {
  return impl_->rendering_of[entry];
}
const std::vector<std::size_t>& Recognizer::concept_entries(std::size_t id) const {
  return impl_->concepts[id];
}
const std::vector<std::size_t>& Recognizer::rendering_entries(std::size_t id) const {
  return impl_->renderings[id];
}
std::size_t Recognizer::concept_count() const {
  return impl_->concepts.size();
}
std::size_t Recognizer::rendering_count() const {
  return impl_->renderings.size();
}
namespace {

// How the glossary word `form_word` is spelled inside the text word `word` (see spelling()).
std::string spelled_word(std::string_view word, std::string_view form_word) {
  const std::vector<detail::SpelledLetter> letters = detail::spelled_letters(word);
  const std::vector<detail::SpelledLetter> form_letters = detail::spelled_letters(form_word);
  std::string key, form_key;
  for (const detail::SpelledLetter& l : letters)
    key += l.key;
  for (const detail::SpelledLetter& l : form_letters)
    form_key += l.key;
  if (const std::size_t p = key.find(form_key); p != std::string::npos)
    return detail::written_between(letters, p, p + form_key.size());
  const std::string_view bare = detail::without_arabic_article(form_key);
  const std::string article =
      detail::written_between(form_letters, 0, form_key.size() - bare.size());
  if (const std::size_t p = key.find(bare); bare.size() < form_key.size() && p != std::string::npos)
    return article + detail::written_between(letters, p, p + bare.size());
  if (bare.ends_with("ه")) {
    const std::string_view base = bare.substr(0, bare.size() - 2);
    if (const std::size_t p = key.find(base); !base.empty() && p != std::string::npos) {
      const std::string ta =
          detail::written_between(form_letters, form_key.size() - 2, form_key.size());
      return article + detail::written_between(letters, p, p + base.size()) + ta;
    }
  }
  return detail::written_between(letters, 0, key.size());
}

}  // namespace

std::string Recognizer::spelling(std::string_view text, const TermMatch& match, Language lang,
                                 Scratch& scratch) const {
  const std::string_view span = text.substr(match.begin, match.end - match.begin);
  Scratch::Impl& s = *scratch.impl_;
  std::vector<Unit> span_units, form_units;
  detail::make_units(span, lang, s.tokenizer, s.tokens, span_units);
  if (lang == Language::kEnglish || match.hits.empty()) {
    std::string out;
    for (const Unit& u : span_units) {
      if (u.kind != UnitKind::kWord) continue;
      std::string_view w = span.substr(u.begin, u.end - u.begin);
      if (w.ends_with("'s")) w.remove_suffix(2);
      if (w.ends_with("\u2019s")) w.remove_suffix(4);
      if (!out.empty()) out.push_back(' ');
      out.append(w);
    }
    return out;
  }
  const std::string_view form = form_text(match.hits.front(), lang);
  detail::make_units(form, lang, s.tokenizer, s.tokens, form_units);
  std::erase_if(span_units, [](const Unit& u) { return u.kind != UnitKind::kWord; });
  std::erase_if(form_units, [](const Unit& u) { return u.kind != UnitKind::kWord; });
  std::string out;
  for (std::size_t i = 0; i < span_units.size(); ++i) {
    const std::string_view word =
        span.substr(span_units[i].begin, span_units[i].end - span_units[i].begin);
    if (!out.empty()) out.push_back(' ');
    if (i >= form_units.size()) {
      out.append(word);
      continue;
    }
    const std::string_view form_word =
        form.substr(form_units[i].begin, form_units[i].end - form_units[i].begin);
    if (i + 1 == form_units.size() && i > 0 && form_word.ends_with(kTatweel) &&
        form_units[i].key.size() == 2) {
      out.append(form_word);  // the proclitic of "دعماً لـ": as the glossary writes it
      break;
    }
    out.append(spelled_word(word, form_word));
  }
  return out;
}

std::size_t Recognizer::word_symbols() const {
  return impl_->english.symbols.size() + impl_->arabic.symbols.size();
}
std::size_t Recognizer::trie_nodes() const {
  return impl_->english.trie.terminal.size() + impl_->arabic.trie.terminal.size();
}

}  // namespace mizan::term
