#pragma once
// Term recognition: every glossary term in a text, with byte offsets, through the morphology that
// separates a glossary's citation form from running text. English: case (acronyms excepted: "US"
// is not "us"), plurals, possessives (ISIS' / ISIS's), hyphen and dash variants (CJTF – OIR /
// CJTF-OIR, F-16 / F16), abbreviation periods (Gen. / Gen). Arabic: the matching key (hamza and
// alef, ya, ta marbuta, diacritics, tatweel), attached conjunctions, prepositions and the article
// (وللقيادة finds القيادة), pronoun and plural suffixes (قيادتها, قيادات), broken plurals of the
// head noun from a list of common nouns (سفينة تجارية finds السفن التجارية).
//
// Built as a trie over word symbols (one symbol per distinct glossary word), walked from each word
// of the text: the cost per text word does not grow with the size of the glossary.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/term/glossary.hpp"

namespace mizan::term {

/// One glossary form found in a text.
struct TermHit {
  std::size_t entry = 0;  // index into Glossary::entries()
  std::size_t form = 0;   // 0: the entry's term (en or ar), i >= 1: its variant i - 1
  /// Arabic: the form with its first word (the head noun) in a broken plural of the list
  /// text::arabic_broken_plurals (السفن التجارية for سفينة تجارية), not as the form spells it.
  bool broken_plural = false;
};

struct TermMatch {
  std::size_t begin = 0;      // byte offsets into the text: text.substr(begin, end - begin) is the
  std::size_t end = 0;        // words holding the term (with their clitics)
  std::size_t words = 0;      // how many words of the glossary form matched
  std::vector<TermHit> hits;  // every entry whose form is these words (several renderings of
                              // one English term share its form)
  Language language = Language::kEnglish;  // of the forms matched (find_in_either_script)
};

/// Finds glossary terms in text (an automaton over the glossary's word forms). Its methods are
/// const and keep their working memory in a Scratch: one recognizer serves several threads, each
/// with a Scratch of its own.
class Recognizer {
 public:
  /// Working memory for find(): a word tokenizer (costly to create) and a cache of word
  /// analyses. One per thread; reusing one across calls is what makes recognition fast.
  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(Scratch&&) noexcept;
    Scratch& operator=(Scratch&&) noexcept;

   private:
    friend class Recognizer;
    struct Impl;
    std::unique_ptr<Impl> impl_;
  };

  /// Indexes every form (term and variants) of every entry of `glossary`, which must outlive the
  /// recognizer and not change while it is used.
  explicit Recognizer(const Glossary& glossary);
  ~Recognizer();
  Recognizer(Recognizer&&) noexcept;
  Recognizer& operator=(Recognizer&&) noexcept;

  /// Terms of language `lang` in `text` (valid UTF-8), in text order, not overlapping: where
  /// candidates overlap, the one with more words wins (then the earlier one).
  std::vector<TermMatch> find(std::string_view text, Language lang, Scratch& scratch) const;
  std::vector<TermMatch> find(std::string_view text, Language lang) const;

  /// As find(), and also the terms of the other language written in its own script inside the
  /// text where they overlap none of `lang`'s: an Arabic release keeps the English acronym after
  /// the Arabic name ("... عملية العزم الصلب (CJTF – OIR)"). Each match's `language` says which
  /// forms it is of. For listing the terms of a text; the checks, which compare an English side
  /// with its Arabic translation, use find().
  std::vector<TermMatch> find_in_either_script(std::string_view text, Language lang,
                                               Scratch& scratch) const;

  const Glossary& glossary() const;

  /// The form a hit stands for: the entry's term or variant in the language of the match.
  std::string_view form_text(const TermHit& hit, Language lang) const;

  /// Concepts: entries with the same English term (by matching key) share a concept id;
  /// renderings: entries with the same Arabic rendering share a rendering id.
  std::size_t concept_of(std::size_t entry) const;
  std::size_t rendering_of(std::size_t entry) const;
  const std::vector<std::size_t>& concept_entries(std::size_t concept_id) const;
  const std::vector<std::size_t>& rendering_entries(std::size_t rendering_id) const;
  std::size_t concept_count() const;
  std::size_t rendering_count() const;

  /// How the matched words are spelled, for consistency checks: for each word the letters as
  /// written (diacritics and tatweel dropped, hamza and ta marbuta kept), without attached
  /// clitics; the article or ta marbuta that a clitic absorbed (للقيادة, قيادتها) is restored
  /// from the glossary form. English: the matched text as written, dashes normalised.
  std::string spelling(std::string_view text, const TermMatch& match, Language lang,
                       Scratch& scratch) const;

  /// Sizes, for benchmarks and tests: distinct word symbols and trie nodes of both languages.
  std::size_t word_symbols() const;
  std::size_t trie_nodes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mizan::term
