// translate-toolkit's tmserver protocol (translate/services/tmserver.py), as Weblate's "tmserver"
// machinery, amaGama and Virtaal speak it:
//   GET  {prefix}/{slang}/{tlang}/unit/{text}   suggestions: [{"source", "target", "context",
//                                               "quality"}], best first
//   PUT|POST {prefix}/{slang}/{tlang}/unit/{text}  add {"source", "target"} (a write)
//   POST {prefix}/{slang}/{tlang}/store/{name}  add a list of them: "added N units from NAME"
//   GET  {prefix}/{slang}/{tlang}/store/{name}  the memory's statistics
//   GET  {prefix}/languages/                    {"sourceLanguages", "targetLanguages"} (amaGama's
//                                               route, which Weblate asks first)
// tmserver.py leaves unit DELETE and store PUT/DELETE unimplemented ("FIXME"); here they are 501.

#include <algorithm>
#include <optional>

#include "http.hpp"
#include "mizan/core/translation_unit.hpp"
#include "mizan/text/json.hpp"
#include "mizan/tm/json.hpp"
#include "router.hpp"

namespace mizan::server {
namespace {

// "en", "en_US", "en-GB" -> English; "ar", "ar_SA" -> Arabic (Weblate sends lower case with '_').
std::optional<Language> tmserver_language(std::string code) {
  code = code.substr(0, code.find_first_of("_-@"));
  std::transform(code.begin(), code.end(), code.begin(),
                 [](unsigned char c) { return static_cast<char>(c | 0x20); });
  if (code == "en") return Language::kEnglish;
  if (code == "ar") return Language::kArabic;
  return std::nullopt;
}

// The direction of a request, or nullopt when mizan holds no units for it (tmserver answers
// such a pair with no suggestions, and so does mizan).
std::optional<Language> source_language(const httplib::Request& req) {
  const std::optional<Language> from = tmserver_language(req.matches[1]);
  const std::optional<Language> to = tmserver_language(req.matches[2]);
  if (!from || !to || *from == *to) return std::nullopt;
  return from;
}

Language writable_source_language(const httplib::Request& req) {
  const std::optional<Language> from = source_language(req);
  if (!from) {
    throw HttpError(400, "mizan keeps English-Arabic units; " + std::string(req.matches[1]) + "/" +
                             std::string(req.matches[2]) + " is not such a pair");
  }
  return *from;
}

void suggest(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::optional<Language> from = source_language(req);
  if (!from) return set_json(res, "[]");
  tm::LookupOptions lookup;
  lookup.from = *from;
  lookup.min_score = ctx.options.tmserver_min_quality;
  lookup.max_results = ctx.options.tmserver_max_candidates;
  std::vector<tm::Match> matches;
  {
    StorePool::Lease store = ctx.stores.lease();
    matches = store->lookup(req.matches[3].str(), lookup);
  }
  std::string out = "[";
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const TranslationUnit& u = matches[i].unit;
    const bool en = *from == Language::kEnglish;
    // tmserver's quality is a similarity 0..100 and Weblate reads it as such: a 101% context
    // match is a 100.
    out += std::string(i ? "," : "") + "{\"source\":" + text::json_string(en ? u.en : u.ar) +
           ",\"target\":" + text::json_string(en ? u.ar : u.en) +
           ",\"context\":\"\",\"quality\":" + std::to_string(std::min(matches[i].score, 100)) + "}";
  }
  set_json(res, out + "]");
}

TranslationUnit unit_of(const nlohmann::json& item, Language from, const std::string& document) {
  if (!item.is_object()) throw HttpError(400, "a unit must be a JSON object");
  const std::string source = string_member(item, "source", true);
  const std::string target = string_member(item, "target", true);
  TranslationUnit unit;
  unit.en = from == Language::kEnglish ? source : target;
  unit.ar = from == Language::kEnglish ? target : source;
  unit.notes = string_member(item, "context", false);
  if (!document.empty()) unit.origins.push_back({document, -1});
  return unit;
}

// All units in one transaction: a bad one refuses the request and writes nothing.
std::size_t add_units(RouteContext& ctx, const std::vector<TranslationUnit>& units) {
  StorePool::Lease store = ctx.stores.lease();
  const std::unique_ptr<tm::ImportSession> session = store->begin_import();
  for (const TranslationUnit& u : units)
    session->add(u);
  session->commit();
  return units.size();
}

void add_unit(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const Language from = writable_source_language(req);
  const nlohmann::json body = parse_json_body(req, ctx.options.limits.max_json_depth);
  add_units(ctx, {unit_of(body, from, {})});
  res.set_content("", "text/plain");  // tmserver.py answers an empty 200
}

void add_store(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const Language from = writable_source_language(req);
  const nlohmann::json body = parse_json_body(req, ctx.options.limits.max_json_depth);
  if (!body.is_array()) throw HttpError(400, "a store upload is a JSON list of units");
  std::vector<TranslationUnit> units;
  units.reserve(body.size());
  const std::string name = req.matches[3];
  for (const nlohmann::json& item : body)
    units.push_back(unit_of(item, from, name));
  const std::size_t added = add_units(ctx, units);
  res.set_content("added " + std::to_string(added) + " units from " + name, "text/plain");
}

void store_stats(RouteContext& ctx, const httplib::Request&, httplib::Response& res) {
  StorePool::Lease store = ctx.stores.lease();
  set_json(res, tm::stats_json(store->stats()));
}

void languages(RouteContext&, const httplib::Request&, httplib::Response& res) {
  set_json(res, R"({"sourceLanguages":["ar","en"],"targetLanguages":["ar","en"]})");
}

[[noreturn]] void not_implemented(RouteContext&, const httplib::Request&, httplib::Response&) {
  throw HttpError(501,
                  "not implemented (tmserver leaves it unimplemented too); use mizan import "
                  "for files");
}

}  // namespace

void add_tmserver_routes(Router& router, const std::string& prefix) {
  const std::string pair = prefix + "/([^/]+)/([^/]+)";
  router.add("tmserver_languages", prefix + "/languages/?", {{"GET", {Access::kRead, languages}}});
  router.add("tmserver_unit", pair + "/unit/(.+)",
             {{"GET", {Access::kRead, suggest}},
              {"PUT", {Access::kWrite, add_unit}},
              {"POST", {Access::kWrite, add_unit}},
              {"DELETE", {Access::kWrite, not_implemented}}});
  router.add("tmserver_store", pair + "/store/(.+)",
             {{"GET", {Access::kRead, store_stats}},
              {"POST", {Access::kWrite, add_store}},
              {"PUT", {Access::kWrite, not_implemented}},
              {"DELETE", {Access::kWrite, not_implemented}}});
}

}  // namespace mizan::server
