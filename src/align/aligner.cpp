#include "mizan/align/aligner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_set>

#include "bead_search.hpp"
#include "features.hpp"
#include "lexical_model.hpp"
#include "lexicon_prior.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/match_key.hpp"
#include "mizan/text/script.hpp"
#include "mizan/text/tokenize.hpp"

namespace mizan::align {
namespace {

using detail::kShapeCount;
using detail::kShapes;

// Prior probability of each bead shape (in kShapes order). Gale & Church (1993) counted 0.89 for
// 1-1, 0.0099 for 1-0/0-1, 0.089 for 2-1/1-2 and 0.011 for 2-2 on parliamentary text; Moore
// (2002) used 0.94 / 0.01 / 0.025. News translations add and drop more (outlets wrap statements
// in sentences of their own): 1-0/0-1 get twice Gale & Church's mass; Arabic splits a long English
// sentence a little more often than it joins two (1-2 above 2-1); 1-3/3-1 are rarer than 2-2.
constexpr std::array<double, kShapeCount> kShapePrior = {0.85,  0.02,  0.02,  0.02,
                                                         0.026, 0.005, 0.006, 0.003};
// The weight of kShapePrior against a document's own null beads (document_shape_prior), in beads:
// a short press release (10 to 20 sentences) moves the null probabilities about halfway; 10 and
// 40 gave dev/press strict F1 within 0.01 of it (docs/experiments.md, 2026-12-07).
constexpr double kShapePriorBeads = 20;

// Documents up to this many lattice cells are searched whole (a 128 x 128 pair); longer ones
// coarse-to-fine in a corridor.
constexpr std::size_t kFullSearchCells = 1 << 14;
// Half-width of the corridor (sentences) around the path of the coarser level, and around the
// first pass's path for the second pass. Vecalign uses 10 around its coarser path.
constexpr std::size_t kGuideMargin = 8;
constexpr std::size_t kRefineMargin = 10;
// Arabic characters per English character in news and legal translations (0.74 on the UDHR, 0.99
// on the seed release, whose Arabic adds a paragraph), and the weight of that prior in English
// characters: about two sentences' worth, so it matters only for very short inputs.
constexpr double kTypicalRatio = 0.9;
constexpr double kRatioPriorChars = 300;
// Gale & Church's variance of Arabic characters per English character, before it is estimated
// from the document (they measured 6.8 for European pairs).
constexpr double kInitialVariance = 6.8;
// Bounds of the estimate: the median of a few beads can be near zero (a legal text translated
// clause by clause measured 0.85), which would make every restructured sentence an outlier.
constexpr double kMinVariance = 2.0;
constexpr double kMaxVariance = 50.0;
// Length evidence offset (nats) for a bead whose length fits exactly: a fit is evidence for
// translation, not only the absence of a misfit.
constexpr double kLengthFitBonus = 0.5;
// Share and width of the wide component of the length model (a mixture of two normals).
constexpr double kLengthTail = 0.1;
constexpr double kLengthTailWidth = 3.0;
// Background share of the lexical model: an Arabic word the model cannot explain costs log of
// this (about -2.3 nats) instead of minus infinity, so that unknown names do not veto a bead.
constexpr double kLexicalBackground = 0.1;
constexpr double kLexicalFloor = 0.3;
// The lexical evidence of the two directions is averaged, then weighed against the rest.
constexpr double kLexicalWeight = 1.0;
// The probability that a line of page furniture (furniture.hpp) of a kind the other side lacks
// has a counterpart all the same: a cost of 3 nats for putting the line into a bead with others.
// Counted on dev/press with the final rules (2026-12-07): 1 of 44 such lines has one (2.3 %); a
// rule can also misfire on a line of text elsewhere. 0.02 and 0.01 scored lower on dev/press
// (docs/experiments.md).
constexpr double kFurnitureCounterpart = 0.05;
// Paragraph structure (nats): a bead starting or ending at a paragraph boundary on one side only,
// and a bead that runs across a boundary.
constexpr double kParagraphMismatch = 2.5;
constexpr double kParagraphCrossing = 1.5;
// 1-1 beads at least this probable train the lexical model (Moore keeps 0.99 on large corpora;
// short documents need more of their beads).
constexpr double kTrainingConfidence = 0.9;
// Train-and-realign rounds after the first pass (Moore does one). When the first training set
// was small (a press release: tens of pairs), each realignment lets a few more beads reach the
// training confidence, and the words of those beads (often the restructured ones: a 2-1 bead, a
// pair beside an untranslated sentence) are what the next model needs; so rounds go on until the
// training set stops changing, when retraining would give the same model and the same alignment.
// A model from thousands of pairs changes little: one round. The cap stops the rare two-cycle.
constexpr int kMaxLexicalRounds = 6;
constexpr std::size_t kRetrainBelow = 500;
// At most this many pairs train the model (evenly spread over the document): enough for the
// frequent words that carry the alignment, and EM stays linear.
constexpr std::size_t kMaxTrainingPairs = 20000;
// Posteriors are computed on scores divided by this: the lexical evidence sums word by word as
// if words were independent, which makes raw posteriors overconfident.
constexpr double kPosteriorTemperature = 1.5;

double log_erfc(double x) {
  const double e = std::erfc(x);
  if (e > 1e-300) return std::log(e);
  // Asymptotic expansion, for x beyond about 26.
  return -x * x - std::log(x * std::sqrt(M_PI));
}

// The length score as a function of |delta|, tabulated: erfc, log and exp per bead cost more than
// the rest of the search.
class LengthCurve {
 public:
  LengthCurve() : table_(kSteps + 1) {
    for (std::size_t k = 0; k <= kSteps; ++k)
      table_[k] = exact(static_cast<double>(k) * kStep);
  }
  double operator()(double abs_delta) const {
    const double pos = abs_delta / kStep;
    if (pos >= static_cast<double>(kSteps)) return exact(abs_delta);
    const auto k = static_cast<std::size_t>(pos);
    const double f = pos - static_cast<double>(k);
    return table_[k] + f * (table_[k + 1] - table_[k]);
  }

