// Proper names: English capitalised words linked to Arabic words with the same consonant skeleton
// under ICU romanisation (one class may be missing on either side: Washington SNKTN / واشنطن
// SNTN). Sentence-initial capitals count only when the word is also capitalised elsewhere, so
// "During" or "From" at a sentence start is not taken for a name.

#include <algorithm>

#include "anchors.hpp"
#include "features.hpp"
#include "mizan/text/arabic_stemmer.hpp"
#include "mizan/text/word_lists.hpp"

namespace mizan::align::detail {
namespace {

using Skeletons = std::unordered_map<std::string, std::vector<std::string>>;

// Skeletons of five classes or more also match with one class missing on either side.
constexpr std::size_t kMinSkeletonForDeletions = 5;

std::vector<std::string> deletions(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size(); ++i)
    out.push_back(s.substr(0, i) + s.substr(i + 1));
  return out;
}

// English words that may be names -> their skeletons of two classes or more. A word also written
// in lower case is a common word ("human", "state"), not a name.
Skeletons english_name_skeletons(const std::unordered_set<std::string>& arabic_latin,
                                 const std::vector<RawSentence>& raw_en) {
  std::unordered_set<std::string> capitalised_inside, lower_case;
  for (const RawSentence& r : raw_en) {
    for (std::size_t k = 0; k < r.tokens.size(); ++k) {
      const Token& t = r.tokens[k];
      if (!t.latin) continue;
      if (!t.capitalized) lower_case.insert(t.key);
      if (k > 0 && t.capitalized) capitalised_inside.insert(t.key);
    }
  }
  Skeletons en_name_skeletons;
  for (const RawSentence& r : raw_en) {
    for (std::size_t k = 0; k < r.tokens.size(); ++k) {
      const Token& t = r.tokens[k];
      if (!t.capitalized || !t.latin || t.key.size() < 3) continue;
      if (k == 0 && !capitalised_inside.count(t.key)) continue;
      if (text::english_month_names().find(t.key) || arabic_latin.count(t.key)) continue;
      if (lower_case.count(t.key) || text::english_function_words().contains(t.key)) continue;
      if (en_name_skeletons.count(t.key)) continue;
      std::vector<std::string> sk;
      for (std::string& s : consonant_skeletons(t.key, true)) {
        if (s.size() >= 2) sk.push_back(std::move(s));
      }
      if (!sk.empty()) en_name_skeletons.emplace(t.key, std::move(sk));
    }
  }
  return en_name_skeletons;
}

// The Arabic side's skeletons, both ways, and those of five classes or more under each deletion.
struct ArabicSkeletons {
  Skeletons of_form;         // word form -> skeletons (article and clitics stripped first)
  Skeletons forms_of;        // skeleton -> word forms
  Skeletons deletion_index;  // a skeleton with one class deleted -> skeletons
};

// English name -> its anchor, and Arabic skeleton -> the anchors of the names linked to it.
struct NameLinks {
  Skeletons anchors_of_skeleton;
  std::unordered_map<std::string, std::string> anchor_of_name;
};

NameLinks link_names(const Skeletons& en_name_skeletons, const ArabicSkeletons& arabic) {
  NameLinks links;
  for (const auto& [word, sks] : en_name_skeletons) {
    std::vector<std::string> linked;
    auto link = [&](const std::string& s) {
      if (arabic.forms_of.count(s) && std::find(linked.begin(), linked.end(), s) == linked.end()) {
        linked.push_back(s);
      }
    };
    for (const std::string& s : sks)
      link(s);
    if (linked.empty()) {
      for (const std::string& s : sks) {
        if (s.size() < kMinSkeletonForDeletions) continue;
        for (const std::string& d : deletions(s))
          link(d);
        auto it = arabic.deletion_index.find(s);
        if (it != arabic.deletion_index.end()) {
          for (const std::string& t : it->second)
            link(t);
        }
      }
    }
    if (linked.empty()) continue;
    // Two-consonant skeletons (Iraq RK, Syria SR) collide more often: a separate, weaker kind.
    const bool short_name = sks[0].size() < 3;
    const std::string anchor = (short_name ? "nm2:" : "nm:") + word;
    links.anchor_of_name.emplace(word, anchor);
    for (const std::string& s : linked)
      links.anchors_of_skeleton[s].push_back(anchor);
  }
  return links;
}

void add_name_anchors(const NameLinks& links, const Skeletons& skeletons_of_form,
                      std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar) {
  for (RawSentence& r : raw_en) {
    for (std::size_t k = 0; k < r.tokens.size(); ++k) {
      auto it = links.anchor_of_name.find(r.tokens[k].key);
      if (it != links.anchor_of_name.end() && r.tokens[k].capitalized) {
        r.anchors.push_back(it->second);
      }
    }
  }
  for (RawSentence& r : raw_ar) {
    for (const Token& t : r.tokens) {
      auto f = skeletons_of_form.find(t.key);
      if (f == skeletons_of_form.end()) continue;
      for (const std::string& s : f->second) {
        auto it = links.anchors_of_skeleton.find(s);
        if (it == links.anchors_of_skeleton.end()) continue;
        for (const std::string& a : it->second)
          r.anchors.push_back(a);
      }
    }
  }
}

}  // namespace

const text::ArabicTransliterator& NameAnchorFinder::romaniser() {
  if (!transliterator_) transliterator_ = std::make_unique<text::ArabicTransliterator>();
  return *transliterator_;
}

void NameAnchorFinder::find(const std::unordered_set<std::string>& arabic_latin,
                            std::vector<RawSentence>& raw_en, std::vector<RawSentence>& raw_ar) {
  const Skeletons en_name_skeletons = english_name_skeletons(arabic_latin, raw_en);
  ArabicSkeletons arabic;
  if (!en_name_skeletons.empty()) {
    for (const RawSentence& r : raw_ar) {
      for (const Token& t : r.tokens) {
        if (!t.arabic || arabic_letters(t.key) < 3 || arabic.of_form.count(t.key)) continue;
        if (text::arabic_function_words().contains(t.key)) continue;
        const text::ArabicWordParts parts = text::split_arabic_word(t.key);
        std::vector<std::string> sk;
        for (std::string_view form :
             {std::string_view(t.key).substr(parts.prefix.size()), parts.stem}) {
          if (arabic_letters(form) < 2) continue;
          for (std::string& s : consonant_skeletons(romaniser().to_ascii(form), false)) {
            if (s.size() >= 2 && std::find(sk.begin(), sk.end(), s) == sk.end()) {
              sk.push_back(std::move(s));
            }
          }
        }
        for (const std::string& s : sk) {
          auto& forms = arabic.forms_of[s];
          if (forms.empty() && s.size() >= kMinSkeletonForDeletions) {
            for (std::string& d : deletions(s))
              arabic.deletion_index[d].push_back(s);
          }
          forms.push_back(t.key);
        }
        arabic.of_form.emplace(t.key, std::move(sk));
      }
    }
  }
  const NameLinks links = link_names(en_name_skeletons, arabic);
  add_name_anchors(links, arabic.of_form, raw_en, raw_ar);
}

}  // namespace mizan::align::detail
