#include "mizan/pipeline/term_usage.hpp"

#include <cstdint>

#include "mizan/tm/concordance.hpp"

namespace mizan::pipeline {

std::unordered_set<std::size_t> usage_from_memory(tm::Store& memory,
                                                  const term::Recognizer& recognizer,
                                                  std::string_view segment, Language lang,
                                                  std::size_t max_units, term::UsageIndex& usage) {
  std::unordered_set<std::int64_t> seen;
  std::unordered_set<std::size_t> truncated;
  for (const term::TermMatch& m : recognizer.find(segment, lang)) {
    for (const std::string& form : term::forms_of(recognizer, m, lang)) {
      tm::ConcordanceOptions o;
      o.lang = lang;
      o.max_results = max_units;
      tm::ConcordanceResult found = memory.concordance(form, o);
      if (found.truncated) truncated.insert(m.begin);
      for (const tm::ConcordanceHit& hit : found.hits) {
        if (seen.insert(hit.unit.id).second) usage.add(hit.unit);
      }
    }
  }
  return truncated;
}

}  // namespace mizan::pipeline