  // A normal core with a wide component: translators restructure, and a sentence that moved an
  // attribution ("..., said Gen. X") to its neighbour should cost a few nats, not twenty.
  static double exact(double abs_delta) {
    const double x = abs_delta / std::sqrt(2.0);
    const double core = std::log(1.0 - kLengthTail) + log_erfc(x);
    const double tail = std::log(kLengthTail) + log_erfc(x / kLengthTailWidth);
    const double hi = std::max(core, tail);
    return hi + std::log(std::exp(core - hi) + std::exp(tail - hi)) + kLengthFitBonus;
  }

 private:
  static constexpr double kStep = 0.01;
  static constexpr std::size_t kSteps = 4000;  // up to |delta| = 40
  std::vector<double> table_;
};

struct LengthModel {
  double ratio = 1.0;
  double variance = kInitialVariance;
  std::shared_ptr<const LengthCurve> curve = std::make_shared<const LengthCurve>();

  // log P(delta) in the Gale-Church sense: two-sided tail probability at |delta|, where delta is
  // the Arabic length's deviation from ratio * English length in standard deviations.
  double score(double le, double la) const {
    const double mean_len = std::max(1.0, 0.5 * (le + la / ratio));
    const double delta = (la - ratio * le) / std::sqrt(variance * mean_len);
    return (*curve)(std::abs(delta));
  }
};

// A sequence of alignment units (sentences, or blocks of sentences at coarse levels).
struct Units {
  std::vector<double> length;
  std::vector<std::vector<std::uint32_t>> anchors;  // sorted; repeats at coarse levels
  std::vector<std::uint8_t> starts, ends;           // paragraph starts / ends here
  // Added to every non-null bead holding the unit: log P(counterpart) of unmatched furniture, 0
  // for other sentences (and for blocks at coarse levels).
  std::vector<float> counterpart_cost;
  // anchors of units k..k+1 and k..k+2 merged, so that multi-sentence beads need no merging.
  std::vector<std::vector<std::uint32_t>> anchors2, anchors3;
  std::size_t size() const { return length.size(); }

  void merge_windows() {
    const std::size_t n = size();
    anchors2.assign(n, {});
    anchors3.assign(n, {});
    for (std::size_t k = 0; k + 1 < n; ++k) {
      std::merge(anchors[k].begin(), anchors[k].end(), anchors[k + 1].begin(), anchors[k + 1].end(),
                 std::back_inserter(anchors2[k]));
    }
    for (std::size_t k = 0; k + 2 < n; ++k) {
      std::merge(anchors2[k].begin(), anchors2[k].end(), anchors[k + 2].begin(),
                 anchors[k + 2].end(), std::back_inserter(anchors3[k]));
    }
  }
  const std::vector<std::uint32_t>& window(std::size_t b, std::size_t d) const {
    return d == 1 ? anchors[b] : d == 2 ? anchors2[b] : anchors3[b];
  }
};

Units fine_units(const std::vector<detail::SentenceFeatures>& side,
                 const std::vector<std::size_t>& paragraphs) {
  Units u;
  const std::size_t n = side.size();
  u.length.resize(n);
  u.anchors.resize(n);
  u.starts.assign(n, 0);
  u.ends.assign(n, 0);
  u.counterpart_cost.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    u.length[i] = side[i].length;
    u.anchors[i] = side[i].anchors;
    if (side[i].unmatched_furniture) {
      u.counterpart_cost[i] = static_cast<float>(std::log(kFurnitureCounterpart));
    }
    if (!paragraphs.empty()) {
      u.starts[i] = i == 0 || paragraphs[i] != paragraphs[i - 1];
      u.ends[i] = i + 1 == n || paragraphs[i] != paragraphs[i + 1];
    }
  }
  // A connective fragment on a line of its own ("Now, therefore," / "The General Assembly" /
  // "Proclaims ...") opens the sentence after it, which the translation often joins to it (فإن
  // الجمعية العامة): the line break after it is layout, not the end of a paragraph. Kept, it made
  // the fragment an untranslated paragraph of its own.
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (side[i].connective_fragment && u.ends[i]) u.ends[i] = u.starts[i + 1] = 0;
  }
  u.merge_windows();
  return u;
}

