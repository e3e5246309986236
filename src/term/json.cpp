#include "mizan/term/json.hpp"

#include "mizan/core/term_entry.hpp"
#include "mizan/text/json.hpp"

namespace mizan::term {
namespace {

using text::json_string;

std::string hits_json(const Recognizer& rec, const TermMatch& m) {
  const std::vector<TermEntry>& entries = rec.glossary().entries();
  std::string out = "[";
  for (std::size_t i = 0; i < m.hits.size(); ++i) {
    const TermEntry& e = entries[m.hits[i].entry];
    out += std::string(i ? "," : "") + "{\"en\":" + json_string(e.en) +
           ",\"ar\":" + json_string(e.ar) +
           ",\"status\":" + json_string(term_status_name(e.status)) +
           ",\"form\":" + json_string(rec.form_text(m.hits[i], m.language)) + "}";
  }
  return out + "]";
}

// The items one per line between "[" and "]", as the CLI has always printed them.
std::string array_of_lines(const std::vector<std::string>& items) {
  if (items.empty()) return "[]";
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? ",\n" : "\n") + items[i];
  return out + "\n]";
}

}  // namespace

std::string matches_json(const Recognizer& recognizer, std::string_view text,
                         const std::vector<TermMatch>& matches) {
  std::vector<std::string> items;
  items.reserve(matches.size());
  for (const TermMatch& m : matches) {
    items.push_back("{\"begin\":" + std::to_string(m.begin) + ",\"end\":" + std::to_string(m.end) +
                    ",\"text\":" + json_string(text.substr(m.begin, m.end - m.begin)) +
                    ",\"entries\":" + hits_json(recognizer, m) + "}");
  }
  return array_of_lines(items);
}

std::string suggestions_json(const std::vector<Suggestion>& suggestions,
                             const std::unordered_set<std::size_t>& counted_in_newest) {
  std::vector<std::string> items;
  items.reserve(suggestions.size());
  for (const Suggestion& s : suggestions) {
    std::string r = "[", u = "[";
    for (std::size_t k = 0; k < s.renderings.size(); ++k)
      r += std::string(k ? "," : "") + "{\"text\":" + json_string(s.renderings[k].first) +
           ",\"status\":" + json_string(term_status_name(s.renderings[k].second)) + "}";
    for (std::size_t k = 0; k < s.used.size(); ++k)
      u += std::string(k ? "," : "") + "{\"text\":" + json_string(s.used[k].spelling) +
           ",\"units\":" + std::to_string(s.used[k].units) + "}";
    const bool cut = counted_in_newest.count(s.match.begin) > 0;
    items.push_back("{\"begin\":" + std::to_string(s.match.begin) +
                    ",\"end\":" + std::to_string(s.match.end) + ",\"text\":" + json_string(s.text) +
                    ",\"renderings\":" + r + "],\"used\":" + u +
                    "],\"newest_units_only\":" + (cut ? "true" : "false") + "}");
  }
  return array_of_lines(items);
}

}  // namespace mizan::term
