#pragma once
// Long operations report progress through this callback; the CLI decides whether to draw a bar
// (only when stderr is a terminal). The library never prints.

#include <cstddef>
#include <functional>
#include <string_view>

namespace mizan {

/// done/total in the operation's own unit (bytes, documents, TUs); total 0 means unknown.
using ProgressFn = std::function<void(std::size_t done, std::size_t total, std::string_view what)>;

}  // namespace mizan
