#pragma once
// The `mizan term` subcommands, each taking its arguments after the subcommand name.

#include <string>
#include <vector>

namespace mizan::cli {

int term_import(const std::vector<std::string>& args);   // glossary files into the database
int term_export(const std::vector<std::string>& args);   // the glossary as TSV, TBX, OmegaT
int term_add(const std::vector<std::string>& args);      // one entry
int term_list(const std::vector<std::string>& args);     // entries, filtered
int term_rm(const std::vector<std::string>& args);       // an entry or every rendering of a term
int term_find(const std::vector<std::string>& args);     // glossary terms in a text
int term_suggest(const std::vector<std::string>& args);  // renderings for a segment's terms
int term_check(const std::vector<std::string>& args);    // terminology problems in translations
int term_extract(const std::vector<std::string>& args);  // candidate pairs mined from units

}  // namespace mizan::cli
