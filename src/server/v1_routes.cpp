// mizan's own API, version 1: the answers of `mizan lookup|concord|stats|term find|term suggest
// --format json` (tm/json.hpp, term/json.hpp) over HTTP, units added by POST, and the operator's
// /healthz and /metrics. docs/serve.md lists the parameters.

#include <cstdint>
#include <unordered_set>

#include "http.hpp"
#include "mizan/pipeline/term_usage.hpp"
#include "mizan/term/json.hpp"
#include "mizan/text/clean.hpp"
#include "mizan/text/json.hpp"
#include "mizan/tm/json.hpp"
#include "mizan/tm/maintenance.hpp"
#include "router.hpp"

namespace mizan::server {
namespace {

// The same bounds the CLI takes (lookup --min 0..100); a page of results at most, so that one
// request cannot ask for the whole memory.
constexpr long long kMaxResults = 1000;

void lookup(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string query = required_param(req, "q");
  tm::LookupOptions options;
  options.from = language_param(req, "from", query);
  options.min_score = static_cast<int>(int_param(req, "min", 70, 0, 100));
  options.max_results = static_cast<std::size_t>(int_param(req, "max", 5, 1, kMaxResults));
  options.previous = param(req, "prev").value_or("");
  std::vector<tm::Match> matches;
  {
    StorePool::Lease store = ctx.stores.lease();
    matches = store->lookup(query, options);
  }
  set_json(res, tm::lookup_json(tm::normalise_segment(query), options.from, matches));
}

void concord(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string phrase = required_param(req, "q");
  tm::ConcordanceOptions options;
  options.lang = language_param(req, "lang", phrase);
  options.max_results = static_cast<std::size_t>(int_param(req, "max", 20, 1, kMaxResults));
  tm::ConcordanceResult result;
  {
    StorePool::Lease store = ctx.stores.lease();
    result = store->concordance(phrase, options);
  }
  set_json(res, tm::concordance_json(phrase, options.lang, result));
}

const term::Recognizer& recognizer(const RouteContext& ctx) {
  if (!ctx.recognizer) {
    throw HttpError(404,
                    "no glossary in this database (add one with mizan term import, then "
                    "restart the server)");
  }
  return *ctx.recognizer;
}

void terms_find(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const term::Recognizer& rec = recognizer(ctx);
  const std::string text = text::clean(required_param(req, "text"));
  const Language lang = language_param(req, "lang", text);
  // As `mizan term find`: the other script's terms too (an English acronym in Arabic text).
  term::Recognizer::Scratch scratch;
  set_json(res, term::matches_json(rec, text, rec.find_in_either_script(text, lang, scratch)));
}

void terms_suggest(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const term::Recognizer& rec = recognizer(ctx);
  const std::string text = text::clean(required_param(req, "text"));
  const Language lang = language_param(req, "lang", text);
  const auto max_units = static_cast<std::size_t>(
      int_param(req, "max_units", static_cast<long long>(pipeline::kUsageUnitsPerForm), 1, 100000));
  term::UsageIndex usage(rec);
  std::unordered_set<std::size_t> truncated;
  {
    StorePool::Lease store = ctx.stores.lease();
    truncated = pipeline::usage_from_memory(*store, rec, text, lang, max_units, usage);
  }
  set_json(res, term::suggestions_json(term::suggest(rec, text, lang, &usage), truncated));
}

// POST /v1/units {"en", "ar", "note", "creator", "document", "position", "prev_en", "prev_ar"}:
// the fields of `mizan add`.
void add_unit(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const nlohmann::json body = parse_json_body(req, ctx.options.limits.max_json_depth);
  if (!body.is_object()) throw HttpError(400, "the body must be a JSON object");
  TranslationUnit unit;
  unit.en = string_member(body, "en", true);
  unit.ar = string_member(body, "ar", true);
  unit.notes = string_member(body, "note", false);
  unit.creator = string_member(body, "creator", false);
  unit.prev_en = string_member(body, "prev_en", false);
  unit.prev_ar = string_member(body, "prev_ar", false);
  const std::string document = string_member(body, "document", false);
  std::int64_t position = -1;
  if (const auto it = body.find("position"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
      throw HttpError(400, "\"position\" must be an integer >= 0");
    position = it->get<std::int64_t>();
  }
  if (!document.empty())
    unit.origins.push_back({document, position});
  else if (position >= 0)
    throw HttpError(400, "\"position\" needs \"document\"");
  tm::AddResult result;
  {
    StorePool::Lease store = ctx.stores.lease();
    result = store->add(unit);
  }
  const char* outcome = result.outcome == tm::AddOutcome::kAdded    ? "added"
                        : result.outcome == tm::AddOutcome::kMerged ? "merged"
                                                                    : "unchanged";
  set_json(res, std::string("{\"outcome\":\"") + outcome +
                    "\",\"id\":" + std::to_string(result.id) + "}");
  if (result.outcome == tm::AddOutcome::kAdded) res.status = 201;
}

// The user a change is recorded under (tm history): "who" in the body or query, else the
// server's own name, since a bearer token names no one.
std::string change_author(const httplib::Request& req, const nlohmann::json* body) {
  std::string who;
  if (body != nullptr) who = string_member(*body, "who", false);
  if (who.empty() && req.has_param("who")) who = req.get_param_value("who");
  return who.empty() ? std::string("mizan-serve") : who;
}

std::int64_t unit_id(const httplib::Request& req) {
  try {
    return std::stoll(std::string(req.matches[1]));
  } catch (const std::exception&) {
    throw HttpError(404, "no such unit");
  }
}

// PATCH /v1/units/ID {"en", "ar", "note", "who"}: the fields of `mizan edit`; answers the unit
// as it is now.
void edit_unit(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::int64_t id = unit_id(req);
  const nlohmann::json body = parse_json_body(req, ctx.options.limits.max_json_depth);
  if (!body.is_object()) throw HttpError(400, "the body must be a JSON object");
  tm::UnitEdit edit;
  if (body.contains("en")) edit.en = string_member(body, "en", true);
  if (body.contains("ar")) edit.ar = string_member(body, "ar", true);
  if (body.contains("note")) edit.notes = string_member(body, "note", false);
  if (!edit.en && !edit.ar && !edit.notes)
    throw HttpError(400, "nothing to change: give \"en\", \"ar\" or \"note\"");
  StorePool::Lease store = ctx.stores.lease();
  if (!store->get(id)) throw HttpError(404, "no unit #" + std::to_string(id));
  const TranslationUnit unit = store->edit(id, edit, change_author(req, &body));
  set_json(res, "{\"id\":" + std::to_string(unit.id) + ",\"en\":" + text::json_string(unit.en) +
                    ",\"ar\":" + text::json_string(unit.ar) +
                    ",\"note\":" + text::json_string(unit.notes) + "}");
}

// DELETE /v1/units/ID: `mizan rm ID` (recorded; `mizan undo` brings it back).
void remove_unit(RouteContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::int64_t id = unit_id(req);
  StorePool::Lease store = ctx.stores.lease();
  if (!store->get(id)) throw HttpError(404, "no unit #" + std::to_string(id));
  tm::RemoveSelection selection;
  selection.ids = {id};
  store->remove(selection, change_author(req, nullptr), /*dry_run=*/false);
  set_json(res, "{\"removed\":" + std::to_string(id) + "}");
}

void stats(RouteContext& ctx, const httplib::Request&, httplib::Response& res) {
  StorePool::Lease store = ctx.stores.lease();
  set_json(res, tm::stats_json(store->stats()));
}

void healthz(RouteContext& ctx, const httplib::Request&, httplib::Response& res) {
  // A worker can get a connection to the memory: the database opens and is a mizan database.
  StorePool::Lease store = ctx.stores.lease();
  set_json(res, "{\"status\":\"ok\"}");
}

void metrics(RouteContext& ctx, const httplib::Request&, httplib::Response& res) {
  tm::StoreStats st;
  {
    StorePool::Lease store = ctx.stores.lease();
    st = store->stats();
  }
  const std::string gauges =
      "# HELP mizan_memory_units Translation units in the memory.\n"
      "# TYPE mizan_memory_units gauge\n"
      "mizan_memory_units " +
      std::to_string(st.units) +
      "\n"
      "# HELP mizan_memory_file_bytes Size of the database file and its write-ahead log.\n"
      "# TYPE mizan_memory_file_bytes gauge\n"
      "mizan_memory_file_bytes " +
      std::to_string(st.file_bytes) +
      "\n"
      "# HELP process_resident_memory_bytes Resident memory of the server process.\n"
      "# TYPE process_resident_memory_bytes gauge\n"
      "process_resident_memory_bytes " +
      std::to_string(resident_memory_bytes()) + "\n";
  // Version 0.0.4 of the text format: what Prometheus scrapes by default.
  res.set_content(ctx.metrics.render(gauges), "text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace

void add_v1_routes(Router& router) {
  router.add("v1_lookup", "/v1/lookup", {{"GET", {Access::kRead, lookup}}});
  router.add("v1_concord", "/v1/concord", {{"GET", {Access::kRead, concord}}});
  router.add("v1_terms_find", "/v1/terms/find", {{"GET", {Access::kRead, terms_find}}});
  router.add("v1_terms_suggest", "/v1/terms/suggest", {{"GET", {Access::kRead, terms_suggest}}});
  router.add("v1_units", "/v1/units", {{"POST", {Access::kWrite, add_unit}}});
  router.add("v1_unit", "/v1/units/([0-9]+)",
             {{"PATCH", {Access::kWrite, edit_unit}}, {"DELETE", {Access::kWrite, remove_unit}}});
  router.add("v1_stats", "/v1/stats", {{"GET", {Access::kRead, stats}}});
  router.add("healthz", "/healthz", {{"GET", {Access::kOpen, healthz}}});
  router.add("metrics", "/metrics", {{"GET", {Access::kRead, metrics}}});
}

}  // namespace mizan::server
