#pragma once
// Per-record problems found while importing a file: the record is skipped (or, strict, the whole
// import refused) and the user is told where and why.

#include <cstddef>
#include <string>
#include <vector>

#include "mizan/core/error.hpp"

namespace mizan {

struct Diagnostic {
  SourceLocation where;  // file and line (and column) of the record
  std::string record;    // the record's id when it has one (a TMX tuid), else empty
  std::string message;   // what is wrong
};

class Diagnostics {
 public:
  void add(SourceLocation where, std::string message, std::string record = {}) {
    items_.push_back({std::move(where), std::move(record), std::move(message)});
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

/// "file:line: message" for one diagnostic (with the record id when known).
std::string describe(const Diagnostic& d);

}  // namespace mizan
