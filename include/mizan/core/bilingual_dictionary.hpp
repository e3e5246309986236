#pragma once
// An English-Arabic dictionary as plain data: formats/ reads it from dictd files (FreeDict),
// align/ uses it as lexical evidence. Neither needs the other.

#include <string>
#include <vector>

namespace mizan {

struct DictionaryEntry {
  std::string headword;                   // English, as written in the dictionary
  std::vector<std::string> translations;  // Arabic words or phrases, one sense each
};

struct BilingualDictionary {
  std::string source_name;  // file it was read from, for messages
  std::vector<DictionaryEntry> entries;
};

}  // namespace mizan