// Two units become one. Only anchors worth at least kCoarseAnchor nats are kept: a block of
// 2^k sentences would otherwise carry hundreds of weak ones (a frequent number, "q"), which cost
// merge time at every level and say little about where the blocks align.
constexpr double kCoarseAnchor = 1.0;
Units coarsen(const Units& u, const std::vector<detail::AnchorInfo>& anchors) {
  Units c;
  for (std::size_t i = 0; i < u.size(); i += 2) {
    const std::size_t last = std::min(i + 1, u.size() - 1);
    c.length.push_back(u.length[i] + (last != i ? u.length[last] : 0));
    std::vector<std::uint32_t> a = u.anchors[i];
    if (last != i) {
      std::vector<std::uint32_t> merged;
      std::merge(a.begin(), a.end(), u.anchors[last].begin(), u.anchors[last].end(),
                 std::back_inserter(merged));
      a = std::move(merged);
    }
    a.erase(std::remove_if(a.begin(), a.end(),
                           [&](std::uint32_t id) { return anchors[id].match < kCoarseAnchor; }),
            a.end());
    c.anchors.push_back(std::move(a));
    c.starts.push_back(u.starts[i]);
    c.ends.push_back(u.ends[last]);
    c.counterpart_cost.push_back(0);
  }
  c.merge_windows();
  return c;
}

// The lexical model: IBM Model 1 in both directions, and for each sentence the sums of its words'
// translation probabilities (what every bead containing it looks up).
struct Lexicon {
  detail::TranslationModel en_to_ar, ar_to_en;
  std::vector<detail::SparseSums> en_sums;  // [i]: sum over the words e of i of t(a | e)
  std::vector<detail::SparseSums> ar_sums;  // [j]: sum over the words a of j of t(e | a)
  std::size_t pairs = 0;
};

// The beads an alignment trains the lexicon on: the confident non-null ones (1-1, and the
// many-to-one beads as concatenated pairs).
std::vector<Bead> training_beads(const std::vector<Bead>& beads) {
  std::vector<Bead> sure;
  for (const Bead& b : beads) {
    if (!b.is_null() && b.confidence >= kTrainingConfidence) sure.push_back(b);
  }
  return sure;
}

// Trains the lexicon on `sure` (see training_beads), starting from `prior` when given. Returns
// false when there is nothing to learn from: no bead with words, and no prior.
bool train_lexicon(const std::vector<Bead>& sure, const detail::DocumentFeatures& doc,
                   const detail::LexiconPrior* prior, Lexicon& lexicon) {
  std::vector<detail::WordIds> joined;  // storage for concatenated sides
  std::vector<std::pair<std::size_t, std::size_t>> chosen;
  const std::size_t stride = std::max<std::size_t>(1, sure.size() / kMaxTrainingPairs);
  auto words = [&](const std::vector<detail::SentenceFeatures>& side, std::size_t begin,
                   std::size_t count) {
    detail::WordIds w;
    for (std::size_t k = begin; k < begin + count; ++k) {
      w.insert(w.end(), side[k].words.begin(), side[k].words.end());
    }
    return w;
  };
  joined.reserve(2 * (sure.size() / stride + 1));
  for (std::size_t k = 0; k < sure.size(); k += stride) {
    const Bead& b = sure[k];
    joined.push_back(words(doc.en, b.en_begin, b.en_count));
    joined.push_back(words(doc.ar, b.ar_begin, b.ar_count));
    if (joined[joined.size() - 2].empty() || joined.back().empty()) {
      joined.resize(joined.size() - 2);
      continue;
    }
    chosen.emplace_back(joined.size() - 2, joined.size() - 1);
  }
  if (chosen.empty() && !prior) return false;
  std::vector<std::pair<const detail::WordIds*, const detail::WordIds*>> fwd, bwd;
  for (const auto& [e, a] : chosen) {
    fwd.emplace_back(&joined[e], &joined[a]);
    bwd.emplace_back(&joined[a], &joined[e]);
  }
  lexicon.en_to_ar.train(fwd, doc.en_words.size(), doc.ar_words.size(), detail::kModel1Iterations,
                         prior ? &prior->en_to_ar : nullptr);
  lexicon.ar_to_en.train(bwd, doc.ar_words.size(), doc.en_words.size(), detail::kModel1Iterations,
                         prior ? &prior->ar_to_en : nullptr);
  lexicon.en_sums.resize(doc.en.size());
  lexicon.ar_sums.resize(doc.ar.size());
  for (std::size_t i = 0; i < doc.en.size(); ++i) {
    lexicon.en_to_ar.sentence_sums(doc.en[i].words, lexicon.en_sums[i]);
  }
  for (std::size_t j = 0; j < doc.ar.size(); ++j) {
    lexicon.ar_to_en.sentence_sums(doc.ar[j].words, lexicon.ar_sums[j]);
  }
  lexicon.pairs = chosen.size();
  return true;
}

