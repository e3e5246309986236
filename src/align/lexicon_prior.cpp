#include "lexicon_prior.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "mizan/core/error.hpp"

namespace mizan::align::detail {
namespace {

// Most pseudo-counts a known word brings to a document's model (the Dirichlet prior's
// concentration, capped): a word the lexicon saw generate n words weighs min(n, this), about as
// much as four occurrences in the document's own confident beads. Calibrated by leave-one-out on
// dev/press and on the mixed variants of UDHR and the seed (docs/alignment.md, "The memory
// teaches the aligner": 4 was best on both, 2 and 16 lower, pure count addition lower still): a
// document whose own beads show a word often overrides what other texts (software strings, other
// releases) say about it, and a word in no confident bead of the document gets the memory's
// translations.
constexpr float kPriorStrength = 4.0f;

std::unordered_map<std::string_view, std::uint32_t> ids_by_form(
    const std::vector<std::string>& words) {
  std::unordered_map<std::string_view, std::uint32_t> ids;
  ids.reserve(words.size());
  for (std::size_t k = 0; k < words.size(); ++k)
    ids.emplace(words[k], static_cast<std::uint32_t>(k));
  return ids;
}

// Document ids of the known words (UINT32_MAX: not in the document).
std::vector<std::uint32_t> document_ids(const std::vector<LexiconCounts::Word>& known,
                                        const std::vector<std::string>& document_words) {
  const auto ids = ids_by_form(document_words);
  std::vector<std::uint32_t> out(known.size(), UINT32_MAX);
  for (std::size_t k = 0; k < known.size(); ++k) {
    const auto it = ids.find(known[k].form);
    if (it != ids.end()) out[k] = it->second;
  }
  return out;
}

bool usable(double total) {
  return std::isfinite(total) && total > 0;
}

void sort_rows(ModelPrior& prior) {
  for (SparseSums& row : prior.dist)
    std::sort(row.begin(), row.end());
}

// Both models' counts of a (English id, Arabic id) pair.
struct PairCount {
  std::uint32_t en, ar;
  float en_to_ar, ar_to_en;
};

}  // namespace

LexiconPrior make_prior(const LexiconCounts& known, const DocumentFeatures& doc) {
  LexiconPrior prior;
  const std::vector<std::uint32_t> en_id = document_ids(known.en, doc.en_words);
  const std::vector<std::uint32_t> ar_id = document_ids(known.ar, doc.ar_words);
  prior.en_to_ar.weight.assign(doc.en_words.size(), 0.0f);
  prior.en_to_ar.dist.assign(doc.en_words.size(), {});
  prior.ar_to_en.weight.assign(doc.ar_words.size(), 0.0f);
  prior.ar_to_en.dist.assign(doc.ar_words.size(), {});
  for (const LexiconCounts::Pair& p : known.pairs) {
    if (p.en >= known.en.size() || p.ar >= known.ar.size()) continue;
    const std::uint32_t e = en_id[p.en], a = ar_id[p.ar];
    if (e == UINT32_MAX || a == UINT32_MAX) continue;
    const double en_total = known.en[p.en].total, ar_total = known.ar[p.ar].total;
    bool used = false;
    if (usable(en_total) && p.en_to_ar > 0) {
      prior.en_to_ar.dist[e].emplace_back(a,
                                          static_cast<float>(std::min(1.0, p.en_to_ar / en_total)));
      prior.en_to_ar.weight[e] = static_cast<float>(std::min<double>(en_total, kPriorStrength));
      used = true;
    }
    if (usable(ar_total) && p.ar_to_en > 0) {
      prior.ar_to_en.dist[a].emplace_back(e,
                                          static_cast<float>(std::min(1.0, p.ar_to_en / ar_total)));
      prior.ar_to_en.weight[a] = static_cast<float>(std::min<double>(ar_total, kPriorStrength));
      used = true;
    }
    prior.pairs += used;
  }
  sort_rows(prior.en_to_ar);
  sort_rows(prior.ar_to_en);
  return prior;
}

LexiconCounts collect_counts(const TranslationModel& en_to_ar, const TranslationModel& ar_to_en,
                             const DocumentFeatures& doc) {
  LexiconCounts out;
  std::vector<PairCount> pairs;
  pairs.reserve(en_to_ar.counts().size() + ar_to_en.counts().size());
  for (const LinkCount& c : en_to_ar.counts())
    pairs.push_back({c.source, c.target, c.count, 0.0f});
  for (const LinkCount& c : ar_to_en.counts())
    pairs.push_back({c.target, c.source, 0.0f, c.count});
  std::sort(pairs.begin(), pairs.end(), [](const PairCount& x, const PairCount& y) {
    return x.en != y.en ? x.en < y.en : x.ar < y.ar;
  });
  // Words that trained (a total above zero), renumbered in the order of the document's ids.
  const auto renumber = [](const std::vector<float>& totals, const std::vector<std::string>& forms,
                           std::vector<LexiconCounts::Word>& words) {
    std::vector<std::uint32_t> index(totals.size(), UINT32_MAX);
    for (std::size_t k = 0; k < totals.size() && k < forms.size(); ++k) {
      if (totals[k] <= 0) continue;
      index[k] = static_cast<std::uint32_t>(words.size());
      words.push_back({forms[k], totals[k]});
    }
    return index;
  };
  const std::vector<std::uint32_t> en_index = renumber(en_to_ar.totals(), doc.en_words, out.en);
  const std::vector<std::uint32_t> ar_index = renumber(ar_to_en.totals(), doc.ar_words, out.ar);
  out.pairs.reserve(pairs.size());
  for (const PairCount& c : pairs) {
    if (c.en >= en_index.size() || c.ar >= ar_index.size()) continue;
    if (en_index[c.en] == UINT32_MAX || ar_index[c.ar] == UINT32_MAX) continue;
    if (!out.pairs.empty() && out.pairs.back().en == en_index[c.en] &&
        out.pairs.back().ar == ar_index[c.ar]) {
      out.pairs.back().en_to_ar += c.en_to_ar;  // the other direction's count of the same pair
      out.pairs.back().ar_to_en += c.ar_to_en;
      continue;
    }
    out.pairs.push_back({en_index[c.en], ar_index[c.ar], c.en_to_ar, c.ar_to_en});
  }
  return out;
}

}  // namespace mizan::align::detail

