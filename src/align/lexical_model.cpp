#include "lexical_model.hpp"

#include <algorithm>
#include <unordered_map>

namespace mizan::align::detail {
namespace {

// Translations below this probability are dropped after training: they cost lookups and, next
// to the background mixture of the scorer (see aligner.cpp), change no score visibly.
constexpr float kPrune = 0.005f;
// Very long sentences make EM quadratic; their first words carry enough co-occurrence evidence.
constexpr std::size_t kMaxTrainingWords = 100;

}  // namespace

void TranslationModel::train(const std::vector<std::pair<const WordIds*, const WordIds*>>& pairs,
                             std::size_t source_vocab, std::size_t target_vocab, int iterations,
                             const ModelPrior* prior) {
  const auto null_word = static_cast<std::uint32_t>(source_vocab);
  const auto prior_weight = [&](std::uint32_t e) {
    return prior && e < prior->weight.size() ? prior->weight[e] : 0.0f;
  };
  // Index every co-occurring (source, target) pair once; each training pair keeps, for each of its
  // target words, the indices of its links to the source words (NULL first).
  std::unordered_map<std::uint64_t, std::uint32_t> link_index;
  std::vector<std::uint32_t> link_source;
  struct PairLinks {
    std::size_t sources;               // source words + NULL
    std::vector<std::uint32_t> links;  // target-major: links[k * sources + l]
  };
  std::vector<PairLinks> all;
  all.reserve(pairs.size());
  for (const auto& [src, tgt] : pairs) {
    PairLinks p;
    const std::size_t ls = std::min(src->size(), kMaxTrainingWords);
    const std::size_t lt = std::min(tgt->size(), kMaxTrainingWords);
    p.sources = ls + 1;
    p.links.reserve(lt * p.sources);
    for (std::size_t k = 0; k < lt; ++k) {
      const std::uint32_t a = (*tgt)[k];
      for (std::size_t l = 0; l <= ls; ++l) {
        const std::uint32_t e = l == 0 ? null_word : (*src)[l - 1];
        const std::uint64_t key = (static_cast<std::uint64_t>(e) << 32) | a;
        auto [it, inserted] =
            link_index.try_emplace(key, static_cast<std::uint32_t>(link_source.size()));
        if (inserted) link_source.push_back(e);
        p.links.push_back(it->second);
      }
    }
    all.push_back(std::move(p));
  }
  const std::size_t links = link_source.size();
  // Uniform start: IBM Model 1's likelihood is convex, so EM reaches the same optimum from here.
  // A prior gives its own start instead: its translations are what the first E-step should
  // credit.
  std::vector<float> t(links, 1.0f / static_cast<float>(std::max<std::size_t>(target_vocab, 1)));
  std::vector<float> link_prior;  // weight * p(a | e) of each link, when there is a prior
  if (prior) {
    link_prior.assign(links, 0.0f);
    for (const auto& [key, x] : link_index) {
      const auto e = static_cast<std::uint32_t>(key >> 32);
      const float w = prior_weight(e);
      if (w <= 0 || e >= prior->dist.size()) continue;
      const float p = lookup(prior->dist[e], static_cast<std::uint32_t>(key & 0xFFFFFFFFu));
      if (p <= 0) continue;
      link_prior[x] = w * p;
      t[x] = p;
    }
  }
  std::vector<double> count(links);
  std::vector<double> total(source_vocab + 1);
  for (int it = 0; it < iterations; ++it) {
    std::fill(count.begin(), count.end(), 0.0);
    std::fill(total.begin(), total.end(), 0.0);
    for (const PairLinks& p : all) {
      const std::size_t lt = p.links.size() / p.sources;
      for (std::size_t k = 0; k < lt; ++k) {
        const std::uint32_t* row = &p.links[k * p.sources];
        double z = 0;
        for (std::size_t l = 0; l < p.sources; ++l)
          z += t[row[l]];
        if (z <= 0) continue;
        for (std::size_t l = 0; l < p.sources; ++l)
          count[row[l]] += t[row[l]] / z;
      }
    }
    for (std::size_t x = 0; x < links; ++x)
      total[link_source[x]] += count[x];
    if (prior) {
      // MAP estimate under the Dirichlet prior.
      for (std::size_t x = 0; x < links; ++x) {
        const double w = prior_weight(link_source[x]);
        const double tot = total[link_source[x]] + w;
        t[x] = tot > 0 ? static_cast<float>((count[x] + link_prior[x]) / tot) : 0.0f;
      }
    } else {
      for (std::size_t x = 0; x < links; ++x) {
        const double tot = total[link_source[x]];
        t[x] = tot > 0 ? static_cast<float>(count[x] / tot) : 0.0f;
      }
    }
  }
  table_.assign(source_vocab, {});
  null_.assign(target_vocab, 0.0f);
  covered_.assign(target_vocab, 0);
  counts_.clear();
  totals_.assign(source_vocab, 0.0f);
  for (std::size_t e = 0; e < source_vocab; ++e)
    totals_[e] = static_cast<float>(total[e]);
  const auto keep = [&](std::uint32_t e, std::uint32_t a, float value) {
    if (value < kPrune) return;
    table_[e].emplace_back(a, value);
    if (a < covered_.size()) covered_[a] = 1;
  };
  for (const auto& [key, x] : link_index) {
    const auto e = static_cast<std::uint32_t>(key >> 32);
    const auto a = static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
    if (e == null_word) {
      if (a < null_.size()) null_[a] = t[x];
      continue;
    }
    keep(e, a, t[x]);
    if (count[x] >= kMinKeptCount) counts_.push_back({e, a, static_cast<float>(count[x])});
  }
  if (prior) {
    // Translations the prior knows for pairs the training never put side by side (the words of
    // a sentence the first pass left uncertain): the prior's share of the estimate.
    for (std::uint32_t e = 0; e < source_vocab && e < prior->dist.size(); ++e) {
      const double w = prior_weight(e);
      if (w <= 0) continue;
      for (const auto& [a, p] : prior->dist[e]) {
        const std::uint64_t key = (static_cast<std::uint64_t>(e) << 32) | a;
        if (a >= target_vocab || link_index.count(key)) continue;
        keep(e, a, static_cast<float>(w * p / (total[e] + w)));
      }
    }
  }
  for (SparseSums& row : table_)
    std::sort(row.begin(), row.end());
  std::sort(counts_.begin(), counts_.end(), [](const LinkCount& a, const LinkCount& b) {
    return a.source != b.source ? a.source < b.source : a.target < b.target;
  });
}

void TranslationModel::sentence_sums(const WordIds& source, SparseSums& out) const {
  out.clear();
  for (std::uint32_t e : source) {
    if (e < table_.size()) out.insert(out.end(), table_[e].begin(), table_[e].end());
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t w = 0;
  for (std::size_t r = 0; r < out.size(); ++r) {
    if (w > 0 && out[w - 1].first == out[r].first) {
      out[w - 1].second += out[r].second;
    } else {
      out[w++] = out[r];
    }
  }
  out.resize(w);
}

}  // namespace mizan::align::detail
