#include "mizan/tm/json.hpp"

#include "mizan/text/json.hpp"

namespace mizan::tm {
namespace {

using text::json_string;

std::string_view edit_op(WordEdit::Kind k) {
  switch (k) {
    case WordEdit::Kind::kKeep:
      return "keep";
    case WordEdit::Kind::kInflection:
      return "inflection";
    case WordEdit::Kind::kSpellingVariant:
      return "spelling";
    case WordEdit::Kind::kReplace:
      return "replace";
    case WordEdit::Kind::kInsert:
      return "insert";
    case WordEdit::Kind::kDelete:
      return "delete";
  }
  return "replace";
}

std::string match_json(std::string_view query, Language from, const Match& m) {
  const TranslationUnit& u = m.unit;
  const std::string_view source = from == Language::kEnglish ? u.en : u.ar;
  const std::string_view target = from == Language::kEnglish ? u.ar : u.en;
  std::string s = "{\"score\":" + std::to_string(m.score) + ",\"kind\":\"" +
                  std::string(match_kind_name(m.kind)) + "\",\"id\":" + std::to_string(u.id) +
                  ",\"source\":" + json_string(source) + ",\"target\":" + json_string(target) +
                  ",\"en\":" + json_string(u.en) + ",\"ar\":" + json_string(u.ar) +
                  ",\"en_locale\":" + json_string(u.en_locale) +
                  ",\"ar_locale\":" + json_string(u.ar_locale) + ",\"origins\":[";
  for (std::size_t k = 0; k < u.origins.size(); ++k) {
    s += std::string(k == 0 ? "" : ",") + "{\"document\":" + json_string(u.origins[k].document) +
         ",\"position\":" + std::to_string(u.origins[k].position) + "}";
  }
  s += "],\"confidence\":" + std::to_string(u.confidence) +
       ",\"usage_count\":" + std::to_string(u.usage_count) +
       ",\"created\":" + std::to_string(u.created) + ",\"changed\":" + std::to_string(u.changed) +
       ",\"creator\":" + json_string(u.creator) + ",\"changer\":" + json_string(u.changer) +
       ",\"notes\":" + json_string(u.notes) + ",\"tuid\":" + json_string(u.tuid) +
       ",\"client\":" + json_string(u.client) + ",\"domain\":" + json_string(u.domain) +
       ",\"project\":" + json_string(u.project) + ",\"diff\":[";
  for (std::size_t k = 0; k < m.edits.size(); ++k) {
    const WordEdit& e = m.edits[k];
    s += std::string(k == 0 ? "" : ",") + "{\"op\":\"" + std::string(edit_op(e.kind)) + "\"";
    if (e.query >= 0) {
      const Word& w = m.query_words[static_cast<std::size_t>(e.query)];
      s += ",\"query\":" + json_string(query.substr(w.begin, w.end - w.begin));
    }
    if (e.match >= 0) {
      const Word& w = m.match_words[static_cast<std::size_t>(e.match)];
      s += ",\"match\":" + json_string(source.substr(w.begin, w.end - w.begin));
    }
    s += "}";
  }
  return s + "]}";
}

}  // namespace

std::string lookup_json(std::string_view normalised_query, Language from,
                        const std::vector<Match>& matches) {
  std::string s = "{\"query\":" + json_string(normalised_query) + ",\"from\":\"" +
                  std::string(language_code(from)) + "\",\"matches\":[";
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (i > 0) s += ",";
    s += match_json(normalised_query, from, matches[i]);
  }
  return s + "]}";
}

std::string concordance_json(std::string_view phrase, Language lang,
                             const ConcordanceResult& result) {
  std::string s = "{\"phrase\":" + json_string(phrase) + ",\"lang\":\"" +
                  std::string(language_code(lang)) +
                  "\",\"truncated\":" + (result.truncated ? "true" : "false") + ",\"hits\":[";
  for (std::size_t i = 0; i < result.hits.size(); ++i) {
    const ConcordanceHit& h = result.hits[i];
    s += i == 0 ? "{" : ",{";
    s += "\"id\":" + std::to_string(h.unit.id) + ",\"en\":" + json_string(h.unit.en) +
         ",\"ar\":" + json_string(h.unit.ar) + ",\"spans\":[";
    for (std::size_t k = 0; k < h.spans.size(); ++k) {
      s += std::string(k == 0 ? "" : ",") + "[" + std::to_string(h.spans[k].first) + "," +
           std::to_string(h.spans[k].second) + "]";
    }
    s += "]}";
  }
  return s + "]}";
}

std::string stats_json(const StoreStats& st) {
  std::string s = "{\"database\":" + json_string(st.location) +
                  ",\"schema_version\":" + std::to_string(st.schema_version) +
                  ",\"units\":" + std::to_string(st.units) +
                  ",\"merged_units\":" + std::to_string(st.merged_units) +
                  ",\"aside\":" + std::to_string(st.aside) +
                  ",\"origins\":" + std::to_string(st.origins) +
                  ",\"documents\":" + std::to_string(st.documents) +
                  ",\"en_bytes\":" + std::to_string(st.en_bytes) +
                  ",\"ar_bytes\":" + std::to_string(st.ar_bytes) +
                  ",\"index_terms\":" + std::to_string(st.index_terms) +
                  ",\"file_bytes\":" + std::to_string(st.file_bytes) +
                  ",\"lexicon\":{\"en_words\":" + std::to_string(st.lexicon.en_words) +
                  ",\"ar_words\":" + std::to_string(st.lexicon.ar_words) +
                  ",\"pairs\":" + std::to_string(st.lexicon.pairs) +
                  ",\"sources\":" + std::to_string(st.lexicon.sources) + "},\"locales\":[";
  for (std::size_t i = 0; i < st.locales.size(); ++i) {
    s += std::string(i == 0 ? "" : ",") + "{\"en\":" + json_string(st.locales[i].en_locale) +
         ",\"ar\":" + json_string(st.locales[i].ar_locale) +
         ",\"units\":" + std::to_string(st.locales[i].units) + "}";
  }
  return s + "]}";
}

}  // namespace mizan::tm