// Scores beads over units; `lexicon` and `doc` only at the sentence level.
class BeadScorer {
 public:
  BeadScorer(const Units& en, const Units& ar, const std::vector<detail::AnchorInfo>& anchors,
             const LengthModel& length, const AlignerOptions& options, double paragraphs,
             const Lexicon* lexicon = nullptr, const detail::DocumentFeatures* doc = nullptr)
      : en_(en),
        ar_(ar),
        anchors_(anchors),
        length_(length),
        options_(options),
        paragraphs_(paragraphs),
        lexicon_(lexicon),
        doc_(doc) {
    for (std::size_t s = 0; s < kShapeCount; ++s)
      log_prior_[s] = std::log(kShapePrior[s]);
  }

  /// The corridor the next search runs in (lets the pair cache size its rows).
  void set_corridor(const detail::Corridor* corridor) { corridor_ = corridor; }

  /// Shape probabilities in place of kShapePrior (see document_shape_prior).
  void set_shape_prior(const std::array<double, kShapeCount>& prior) {
    for (std::size_t s = 0; s < kShapeCount; ++s)
      log_prior_[s] = std::log(prior[s]);
  }

  double operator()(std::size_t i0, std::size_t di, std::size_t j0, std::size_t dj) {
    const std::size_t shape = shape_index(di, dj);
    double score = log_prior_[shape];
    if (di == 0 || dj == 0) return score;
    for (std::size_t i = i0; i < i0 + di; ++i)
      score += en_.counterpart_cost[i];
    for (std::size_t j = j0; j < j0 + dj; ++j)
      score += ar_.counterpart_cost[j];
    if (options_.use_length) {
      double le = 0, la = 0;
      for (std::size_t i = i0; i < i0 + di; ++i)
        le += en_.length[i];
      for (std::size_t j = j0; j < j0 + dj; ++j)
        la += ar_.length[j];
      score += length_.score(le, la);
    }
    if (!anchors_.empty()) score += anchor_score(i0, di, j0, dj);
    if (paragraphs_ > 0) score += paragraphs_ * paragraph_score(i0, di, j0, dj);
    if (lexicon_) score += kLexicalWeight * lexical_score(i0, di, j0, dj);
    return score;
  }

 private:
  static std::size_t shape_index(std::size_t di, std::size_t dj) {
    for (std::size_t s = 0; s < kShapeCount; ++s) {
      if (kShapes[s].en == di && kShapes[s].ar == dj) return s;
    }
    return 0;
  }

  double anchor_score(std::size_t i0, std::size_t di, std::size_t j0, std::size_t dj) {
    const std::vector<std::uint32_t>* e = &en_.window(i0, di);
    const std::vector<std::uint32_t>* a = &ar_.window(j0, dj);
    double s = 0;
    std::size_t x = 0, y = 0;
    const std::size_t ne = e->size(), na = a->size();
    while (x < ne || y < na) {
      if (y == na || (x < ne && (*e)[x] < (*a)[y])) {
        s += anchors_[(*e)[x++]].miss_en;
      } else if (x == ne || (*a)[y] < (*e)[x]) {
        s += anchors_[(*a)[y++]].miss_ar;
      } else {
        s += anchors_[(*e)[x]].match;
        ++x;
        ++y;
      }
    }
    return s;
  }

  double paragraph_score(std::size_t i0, std::size_t di, std::size_t j0, std::size_t dj) const {
    double s = 0;
    if (en_.starts[i0] != ar_.starts[j0]) s -= kParagraphMismatch;
    if (en_.ends[i0 + di - 1] != ar_.ends[j0 + dj - 1]) s -= kParagraphMismatch;
    for (std::size_t i = i0 + 1; i < i0 + di; ++i) {
      if (en_.starts[i]) s -= kParagraphCrossing;
    }
    for (std::size_t j = j0 + 1; j < j0 + dj; ++j) {
      if (ar_.starts[j]) s -= kParagraphCrossing;
    }
    return s;
  }

