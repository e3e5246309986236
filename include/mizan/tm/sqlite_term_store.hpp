#pragma once
// The glossary kept in a translation memory's database: `mizan term` commands take --db like the
// memory commands, and the glossary and the units it is checked against travel in one file.

#include <memory>

#include "mizan/term/term_store.hpp"
#include "mizan/tm/sqlite_store.hpp"

namespace mizan::tm {

/// Opens the terminology store of the mizan database at `options.path` (tables term_*), the same
/// way open_sqlite_store() opens the memory: a missing file is kNoInput unless `options.create`, a
/// file that is not a mizan database or comes from a newer mizan is refused untouched (kConfig),
/// an older one is upgraded, and a writer that holds the lock longer than the busy timeout makes
/// save() and update() fail with kTempFail. load() reads a snapshot; save() and update() write in
/// one transaction, changing only the rows that differ (entries keep their ids). The store owns
/// one connection: use it from one thread at a time.
std::unique_ptr<term::TermStore> open_sqlite_term_store(const OpenOptions& options);

}  // namespace mizan::tm
