#pragma once
// `mizan check`: is a mizan database whole? SQLite's own check of the file's pages and b-trees,
// then what only mizan knows: the key and fuzzy/concordance indexes say exactly what the units
// hold, origins point at units and documents that exist, glossary keys match their terms.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "mizan/tm/sqlite_store.hpp"

namespace mizan::tm {

/// What check_database found: `problems` is empty for a healthy database.
struct CheckReport {
  std::vector<std::string> problems;  // one sentence each, the first `max_problems` of them
  std::int64_t units = 0;             // units read (0 when the units could not be read)
  std::int64_t terms = 0;             // glossary entries read
  bool ok() const { return problems.empty(); }
};

/// Checks the database of `options` (opened read-only, never changed): PRAGMA integrity_check,
/// then tu_key holds the two key hashes of every unit and nothing else, tu_posting the index
/// terms of every unit's two sides and nothing else (its blocks decode, ids ascending), every
/// origin's unit and document exist, every glossary entry's keys are its terms' match keys.
/// Reads every unit once; memory is one bit per unit id. Throws as opening does (kNoInput for
/// a missing file, kConfig for a file that is not a mizan database).
CheckReport check_database(const OpenOptions& options, std::size_t max_problems = 50);

}  // namespace mizan::tm