  // Translation-probability sums of one English sentence s against the words of Arabic sentences
  // near it, computed once per sentence pair and kept while the search is within three rows of s
  // (a bead spans at most three sentences per side): every bead over the pair reuses them.
  struct PairRow {
    std::size_t s = static_cast<std::size_t>(-1);
    std::size_t base = 0;
    std::vector<std::uint32_t>
        at;                  // per Arabic sentence t - base: offset + 1 into values, 0 = none
    std::vector<float> fwd;  // for each word of t: sum over the words e of s of t(a | e)
    std::vector<float> bwd;  // for each word of s: sum over the words a of t of t(e | a)
    std::vector<std::uint32_t> bwd_at;
  };

  void pair_offsets(std::size_t s, std::size_t t, std::uint32_t& fwd, std::uint32_t& bwd) {
    PairRow& row = rows_[s % rows_.size()];
    if (row.s != s) {
      row.s = s;
      const std::size_t n = en_.size(), m = ar_.size();
      std::size_t lo = 0, hi = m;
      if (corridor_) {
        lo = corridor_->lo[std::min(s + 1, n)];
        hi = corridor_->hi[std::min(s + 3, n)];
      }
      row.base = lo >= 3 ? lo - 3 : 0;
      row.at.assign(hi + 1 - row.base, 0);
      row.bwd_at.assign(hi + 1 - row.base, 0);
      row.fwd.clear();
      row.bwd.clear();
    }
    if (t < row.base || t - row.base >= row.at.size()) {  // outside the corridor: grow
      const std::size_t new_base = std::min(row.base, t);
      const std::size_t new_end = std::max(row.base + row.at.size(), t + 1);
      std::vector<std::uint32_t> at(new_end - new_base, 0), bwd_at(new_end - new_base, 0);
      std::copy(row.at.begin(), row.at.end(), at.begin() + static_cast<long>(row.base - new_base));
      std::copy(row.bwd_at.begin(), row.bwd_at.end(),
                bwd_at.begin() + static_cast<long>(row.base - new_base));
      row.at.swap(at);
      row.bwd_at.swap(bwd_at);
      row.base = new_base;
    }
    std::uint32_t& f = row.at[t - row.base];
    std::uint32_t& b = row.bwd_at[t - row.base];
    if (f == 0) {
      f = static_cast<std::uint32_t>(row.fwd.size()) + 1;
      for (std::uint32_t w : doc_->ar[t].words) {
        row.fwd.push_back(detail::lookup(lexicon_->en_sums[s], w));
      }
      b = static_cast<std::uint32_t>(row.bwd.size()) + 1;
      for (std::uint32_t e : doc_->en[s].words) {
        row.bwd.push_back(detail::lookup(lexicon_->ar_sums[t], e));
      }
    }
    fwd = f - 1;
    bwd = b - 1;
  }

  // Moore's P(target | source) under IBM Model 1, per target word against its unigram
  // probability, mixed with the background; both directions averaged.
  double lexical_score(std::size_t i0, std::size_t di, std::size_t j0, std::size_t dj) {
    std::uint32_t fwd[3][3], bwd[3][3];
    for (std::size_t a = 0; a < di; ++a) {
      for (std::size_t b = 0; b < dj; ++b)
        pair_offsets(i0 + a, j0 + b, fwd[a][b], bwd[a][b]);
    }
    double en_words = 0, ar_words = 0;
    for (std::size_t a = 0; a < di; ++a)
      en_words += static_cast<double>(doc_->en[i0 + a].words.size());
    for (std::size_t b = 0; b < dj; ++b)
      ar_words += static_cast<double>(doc_->ar[j0 + b].words.size());
    const double fwd_norm = (1.0 - kLexicalBackground) / (en_words + 1.0);
    const double bwd_norm = (1.0 - kLexicalBackground) / (ar_words + 1.0);
    double forward = 0, backward = 0;
    for (std::size_t b = 0; b < dj; ++b) {
      const std::vector<std::uint32_t>& words = doc_->ar[j0 + b].words;
      for (std::size_t k = 0; k < words.size(); ++k) {
        const std::uint32_t w = words[k];
        if (!lexicon_->en_to_ar.covers(w)) continue;
        double p = lexicon_->en_to_ar.null_prob(w);
        for (std::size_t a = 0; a < di; ++a)
          p += rows_[(i0 + a) % rows_.size()].fwd[fwd[a][b] + k];
        forward += detail::fast_log(
            static_cast<float>(fwd_norm * p / doc_->ar_word_prob[w] + kLexicalFloor));
      }
    }
    for (std::size_t a = 0; a < di; ++a) {
      const PairRow& row = rows_[(i0 + a) % rows_.size()];
      const std::vector<std::uint32_t>& words = doc_->en[i0 + a].words;
      for (std::size_t k = 0; k < words.size(); ++k) {
        const std::uint32_t e = words[k];
        if (!lexicon_->ar_to_en.covers(e)) continue;
        double p = lexicon_->ar_to_en.null_prob(e);
        for (std::size_t b = 0; b < dj; ++b)
          p += row.bwd[bwd[a][b] + k];
        backward += detail::fast_log(
            static_cast<float>(bwd_norm * p / doc_->en_word_prob[e] + kLexicalFloor));
      }
    }
    return 0.5 * (forward + backward);
  }

