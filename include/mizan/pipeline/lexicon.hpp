#pragma once
// The memory teaches the aligner: the word translations (IBM Model 1 counts,
// core/lexicon_counts.hpp) a translation memory keeps (tm/lexicon.hpp) become the prior of the
// aligner's lexical model (align/lexicon.hpp), and what the aligner learns from a document, or
// Model 1 from imported units, goes back into the memory. The two modules do not know each other;
// this connects them.

#include <cstddef>
#include <string>
#include <vector>

#include "mizan/align/lexicon.hpp"
#include "mizan/core/translation_unit.hpp"
#include "mizan/tm/import_session.hpp"
#include "mizan/tm/lexicon.hpp"

namespace mizan::pipeline {

/// What a memory_lexicon() prior gave the aligner so far, for telling the user.
struct PriorUse {
  std::size_t documents = 0;    // documents it was asked about
  std::size_t known_pairs = 0;  // word pairs it found among their words, summed
};

/// The aligner's prior lexicon read from `memory` (a Store, or an ImportSession, which also sees
/// what it added), for each document only the entries of its words. `memory` (and `use`, when
/// given) must outlive the aligner that calls it. A damaged lexicon row is kDataError.
align::PriorLexiconFn memory_lexicon(tm::LexiconReader& memory, PriorUse* use = nullptr);

/// Teaches the memory's lexicon the units of an import: gathers the units the session added and
/// trains Model 1 on them (align::learn_lexicon), a batch at a time so that a large import needs
/// bounded memory, then adds the summed counts to the session under the imported file's name.
class UnitLexiconLearner {
 public:
  UnitLexiconLearner(tm::ImportSession& session, std::string source);
  /// A unit the session added (kAdded: a merged or unchanged unit was learnt from before).
  void add(const TranslationUnit& unit);
  /// Learns from the last batch and adds everything to the session (before its commit). False
  /// when the source's counts were already in the memory (an import run again) or there was
  /// nothing to learn.
  bool finish();
  std::size_t units() const { return units_; }

 private:
  void learn_batch();

  tm::ImportSession& session_;
  std::string source_;
  std::vector<std::string> en_, ar_;  // the batch
  LexiconCounts learnt_;
  std::size_t units_ = 0;
};

}  // namespace mizan::pipeline
