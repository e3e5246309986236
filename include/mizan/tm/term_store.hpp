#pragma once
// Compatibility: the former name of sqlite_term_store.hpp, still included by src/cli and
// tests/bench; remove once they include mizan/tm/sqlite_term_store.hpp.

#include "mizan/tm/sqlite_term_store.hpp"  // IWYU pragma: export