  const Units& en_;
  const Units& ar_;
  const std::vector<detail::AnchorInfo>& anchors_;
  const LengthModel& length_;
  const AlignerOptions& options_;
  double paragraphs_;  // weight of the paragraph evidence, 0 = none
  const Lexicon* lexicon_;
  const detail::DocumentFeatures* doc_;
  std::array<double, kShapeCount> log_prior_{};
  std::array<PairRow, 4> rows_;
  const detail::Corridor* corridor_ = nullptr;
};

// Coarse-to-fine search (as Vecalign): halve both sides until the lattice is small, align there,
// and at each finer level search only near the projected coarser path.
detail::SearchResult guided_search(const Units& en, const Units& ar,
                                   const std::vector<detail::AnchorInfo>& anchors,
                                   const LengthModel& length, const AlignerOptions& options,
                                   double paragraphs, bool posteriors) {
  const std::size_t n = en.size(), m = ar.size();
  detail::Corridor corridor;
  if ((n + 1) * (m + 1) <= kFullSearchCells || n < 4 || m < 4) {
    corridor = detail::Corridor::full(n, m);
  } else {
    const Units cen = coarsen(en, anchors), car = coarsen(ar, anchors);
    const detail::SearchResult coarse =
        guided_search(cen, car, anchors, length, options, paragraphs, false);
    corridor = detail::corridor_around(coarse.path, 2, n, m, kGuideMargin);
  }
  BeadScorer scorer(en, ar, anchors, length, options, paragraphs);
  return detail::search(n, m, corridor, scorer, posteriors, kPosteriorTemperature);
}

// How far paragraph boundaries can be trusted: fully while both sides have about as many
// paragraphs (an outlet's added paragraph, a heading kept in the same paragraph), not at all when
// one side has less than half the paragraphs of the other (a file that arrived as one block or
// with a line per sentence says nothing about where the other's paragraphs end).
double paragraph_weight(const std::vector<std::size_t>& en, const std::vector<std::size_t>& ar) {
  auto count = [](const std::vector<std::size_t>& p) {
    std::size_t c = p.empty() ? 0 : 1;
    for (std::size_t k = 1; k < p.size(); ++k)
      c += p[k] != p[k - 1];
    return static_cast<double>(c);
  };
  const double a = count(en), b = count(ar);
  if (a == 0 || b == 0) return 0;
  const double r = std::min(a, b) / std::max(a, b);
  return std::clamp((r - 0.5) / 0.3, 0.0, 1.0);
}

LengthModel estimate_length(const std::vector<Bead>& beads, const Units& en, const Units& ar,
                            const LengthModel& previous) {
  double se = 0, sa = 0;
  std::vector<const Bead*> sure;
  for (const Bead& b : beads) {
    if (b.en_count == 1 && b.ar_count == 1 && b.confidence >= 0.5) {
      se += en.length[b.en_begin];
      sa += ar.length[b.ar_begin];
      sure.push_back(&b);
    }
  }
  if (sure.size() < 3 || se <= 0 || sa <= 0) return previous;
  LengthModel model;
  model.ratio = sa / se;
  std::vector<double> spread;
  for (const Bead* b : sure) {
    const double le = en.length[b->en_begin], la = ar.length[b->ar_begin];
    const double d = la - model.ratio * le;
    spread.push_back(d * d / std::max(1.0, 0.5 * (le + la / model.ratio)));
  }
  std::nth_element(spread.begin(), spread.begin() + spread.size() / 2, spread.end());
  // The median of a chi-square with one degree of freedom is 0.455: robust to the odd bad bead.
  model.variance = std::clamp(spread[spread.size() / 2] / 0.455, kMinVariance, kMaxVariance);
  return model;
}

