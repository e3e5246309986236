#pragma once
// An output file that appears whole or not at all: bytes go to a temporary file beside the target,
// which replaces the target only on commit(). An export that fails half-way (bad unit, full disk,
// Ctrl-C) leaves any earlier file of that name untouched and no half-written TMX behind.

#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

/// The one rule for every file a command writes: refuses (kUsage, naming both) when an output is
/// the same file as an input or the database, before anything is opened for writing. Same file
/// means the same device and inode when both exist, else the same real path (an output or a
/// database not created yet: its folder's real path plus its name), so links, "./x" and "../d/x"
/// are all seen through. "-" among `outputs` is standard output and among `inputs` standard
/// input, compared when they are regular files (`mizan segment f >> f` would read its own
/// output). It lives here, beside AtomicOutputFile, because every command writes its files
/// through that class; a database's own companion files come from tm::database_files().
void refuse_overwriting_inputs(std::span<const std::string> outputs,
                               std::span<const std::string> inputs);

/// One thread writes to it (it holds an open file and no lock).
class AtomicOutputFile {
 public:
  /// Creates the temporary file next to `path`. "-" (standard output) and an existing device or
  /// FIFO (/dev/null) are written directly, without the all-or-nothing guarantee. Throws
  /// kCantCreate when the file cannot be created.
  explicit AtomicOutputFile(std::string path);
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  /// Appends bytes; throws kIoError on a write failure.
  void write(std::string_view bytes);
  /// A sink for writers that appends to this file (valid while the file lives).
  ByteSink sink() {
    return [this](std::string_view bytes) { write(bytes); };
  }
  /// Flushes, syncs and renames the temporary file onto the target. Throws kIoError.
  void commit();

  const std::string& path() const { return path_; }

 private:
  struct Closer {
    void operator()(std::FILE* f) const;
  };
  std::string path_;
  std::string temp_path_;  // empty for standard output
  std::unique_ptr<std::FILE, Closer> file_;
  bool committed_ = false;
};

}  // namespace mizan::formats
