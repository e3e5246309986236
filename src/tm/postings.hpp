#pragma once
// Posting lists of the fuzzy-match and concordance index, stored in tu_posting as blocks of at
// most kBlockIds unit ids: the ids of one block as LEB128 varints, the first absolute and the
// rest as gaps. Ids are assigned in increasing order, so new units only ever extend the last
// block of a term. Frequent terms (in most units) cost about one byte per unit.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mizan::tm::postings {

/// Ids per block: big enough that a frequent term is a few rows, small enough that appending to
/// the last block (rewriting it) stays cheap for single adds (about 3 KB).
constexpr std::size_t kBlockIds = 2048;

void append_varint(std::string& out, std::uint64_t value);

/// Encodes ascending ids.
std::string encode(const std::uint32_t* ids, std::size_t count);

/// Decodes a block, appending its ids to `out`. Returns false on a malformed block.
bool decode(std::string_view block, std::vector<std::uint32_t>& out);

}  // namespace mizan::tm::postings