// The null-bead probabilities of this document (Gale & Church and Moore estimate shape
// probabilities from the corpus they align; a press release is its own corpus, and a short one):
// the null beads of the current alignment, each counted by its posterior (an EM step), with
// kShapePrior as a Dirichlet prior worth kShapePriorBeads beads. A page that adds a header, a date
// line and notices has a null bead in every few; a parliamentary text almost none. Only the null
// shapes are estimated, and never below their prior: an alignment that glues a null sentence to a
// neighbour counts one null too few and one merge too many, so counted merges would teach more
// gluing, and counted nulls can only err low. Counted whole rather than by posterior, uncertain
// nulls made nulls cheaper and so more of them, round after round (the seed with a loosely
// translated paragraph appended drifted into a 3-1 bead: tests/cli/align_cli_test.sh).
std::array<double, kShapeCount> document_shape_prior(const std::vector<Bead>& beads) {
  std::array<double, kShapeCount> prior = kShapePrior;
  double en_null = 0, ar_null = 0;
  for (const Bead& b : beads) {
    en_null += b.ar_count == 0 ? b.confidence : 0.0;
    ar_null += b.en_count == 0 ? b.confidence : 0.0;
  }
  const double total = static_cast<double>(beads.size()) + kShapePriorBeads;
  prior[1] = std::max(kShapePrior[1], (en_null + kShapePriorBeads * kShapePrior[1]) / total);
  prior[2] = std::max(kShapePrior[2], (ar_null + kShapePriorBeads * kShapePrior[2]) / total);
  return prior;
}

}  // namespace

struct SentenceAligner::Impl {
  AlignerOptions options;
  detail::FeatureExtractor extractor;
};

SentenceAligner::SentenceAligner(AlignerOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}
SentenceAligner::~SentenceAligner() = default;
SentenceAligner::SentenceAligner(SentenceAligner&&) noexcept = default;
SentenceAligner& SentenceAligner::operator=(SentenceAligner&&) noexcept = default;
const AlignerOptions& SentenceAligner::options() const {
  return impl_->options;
}

Alignment SentenceAligner::align(const std::vector<std::string>& en,
                                 const std::vector<std::string>& ar,
                                 const std::vector<std::size_t>& en_paragraphs,
                                 const std::vector<std::size_t>& ar_paragraphs) {
  const AlignerOptions& opt = impl_->options;
  if (!en_paragraphs.empty() && en_paragraphs.size() != en.size()) {
    throw Error(ExitCode::kUsage, "English paragraph ids: " + std::to_string(en_paragraphs.size()) +
                                      " for " + std::to_string(en.size()) + " sentences");
  }
  if (!ar_paragraphs.empty() && ar_paragraphs.size() != ar.size()) {
    throw Error(ExitCode::kUsage, "Arabic paragraph ids: " + std::to_string(ar_paragraphs.size()) +
                                      " for " + std::to_string(ar.size()) + " sentences");
  }
  Alignment result;
  const std::size_t n = en.size(), m = ar.size();
  if (n == 0 || m == 0) {
    for (std::size_t i = 0; i < n; ++i)
      result.beads.push_back({i, 1, 0, 0, 1.0});
    for (std::size_t j = 0; j < m; ++j)
      result.beads.push_back({n, 0, j, 1, 1.0});
    return result;
  }
  auto progress = [&](std::size_t done, std::string_view what) {
    if (opt.progress) opt.progress(done, 4, what);
  };

  progress(0, "reading sentences");
  detail::FeatureOptions fo;
  fo.anchors = opt.use_anchors;
  fo.names = opt.use_names;
  fo.dictionary = opt.dictionary.get();
  fo.glossary = &opt.glossary;
  fo.furniture = opt.use_furniture;
  fo.cldr_names = opt.use_cldr_names;
  const detail::DocumentFeatures doc = impl_->extractor.extract(en, ar, fo);
  result.stats.anchor_types = doc.linked_anchor_types;
  for (const detail::SentenceFeatures& s : doc.en)
    result.en_furniture.emplace_back(s.furniture);
  for (const detail::SentenceFeatures& s : doc.ar)
    result.ar_furniture.emplace_back(s.furniture);

  const double paragraphs = opt.use_paragraphs && !en_paragraphs.empty() && !ar_paragraphs.empty()
                                ? paragraph_weight(en_paragraphs, ar_paragraphs)
                                : 0.0;
  // What the memory knows about the document's words, asked once for the lexical model.
  std::optional<detail::LexiconPrior> prior;
  if (opt.use_lexical && opt.prior_lexicon) {
    const LexiconCounts known = opt.prior_lexicon(LexicalVocabulary{doc.en_words, doc.ar_words});
    if (!known.empty()) prior = detail::make_prior(known, doc);
    if (prior && prior->pairs == 0) prior.reset();
  }

  const Units ue = fine_units(doc.en, en_paragraphs);
  const Units ua = fine_units(doc.ar, ar_paragraphs);
  double le = 0, la = 0;
  for (double x : ue.length)
    le += x;
  for (double x : ua.length)
    la += x;
  // The document's own ratio, shrunk towards a typical one while the document is short (two
  // sentences say little: an added paragraph would double it).
  LengthModel length;
  length.ratio = (la + kTypicalRatio * kRatioPriorChars) / (le + kRatioPriorChars);

  // Pass 1: length and anchors.
  progress(1, "first pass (length, anchors)");
  detail::SearchResult first =
      guided_search(ue, ua, doc.anchors, length, opt, paragraphs, /*posteriors=*/true);
  length = estimate_length(first.beads, ue, ua, length);

  // Moore's second pass: a lexical model trained on the confident beads found so far, then
  // realignment near the first path. Each further round retrains on the better alignment.
  detail::SearchResult current = std::move(first);
  const detail::Corridor corridor =
      (n + 1) * (m + 1) <= kFullSearchCells
          ? detail::Corridor::full(n, m)
          : detail::corridor_around(current.path, 1, n, m, kRefineMargin);
  const int rounds = opt.use_lexical ? kMaxLexicalRounds : 1;
  Lexicon lexicon;
  std::unique_ptr<BeadScorer> scorer;
  std::vector<Bead> trained_on;
  bool trained = false;
  for (int round = 0; round < rounds; ++round) {
    if (round > 0 && lexicon.pairs >= kRetrainBelow) break;
    std::vector<Bead> sure = training_beads(current.beads);
    if (round > 0 && sure == trained_on) break;  // a fixed point
    progress(2, "training the lexical model");
    const bool lexical =
        opt.use_lexical && train_lexicon(sure, doc, prior ? &*prior : nullptr, lexicon);
    trained = lexical;
    trained_on = std::move(sure);
    result.stats.lexical_pairs = lexical ? lexicon.pairs : 0;
    result.stats.lexical_rounds = lexical ? static_cast<std::size_t>(round) + 1 : 0;
    progress(3, "second pass");
    scorer = std::make_unique<BeadScorer>(ue, ua, doc.anchors, length, opt, paragraphs,
                                          lexical ? &lexicon : nullptr, &doc);
    scorer->set_corridor(&corridor);
    scorer->set_shape_prior(document_shape_prior(current.beads));
    current = detail::search(n, m, corridor, *scorer, /*posteriors=*/true, kPosteriorTemperature);
  }
  detail::SearchResult second = std::move(current);
  if (trained) result.lexicon = detail::collect_counts(lexicon.en_to_ar, lexicon.ar_to_en, doc);
  progress(4, "done");

  result.beads = std::move(second.beads);
  result.stats.length_ratio = length.ratio;
  result.stats.length_variance = length.variance;
  result.stats.lattice_cells = second.cells;
  return result;
}

