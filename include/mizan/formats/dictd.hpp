#pragma once
// Reader for dictd dictionaries (the format of FreeDict, e.g. Debian's dict-freedict-eng-ara under
// /usr/share/dictd/): a text index of "headword TAB offset TAB length" (numbers in dictd's
// base64) and the entries file, plain or dictzip-compressed (gzip whose header lists
// independently inflatable chunks, so single entries are read without inflating the rest).

#include <string>
#include <string_view>
#include <vector>

#include "mizan/core/bilingual_dictionary.hpp"

namespace mizan::formats {

/// `path` is the .index file, the .dict / .dict.dz file, or their common prefix
/// ("/usr/share/dictd/freedict-eng-ara"). With `only_headwords` (lowercase forms), entries of
/// other headwords are skipped and their chunks never inflated. Entry bodies become translations:
/// the headword line (with its pronunciation) is dropped, numbered senses ("1. ...") and senses
/// separated by commas become separate translations.
/// Throws mizan::Error: kNoInput when a file is missing, kDataError naming the file and line
/// (index) or byte offset (compressed data) when it is malformed.
BilingualDictionary read_dictd(const std::string& path,
                               const std::vector<std::string>* only_headwords = nullptr);

/// read_dictd on files already read: `index` is the .index file's bytes, `dict_bytes` the .dict or
/// .dict.dz file's; the names go into error messages (and `dict_name` is the source_name).
BilingualDictionary parse_dictd(std::string_view index, std::string dict_bytes,
                                const std::string& index_name, const std::string& dict_name,
                                const std::vector<std::string>* only_headwords = nullptr);

/// dictd's base64 number ("B" = 1, "BA" = 64); -1 for a character outside the alphabet.
long long decode_dictd_number(const std::string& digits);

}  // namespace mizan::formats
