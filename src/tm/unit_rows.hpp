#pragma once
// Writing one stored unit's row and keeping its indexes exact when it is added back, changed or
// removed (mizan edit, rm, dedupe, undo, a re-ingest that replaces a document's units). Bulk
// imports write their indexes in sorted batches at commit (import_session.cpp); the functions
// here touch one unit's few keys and posting blocks in place. Internal to src/tm.

#include <cstdint>
#include <string_view>

#include "mizan/core/translation_unit.hpp"
#include "sqlite_store.hpp"

namespace mizan::tm {

/// Inserts unit `id` into tu with every field of `unit` (en and ar already normalised); fields
/// at their default are stored as NULL (see migrations.cpp, version 1). Origins beyond the first
/// are the caller's.
void write_unit_row(SqliteStore& store, std::int64_t id, const TranslationUnit& unit,
                    std::string_view en, std::string_view ar, std::int64_t now);

/// The id the next new unit gets: above every unit stored and every unit a change was recorded
/// for, so that a removed unit's id is never given to another (its history and undo keep
/// meaning it). SQLite alone would reuse the highest id after it is deleted.
std::int64_t first_free_unit_id(SqliteStore& store);

/// Adds unit `id` to tu_key and tu_posting under the keys and index terms of `en` and `ar`.
void index_unit(SqliteStore& store, std::int64_t id, std::string_view en, std::string_view ar);
/// Takes unit `id` out of tu_key and tu_posting (what index_unit put there for `en`, `ar`).
void unindex_unit(SqliteStore& store, std::int64_t id, std::string_view en, std::string_view ar);

}  // namespace mizan::tm