namespace mizan::align {

LexiconCounts learn_lexicon(const std::vector<std::string>& en,
                            const std::vector<std::string>& ar) {
  if (en.size() != ar.size()) {
    throw Error(ExitCode::kUsage, "learn_lexicon: " + std::to_string(en.size()) + " English and " +
                                      std::to_string(ar.size()) +
                                      " Arabic segments; they must be pairs");
  }
  if (en.empty()) return {};
  detail::FeatureExtractor extractor;
  detail::FeatureOptions words_only;  // the lexical tokens; no anchors to find
  words_only.anchors = false;
  words_only.names = false;
  const detail::DocumentFeatures doc = extractor.extract(en, ar, words_only);
  std::vector<std::pair<const detail::WordIds*, const detail::WordIds*>> fwd, bwd;
  for (std::size_t k = 0; k < en.size(); ++k) {
    const detail::WordIds& e = doc.en[k].words;
    const detail::WordIds& a = doc.ar[k].words;
    if (e.empty() || a.empty()) continue;
    fwd.emplace_back(&e, &a);
    bwd.emplace_back(&a, &e);
  }
  detail::TranslationModel en_to_ar, ar_to_en;
  en_to_ar.train(fwd, doc.en_words.size(), doc.ar_words.size(), detail::kModel1Iterations);
  ar_to_en.train(bwd, doc.ar_words.size(), doc.en_words.size(), detail::kModel1Iterations);
  return detail::collect_counts(en_to_ar, ar_to_en, doc);
}

}  // namespace mizan::align
