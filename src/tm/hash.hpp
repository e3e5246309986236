#pragma once
// The hash stored in mizan databases (key and index-term hashes). It is part of the file format:
// changing it needs a migration that rebuilds tu_key and tu_posting. FNV-1a (Fowler, Noll, Vo)
// is simple, has no dependency and spreads short keys well enough: collisions only cost an
// extra verification, never a wrong answer.

#include <cstdint>
#include <string_view>

namespace mizan::tm {

constexpr std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a 64-bit offset basis
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;  // FNV 64-bit prime
  }
  return h;
}

/// 32-bit key hash as stored in tu_key (SQLite stores it in 4 bytes instead of 8): the two halves
/// of the 64-bit hash folded together, as a signed value.
constexpr std::int64_t key_hash32(std::string_view bytes) {
  const std::uint64_t h = fnv1a64(bytes);
  return static_cast<std::int32_t>(static_cast<std::uint32_t>(h ^ (h >> 32)));
}

/// 64-bit term hash as stored in tu_posting.term.
constexpr std::int64_t term_hash(std::string_view bytes) {
  return static_cast<std::int64_t>(fnv1a64(bytes));
}

}  // namespace mizan::tm
