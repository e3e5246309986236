#pragma once
// The record of changes to stored units (tables tu_change, tu_before, tu_before_origin; see
// migrations.cpp, version 4) and the steps every recorded change is made of: snapshot the unit,
// take it or one of its origins out, put a snapshot back. Used by the maintenance commands
// (maintenance.cpp) and by a re-ingest that replaces a document's units (import_session.cpp).
// Internal to src/tm; callers hold the write transaction.

#include <cstdint>
#include <string>
#include <string_view>

#include "mizan/tm/maintenance.hpp"
#include "sqlite_store.hpp"

namespace mizan::tm {

/// Unix seconds now.
std::int64_t now_seconds();

/// One batch of recorded changes (one command) by one user.
class ChangeLog {
 public:
  ChangeLog(SqliteStore& store, std::string who);
  /// Records that unit `unit` is about to change by `kind`: its row and origins as they are now.
  void record(std::int64_t unit, ChangeKind kind);
  std::int64_t batch() const { return batch_; }
  std::int64_t now() const { return now_; }

 private:
  SqliteStore& store_;
  std::string who_;
  std::int64_t batch_ = 0;  // allocated on the first record
  std::int64_t now_;
};

/// Removes unit `id`: its row, its origins and its index entries.
void erase_unit(SqliteStore& store, std::int64_t id);

/// Takes the origin (doc, pos) off unit `id`; erases the unit when it was its last one. True when
/// the unit was erased.
bool remove_origin(SqliteStore& store, std::int64_t id, std::int64_t doc, std::int64_t pos);

/// Puts unit `unit` back as change `change` recorded it (replacing what is stored under its id).
void restore_unit(SqliteStore& store, std::int64_t change, std::int64_t unit);

/// Has unit `id` been edited by hand (a recorded edit that is not undone)?
bool edited_by_hand(SqliteStore& store, std::int64_t id);

}  // namespace mizan::tm
