#include "mizan/term/check.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/tokenize.hpp"
#include "mizan/text/utf8.hpp"
#include "words.hpp"

namespace mizan::term {
namespace {

constexpr std::size_t kNoEntry = static_cast<std::size_t>(-1);

IssueExample example_of(const TranslationUnit& u, std::string found = {}) {
  IssueExample ex;
  ex.unit_id = u.id;
  if (!u.origins.empty()) {
    ex.document = u.origins.front().document;
    ex.position = u.origins.front().position;
  }
  ex.en = u.en;
  ex.ar = u.ar;
  ex.found = std::move(found);
  return ex;
}

// Spellings of one rendering (or one word) with their counts and examples.
struct SpellingTally {
  std::map<std::string, std::size_t> counts;
  std::size_t units = 0;
  std::vector<IssueExample> examples;  // one per spelling first seen, up to the limit
  std::set<std::string> exemplified;
};

std::vector<std::pair<std::string, std::size_t>> by_count(
    const std::map<std::string, std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

// Union-find over words (by matching key), for spelling variants of single words.
class WordGroups {
 public:
  std::size_t id(const std::string& key, const std::string& word) {
    const auto [it, added] = ids_.emplace(key, parent_.size());
    if (added) {
      parent_.push_back(parent_.size());
      words_.push_back(word);
      keys_.push_back(key);
    }
    return it->second;
  }
  const std::string& key(std::size_t i) const { return keys_[i]; }
  std::size_t root(std::size_t i) {
    while (parent_[i] != i)
      i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void unite(std::size_t a, std::size_t b) { parent_[root(a)] = root(b); }
  const std::string& word(std::size_t i) const { return words_[i]; }
  std::size_t size() const { return parent_.size(); }

 private:
  std::unordered_map<std::string, std::size_t> ids_;
  std::vector<std::size_t> parent_;
  std::vector<std::string> words_;
  std::vector<std::string> keys_;
};

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string_view issue_kind_name(IssueKind kind) {
  switch (kind) {
    case IssueKind::kMissing:
      return "missing";
    case IssueKind::kDeprecated:
      return "deprecated";
    case IssueKind::kInconsistent:
      return "inconsistent";
  }
  return "missing";
}

struct Checker::Impl {
  const Recognizer& recognizer;
  CheckOptions options;
  Recognizer::Scratch scratch;
  std::size_t units = 0;

  // (a) per concept: units with the term, units missing a rendering, examples.
  std::vector<std::size_t> with_term, missing;
  std::vector<std::vector<IssueExample>> missing_examples;
  // (b) per deprecated entry.
  std::unordered_map<std::size_t, std::pair<std::size_t, std::vector<IssueExample>>> deprecated;
  // (c) per rendering id; per word group.
  std::vector<SpellingTally> rendering_spellings;
  std::unordered_map<std::string, std::size_t> group_of_stem;  // light stem (key) -> group
  std::vector<std::string> group_names, group_sources;         // a glossary spelling; terms
  std::vector<SpellingTally> word_spellings;
  std::vector<std::map<std::string, std::map<std::string, std::size_t>>> written_words;
  text::WordTokenizer tokenizer;
  std::vector<text::Token> tokens;

  Impl(const Recognizer& r, CheckOptions o) : recognizer(r), options(o) {
    with_term.assign(r.concept_count(), 0);
    missing.assign(r.concept_count(), 0);
    missing_examples.resize(r.concept_count());
    rendering_spellings.resize(r.rendering_count());
    build_word_groups();
  }

  // Words that the glossary itself spells two ways (a rendering and its variant differing in one
  // word: الأمريكية / الأميركية) are checked wherever they occur, not only inside the term, and
  // by their light stem, so that الأمريكيين and الأميركي count too.
  void build_word_groups() {
    WordGroups groups;
    std::vector<std::set<std::string>> sources;
    for (const TermEntry& e : recognizer.glossary().entries()) {
      const std::vector<std::string> main = split_words(e.ar);
      for (const std::string& v : e.ar_variants) {
        const std::vector<std::string> variant = split_words(v);
        if (variant.size() != main.size()) continue;
        for (std::size_t i = 0; i < main.size(); ++i) {
          const std::string a_stem(text::arabic_light_stem(text::match_key(main[i])));
          const std::string b_stem(text::arabic_light_stem(text::match_key(variant[i])));
          if (a_stem == b_stem || text::count_code_points(a_stem) < 3) continue;
          const std::size_t a = groups.id(a_stem, main[i]), b = groups.id(b_stem, variant[i]);
          groups.unite(a, b);
          if (sources.size() < groups.size()) sources.resize(groups.size());
          sources[a].insert(e.en);
        }
      }
    }
    std::map<std::size_t, std::size_t> group_of_root;
    std::vector<std::set<std::string>> group_terms;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const auto [it, added] = group_of_root.emplace(groups.root(i), group_names.size());
      if (added) {
        group_names.push_back(groups.word(i));
        group_sources.emplace_back();
        group_terms.emplace_back();
      }
      group_of_stem.emplace(groups.key(i), it->second);
      if (i < sources.size()) {
        for (const std::string& src : sources[i])
          group_terms[it->second].insert(src);
      }
    }
    // "American, CENTCOM and 17 more terms"
    for (std::size_t g = 0; g < group_names.size(); ++g) {
      std::string names;
      std::size_t shown = 0;
      for (const std::string& term : group_terms[g]) {
        if (shown++ == 2) break;
        names += (names.empty() ? "" : ", ") + term;
      }
      if (group_terms[g].size() > 2)
        names += " and " + std::to_string(group_terms[g].size() - 2) + " more terms";
      group_sources[g] = std::move(names);
    }
    word_spellings.resize(group_names.size());
    written_words.resize(group_names.size());
  }

  // Each Arabic word whose light stem is in a group: its stem as written, counted.
  void tally_words(const TranslationUnit& u) {
    if (group_of_stem.empty()) return;
    tokenizer.tokenize(u.ar, tokens);
    std::set<std::size_t> counted;
    for (const text::Token& t : tokens) {
      if (t.kind != text::TokenKind::kWord) continue;
      const std::string_view word = std::string_view(u.ar).substr(t.begin, t.end - t.begin);
      const std::string key = text::match_key(word);
      const text::ArabicWordParts parts = text::split_arabic_word(key);
      const auto it = group_of_stem.find(std::string(parts.stem));
      if (it == group_of_stem.end()) continue;
      const std::size_t from = parts.prefix.size(), to = from + parts.stem.size();
      const std::string stem_written =
          detail::written_between(detail::spelled_letters(word), from, to);
      const std::string whole =
          detail::written_between(detail::spelled_letters(word), 0, key.size());
      if (counted.insert(it->second).second) ++word_spellings[it->second].units;
      ++written_words[it->second][stem_written][whole];
      tally(word_spellings[it->second], stem_written, u, whole);
    }
  }

  void tally(SpellingTally& t, const std::string& spelling, const TranslationUnit& u,
             const std::string& found) {
    ++t.counts[spelling];
    if (t.exemplified.insert(spelling).second && t.examples.size() < options.max_examples)
      t.examples.push_back(example_of(u, found));
  }

  void add(const TranslationUnit& u) {
    ++units;
    const std::vector<TermMatch> en = recognizer.find(u.en, Language::kEnglish, scratch);
    const std::vector<TermMatch> ar = recognizer.find(u.ar, Language::kArabic, scratch);
    const std::vector<TermEntry>& entries = recognizer.glossary().entries();
    std::set<std::size_t> concepts, ar_entries;
    for (const TermMatch& m : en) {
      for (const TermHit& h : m.hits)
        concepts.insert(recognizer.concept_of(h.entry));
    }
    for (const TermMatch& m : ar) {
      for (const TermHit& h : m.hits)
        ar_entries.insert(h.entry);
    }
    for (std::size_t c : concepts) {
      ++with_term[c];
      bool rendered = false;
      for (std::size_t e : recognizer.concept_entries(c))
        rendered = rendered || ar_entries.count(e);
      if (rendered) continue;  // accepted or deprecated: (b) reports the latter
      ++missing[c];
      if (missing_examples[c].size() < options.max_examples)
        missing_examples[c].push_back(example_of(u));
    }
    std::set<std::size_t> counted_deprecated, counted_rendering;
    for (const TermMatch& m : ar) {
      const std::string found = u.ar.substr(m.begin, m.end - m.begin);
      bool all_deprecated = true;
      for (const TermHit& h : m.hits)
        all_deprecated = all_deprecated && entries[h.entry].status == TermStatus::kDeprecated;
      for (const TermHit& h : m.hits) {
        if (entries[h.entry].status != TermStatus::kDeprecated) continue;
        if (!all_deprecated && !concepts.count(recognizer.concept_of(h.entry))) continue;
        auto& [count, examples] = deprecated[h.entry];
        if (counted_deprecated.insert(h.entry).second) {
          ++count;
          if (examples.size() < options.max_examples) examples.push_back(example_of(u, found));
        }
      }
      const std::size_t r = recognizer.rendering_of(m.hits.front().entry);
      SpellingTally& t = rendering_spellings[r];
      if (counted_rendering.insert(r).second) ++t.units;
      // A broken plural (السفن for سفينة) is the rendering in another number, not another
      // spelling of it: no inconsistency to report.
      if (m.hits.front().broken_plural) continue;
      const std::string spelled = recognizer.spelling(u.ar, m, Language::kArabic, scratch);
      tally(t, spelled, u, spelled);
    }
    tally_words(u);
  }

  // An issue about glossary entry `e`, named by its terms.
  TermIssue entry_issue(IssueKind kind, std::size_t e) const {
    const TermEntry& entry = recognizer.glossary().entries()[e];
    TermIssue issue;
    issue.kind = kind;
    issue.entry = e;
    issue.en = entry.en;
    issue.ar = entry.ar;
    return issue;
  }

  CheckReport report() const {
    const std::vector<TermEntry>& entries = recognizer.glossary().entries();
    CheckReport r;
    r.units = units;
    std::vector<TermIssue> missing_issues, deprecated_issues, spelling_issues;
    for (std::size_t c = 0; c < missing.size(); ++c) {
      if (missing[c] == 0) continue;
      const std::vector<std::size_t>& members = recognizer.concept_entries(c);
      std::size_t head = members.front();
      for (std::size_t e : members) {
        if (entries[e].status == TermStatus::kPreferred) {
          head = e;
          break;
        }
      }
      TermIssue issue;
      issue.kind = IssueKind::kMissing;
      issue.entry = head;
      issue.en = entries[head].en;
      for (std::size_t e : members) {
        if (entries[e].status == TermStatus::kDeprecated) continue;
        issue.ar += (issue.ar.empty() ? "" : " | ") + entries[e].ar;
      }
      issue.units = missing[c];
      issue.of_units = with_term[c];
      issue.examples = missing_examples[c];
      missing_issues.push_back(std::move(issue));
    }
    for (const auto& [e, tally] : deprecated) {
      TermIssue issue = entry_issue(IssueKind::kDeprecated, e);
      issue.units = tally.first;
      issue.examples = tally.second;
      deprecated_issues.push_back(std::move(issue));
    }
    for (std::size_t rid = 0; rid < rendering_spellings.size(); ++rid) {
      const SpellingTally& t = rendering_spellings[rid];
      if (t.counts.size() < 2) continue;
      const std::size_t e = recognizer.rendering_entries(rid).front();
      // A one-word rendering whose word is checked on its own below: reported there.
      const std::string key = text::match_key(entries[e].ar);
      if (key.find(' ') == std::string::npos &&
          group_of_stem.count(std::string(text::arabic_light_stem(key))))
        continue;
      TermIssue issue = entry_issue(IssueKind::kInconsistent, e);
      issue.units = t.units;
      issue.spellings = by_count(t.counts);
      issue.examples = t.examples;
      spelling_issues.push_back(std::move(issue));
    }
    for (std::size_t g = 0; g < word_spellings.size(); ++g) {
      const SpellingTally& t = word_spellings[g];
      if (t.counts.size() < 2) continue;
      TermIssue issue;
      issue.kind = IssueKind::kInconsistent;
      issue.en = group_sources[g];
      issue.ar = group_names[g];
      issue.units = t.units;
      // Each stem spelling is shown as its most frequent whole word (الأمريكية, not أمريك).
      for (const auto& [stem, count] : by_count(t.counts)) {
        const auto& words = written_words[g].at(stem);
        const auto best =
            std::max_element(words.begin(), words.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        issue.spellings.emplace_back(best->first, count);
      }
      issue.examples = t.examples;
      spelling_issues.push_back(std::move(issue));
    }
    for (auto* list : {&missing_issues, &deprecated_issues, &spelling_issues}) {
      std::stable_sort(list->begin(), list->end(),
                       [](const TermIssue& a, const TermIssue& b) { return a.units > b.units; });
      for (TermIssue& i : *list)
        r.issues.push_back(std::move(i));
    }
    return r;
  }
};

Checker::Checker(const Recognizer& recognizer, CheckOptions options)
    : impl_(std::make_unique<Impl>(recognizer, options)) {}
Checker::~Checker() = default;
void Checker::add(const TranslationUnit& unit) {
  impl_->add(unit);
}
CheckReport Checker::report() const {
  return impl_->report();
}

// ---------------------------------------------------------------------------------------------

struct UsageIndex::Impl {
  const Recognizer& recognizer;
  Recognizer::Scratch scratch;
  struct Use {
    std::size_t units = 0;
    std::size_t entry = kNoEntry;
  };
  std::unordered_map<std::size_t, std::map<std::string, Use>> arabic, english;

  explicit Impl(const Recognizer& r) : recognizer(r) {}

  static std::vector<RenderingUse> sorted(const std::map<std::string, Use>& uses) {
    std::vector<RenderingUse> out;
    for (const auto& [spelling, use] : uses)
      out.push_back({spelling, use.units, use.entry});
    std::stable_sort(out.begin(), out.end(), [](const RenderingUse& a, const RenderingUse& b) {
      return a.units > b.units;
    });
    return out;
  }
};

UsageIndex::UsageIndex(const Recognizer& recognizer) : impl_(std::make_unique<Impl>(recognizer)) {}
UsageIndex::~UsageIndex() = default;

void UsageIndex::add(const TranslationUnit& u) {
  const Recognizer& rec = impl_->recognizer;
  const std::vector<TermMatch> en = rec.find(u.en, Language::kEnglish, impl_->scratch);
  const std::vector<TermMatch> ar = rec.find(u.ar, Language::kArabic, impl_->scratch);
  // For each group (concept, or rendering) found on one side, the spellings of the other side's
  // matches of the same group, each spelling once per unit; "" when the other side has none.
  auto record = [&](const std::vector<TermMatch>& from, const std::vector<TermMatch>& to,
                    auto group_of, const std::string& to_text, Language to_lang,
                    std::unordered_map<std::size_t, std::map<std::string, Impl::Use>>& table) {
    std::set<std::size_t> groups;
    for (const TermMatch& m : from) {
      for (const TermHit& h : m.hits)
        groups.insert(group_of(h.entry));
    }
    for (std::size_t g : groups) {
      std::set<std::string> seen;
      for (const TermMatch& m : to) {
        const auto hit = std::find_if(m.hits.begin(), m.hits.end(),
                                      [&](const TermHit& h) { return group_of(h.entry) == g; });
        if (hit == m.hits.end()) continue;
        const std::string spelled = rec.spelling(to_text, m, to_lang, impl_->scratch);
        if (seen.insert(spelled).second) {
          Impl::Use& use = table[g][spelled];
          ++use.units;
          use.entry = hit->entry;
        }
      }
      if (seen.empty()) ++table[g][""].units;
    }
  };
  record(
      en, ar, [&](std::size_t e) { return rec.concept_of(e); }, u.ar, Language::kArabic,
      impl_->arabic);
  record(
      ar, en, [&](std::size_t e) { return rec.rendering_of(e); }, u.en, Language::kEnglish,
      impl_->english);
}

std::vector<RenderingUse> UsageIndex::arabic_for(std::size_t concept_id) const {
  const auto it = impl_->arabic.find(concept_id);
  return it == impl_->arabic.end() ? std::vector<RenderingUse>{} : Impl::sorted(it->second);
}

std::vector<RenderingUse> UsageIndex::english_for(std::size_t rendering_id) const {
  const auto it = impl_->english.find(rendering_id);
  return it == impl_->english.end() ? std::vector<RenderingUse>{} : Impl::sorted(it->second);
}

std::vector<Suggestion> suggest(const Recognizer& recognizer, std::string_view segment,
                                Language lang, const UsageIndex* usage) {
  const std::vector<TermEntry>& entries = recognizer.glossary().entries();
  std::vector<Suggestion> out;
  for (TermMatch& m : recognizer.find(segment, lang)) {
    Suggestion s;
    s.text = std::string(segment.substr(m.begin, m.end - m.begin));
    std::vector<std::size_t> candidates;
    if (lang == Language::kEnglish) {
      const std::size_t c = recognizer.concept_of(m.hits.front().entry);
      candidates = recognizer.concept_entries(c);
      if (usage) s.used = usage->arabic_for(c);
    } else {
      const std::size_t r = recognizer.rendering_of(m.hits.front().entry);
      candidates = recognizer.rendering_entries(r);
      if (usage) s.used = usage->english_for(r);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
      return entries[a].status < entries[b].status;
    });
    std::set<std::string> listed;
    for (std::size_t e : candidates) {
      const std::string& text = lang == Language::kEnglish ? entries[e].ar : entries[e].en;
      if (listed.insert(text::match_key(text)).second)
        s.renderings.emplace_back(text, entries[e].status);
    }
    s.match = std::move(m);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<std::string> forms_of(const Recognizer& recognizer, const TermMatch& match,
                                  Language lang) {
  const std::vector<TermEntry>& entries = recognizer.glossary().entries();
  const std::size_t first = match.hits.front().entry;
  const std::vector<std::size_t>& group =
      lang == Language::kEnglish ? recognizer.concept_entries(recognizer.concept_of(first))
                                 : recognizer.rendering_entries(recognizer.rendering_of(first));
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (std::size_t i : group) {
    const TermEntry& e = entries[i];
    const bool en = lang == Language::kEnglish;
    if (seen.insert(text::match_key(en ? e.en : e.ar)).second) out.push_back(en ? e.en : e.ar);
    for (const std::string& v : en ? e.en_variants : e.ar_variants) {
      if (seen.insert(text::match_key(v)).second) out.push_back(v);
    }
  }
  return out;
}

}  // namespace mizan::term
