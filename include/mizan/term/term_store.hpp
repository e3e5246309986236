#pragma once
// Where a glossary lives. The CLI picks an implementation: the memory's SQLite database (src/tm)
// or a glossary TSV file used as the store. Commands load the whole glossary (recognition needs
// all of it), change it in memory and save it back in one step, so a failed import changes
// nothing.

#include "mizan/term/glossary.hpp"

namespace mizan::term {

class TermStore {
 public:
  virtual ~TermStore() = default;
  /// Every stored entry, in a stable order (the order they were added).
  virtual Glossary load() = 0;
  /// Makes `glossary` the stored glossary, all or nothing.
  virtual void save(const Glossary& glossary) = 0;
};

}  // namespace mizan::term
