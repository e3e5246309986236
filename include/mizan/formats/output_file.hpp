#pragma once
// An output file that appears whole or not at all: bytes go to a temporary file beside the target,
// which replaces the target only on commit(). An export that fails half-way (bad unit, full disk,
// Ctrl-C) leaves any earlier file of that name untouched and no half-written TMX behind.

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "mizan/formats/unit_io.hpp"

namespace mizan::formats {

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