std::vector<std::string> english_vocabulary(const std::vector<std::string>& en_sentences) {
  text::WordTokenizer tokenizer;
  std::unordered_set<std::string> seen;
  std::vector<std::string> out;
  std::vector<text::Token> tokens;
  for (const std::string& s : en_sentences) {
    tokenizer.tokenize(s, tokens);
    for (const text::Token& t : tokens) {
      if (t.kind != text::TokenKind::kWord) continue;
      std::string key = text::match_key(std::string_view(s).substr(t.begin, t.end - t.begin));
      if (seen.insert(key).second) out.push_back(std::move(key));
    }
  }
  return out;
}

InputCheck check_inputs(const std::vector<std::string>& en, const std::vector<std::string>& ar) {
  InputCheck check;
  text::ScriptCounts ce, ca;
  double le = 0, la = 0;
  for (const std::string& s : en) {
    const text::ScriptCounts c = text::count_letters(s);
    ce.latin += c.latin;
    ce.arabic += c.arabic;
    ce.other += c.other;
    le += detail::text_length(s);
  }
  for (const std::string& s : ar) {
    const text::ScriptCounts c = text::count_letters(s);
    ca.latin += c.latin;
    ca.arabic += c.arabic;
    ca.other += c.other;
    la += detail::text_length(s);
  }
  const double te = static_cast<double>(ce.latin + ce.arabic + ce.other);
  const double ta = static_cast<double>(ca.latin + ca.arabic + ca.other);
  check.en_arabic_share = te > 0 ? static_cast<double>(ce.arabic) / te : 0;
  check.ar_latin_share = ta > 0 ? static_cast<double>(ca.latin) / ta : 0;
  // Taken against the typical Arabic/English ratio, so that it measures content, not script.
  const double e = std::max(le * kTypicalRatio, 1.0), a = std::max(la, 1.0);
  check.size_ratio = std::max(e / a, a / e);
  return check;
}

}  // namespace mizan::align
