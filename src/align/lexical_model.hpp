#pragma once
// IBM Model 1 (Brown et al. 1993) trained by EM on sentence pairs the first pass trusts, as in
// Moore (2002), "Fast and accurate sentence alignment of bilingual corpora". One direction per
// object: t(target | source), with an empty (NULL) source word. Internal to the align module.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace mizan::align::detail {

using WordIds = std::vector<std::uint32_t>;
using SparseSums = std::vector<std::pair<std::uint32_t, float>>;  // sorted by target id

/// A Dirichlet prior on t(. | e) for each source word: `weight[e]` pseudo-counts spread as
/// `dist[e]` (target id, probability), from translations known before training (a memory's
/// lexicon). The estimate becomes (count(e, a) + weight * p(a | e)) / (count(e) + weight): the
/// prior where the training pairs say little about e, the data where they say much.
struct ModelPrior {
  std::vector<float> weight;     // per source id; 0 or absent: no prior
  std::vector<SparseSums> dist;  // per source id, sorted by target id
};

/// An expected count of the last EM iteration: how often source word `source` generated
/// target word `target` in the training pairs.
struct LinkCount {
  std::uint32_t source;
  std::uint32_t target;
  float count;
};

class TranslationModel {
 public:
  /// Trains on (source, target) pairs; `source_vocab` / `target_vocab` bound the ids. With a
  /// prior, EM starts from it and every M-step adds its pseudo-counts; source words the pairs
  /// never show keep the prior's translations.
  void train(const std::vector<std::pair<const WordIds*, const WordIds*>>& pairs,
             std::size_t source_vocab, std::size_t target_vocab, int iterations,
             const ModelPrior* prior = nullptr);

  /// The last iteration's expected counts of at least `min_count` (the prior's pseudo-counts not
  /// included), and per source id the sum of all its counts (`totals`, NULL left out).
  const std::vector<LinkCount>& counts() const { return counts_; }
  const std::vector<float>& totals() const { return totals_; }

  bool trained() const { return !table_.empty(); }
  /// sum over the words e of `source` of t(a | e), for every a with a non-negligible value.
  void sentence_sums(const WordIds& source, SparseSums& out) const;
  /// t(a | NULL).
  float null_prob(std::uint32_t target) const {
    return target < null_.size() ? null_[target] : 0.0f;
  }
  /// True when some source word translates `target` with a non-negligible probability: only such
  /// words are evidence (a word the training pairs never explained says nothing either way).
  bool covers(std::uint32_t target) const {
    return target < covered_.size() && covered_[target] != 0;
  }

 private:
  std::vector<SparseSums> table_;  // per source id: (target id, t), sorted by target
  std::vector<float> null_;
  std::vector<std::uint8_t> covered_;
  std::vector<LinkCount> counts_;
  std::vector<float> totals_;
};

/// EM iterations of Model 1, for a document's model and for a memory's units alike.
inline constexpr int kModel1Iterations = 5;

/// Counts under this are not kept by counts(): in a document's model, a word's links to the
/// words of its sentence that do not translate it get a few hundredths each, and summed over a
/// memory they would only be noise that costs space and loading time.
inline constexpr float kMinKeptCount = 0.1f;

/// Natural logarithm to about 3e-5 absolute for normal positive floats: exponent plus a degree-5
/// polynomial of the mantissa for log2. The scorer takes one log per word and bead; libm's
/// log was a sixth of the run time.
inline float fast_log(float x) {
  std::uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const auto exponent = static_cast<float>(static_cast<int>((bits >> 23) & 0xFF) - 127);
  bits = (bits & 0x007FFFFFu) | 0x3F800000u;
  float m;
  std::memcpy(&m, &bits, sizeof m);
  // Least-squares fit of log2 on [1, 2] (maximum error 3e-5).
  const float log2_m =
      -2.78687968f +
      m * (5.04708215f +
           m * (-3.49274230f + m * (1.59404621f + m * (-0.40490802f + m * 0.04343332f))));
  return (exponent + log2_m) * 0.69314718f;
}

/// Value for `target` in sorted sums, 0 when absent.
inline float lookup(const SparseSums& sums, std::uint32_t target) {
  std::size_t lo = 0, hi = sums.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (sums[mid].first < target) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < sums.size() && sums[lo].first == target ? sums[lo].second : 0.0f;
}

}  // namespace mizan::align::detail
