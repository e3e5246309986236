#pragma once
// SRX 2.0 segmentation rules as plain data: formats/ parses the XML into this, segment/ compiles it
// into ICU regexes. Neither side needs to know about the other's library.

#include <string>
#include <vector>

namespace mizan {

/// One <rule>: at a position where `before_break` matches up to it and `after_break` matches from
/// it, break (true) or do not break (false). Patterns use ICU/Java regex syntax; empty matches
/// anything.
struct SrxRule {
  bool is_break = true;
  std::string before_break;
  std::string after_break;
  int source_line = -1;  // where the rule was written, for error messages
};

struct SrxLanguageRules {
  std::string name;
  std::vector<SrxRule> rules;
};

/// <languagemap languagepattern="..." languagerulename="..."/>
struct SrxLanguageMap {
  std::string language_pattern;  // regex over the language code, e.g. "ar.*"
  std::string rule_name;
};

struct SrxRuleSet {
  bool cascade = true;  // SRX default: every matching languagemap contributes, in order
  std::vector<SrxLanguageRules> language_rules;
  std::vector<SrxLanguageMap> maps;
  std::string source_name;  // file the rules came from, for error messages
};

}  // namespace mizan
