#include "mizan/pipeline/lexicon.hpp"

#include <unordered_map>

namespace mizan::pipeline {
namespace {

// Units per Model 1 training of an import: the aligner's own cap on training pairs
// (kMaxTrainingPairs in align/aligner.cpp), which keeps EM's link table to some hundred MB at
// most; the counts of the batches add up.
constexpr std::size_t kBatchUnits = 20000;

// Adds `more` to `into`, words matched by form.
void merge_counts(LexiconCounts& into, const LexiconCounts& more) {
  const auto index_words = [](std::vector<LexiconCounts::Word>& words,
                              const std::vector<LexiconCounts::Word>& added) {
    std::unordered_map<std::string, std::uint32_t> ids;
    for (std::size_t k = 0; k < words.size(); ++k)
      ids.emplace(words[k].form, static_cast<std::uint32_t>(k));
    std::vector<std::uint32_t> map;
    map.reserve(added.size());
    for (const LexiconCounts::Word& w : added) {
      const auto [it, inserted] = ids.try_emplace(w.form, static_cast<std::uint32_t>(words.size()));
      if (inserted) {
        words.push_back(w);
      } else {
        words[it->second].total += w.total;
      }
      map.push_back(it->second);
    }
    return map;
  };
  const std::vector<std::uint32_t> en = index_words(into.en, more.en);
  const std::vector<std::uint32_t> ar = index_words(into.ar, more.ar);
  std::unordered_map<std::uint64_t, std::size_t> pairs;
  const auto key = [](std::uint32_t e, std::uint32_t a) {
    return (static_cast<std::uint64_t>(e) << 32) | a;
  };
  for (std::size_t k = 0; k < into.pairs.size(); ++k)
    pairs.emplace(key(into.pairs[k].en, into.pairs[k].ar), k);
  for (const LexiconCounts::Pair& p : more.pairs) {
    const std::uint32_t e = en[p.en], a = ar[p.ar];
    const auto [it, inserted] = pairs.try_emplace(key(e, a), into.pairs.size());
    if (inserted) {
      into.pairs.push_back({e, a, p.en_to_ar, p.ar_to_en});
    } else {
      into.pairs[it->second].en_to_ar += p.en_to_ar;
      into.pairs[it->second].ar_to_en += p.ar_to_en;
    }
  }
}

}  // namespace

align::PriorLexiconFn memory_lexicon(tm::LexiconReader& memory, PriorUse* use) {
  return [&memory, use](const align::LexicalVocabulary& words) {
    LexiconCounts known = memory.lexicon_counts(words.en, words.ar);
    if (use) {
      ++use->documents;
      use->known_pairs += known.pairs.size();
    }
    return known;
  };
}

UnitLexiconLearner::UnitLexiconLearner(tm::ImportSession& session, std::string source)
    : session_(session), source_(std::move(source)) {}

void UnitLexiconLearner::add(const TranslationUnit& unit) {
  en_.push_back(unit.en);
  ar_.push_back(unit.ar);
  ++units_;
  if (en_.size() >= kBatchUnits) learn_batch();
}

void UnitLexiconLearner::learn_batch() {
  if (en_.empty()) return;
  const LexiconCounts batch = align::learn_lexicon(en_, ar_);
  if (learnt_.en.empty()) {
    learnt_ = batch;
  } else {
    merge_counts(learnt_, batch);
  }
  en_.clear();
  ar_.clear();
}

bool UnitLexiconLearner::finish() {
  learn_batch();
  if (learnt_.empty()) return false;
  return session_.add_lexicon(source_, learnt_);
}

}  // namespace mizan::pipeline
