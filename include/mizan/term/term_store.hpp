#pragma once
// Where a glossary lives: the memory's SQLite database (tm::open_sqlite_term_store, tables
// term_*). Commands load the whole glossary (recognition needs all of it), change it in memory and
// save it back in one step, so a failed import changes nothing.

#include <functional>

#include "mizan/term/glossary.hpp"

namespace mizan::term {

class TermStore {
 public:
  virtual ~TermStore() = default;
  /// Every stored entry, in a stable order (the order they were added), with its id.
  virtual Glossary load() = 0;
  /// Makes `glossary` the stored glossary, all or nothing. Entries keep their ids; entries with
  /// id 0 are new.
  virtual void save(const Glossary& glossary) = 0;
  /// Loads the glossary, lets `change` edit it and saves the result as one step that no other
  /// writer can come between (two `mizan term add` at once both count); when `change` throws,
  /// nothing is saved. Returns the glossary as saved. The default is load, change, save, for a
  /// store without transactions.
  virtual Glossary update(const std::function<void(Glossary&)>& change) {
    Glossary glossary = load();
    change(glossary);
    save(glossary);
    return glossary;
  }
};

}  // namespace mizan::term
