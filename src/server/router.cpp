#include "router.hpp"

#include <chrono>
#include <cstdio>

#include "http.hpp"
#include "mizan/core/error.hpp"

namespace mizan::server {
namespace {

// The HTTP status for a library error: the client's data (400), a missing thing (404), a
// database busy with another writer past the busy timeout (503: try again), else 500.
int status_of(const Error& e) {
  switch (e.code()) {
    case ExitCode::kUsage:
    case ExitCode::kDataError:
      return 400;
    case ExitCode::kNoInput:
      return 404;
    case ExitCode::kTempFail:
      return 503;
    default:
      return 500;
  }
}

}  // namespace

void Router::add(const std::string& route, const std::string& pattern,
                 const std::map<std::string, Method>& methods) {
  std::string allow;
  for (const auto& [name, method] : methods)
    allow += (allow.empty() ? "" : ", ") + name;
  const auto handler_for = [&](const std::string& name) -> httplib::Server::Handler {
    const auto it = methods.find(name);
    if (it == methods.end()) {
      return [this, route, allow, name](const httplib::Request& req, httplib::Response& res) {
        serve(route,
              {Access::kOpen,
               [allow, name](RouteContext&, const httplib::Request&, httplib::Response& r) {
                 r.set_header("Allow", allow);
                 throw HttpError(405, name + " is not allowed here; allowed: " + allow);
               }},
              req, res);
      };
    }
    return [this, route, method = it->second](const httplib::Request& req, httplib::Response& res) {
      serve(route, method, req, res);
    };
  };
  http_.Get(pattern, handler_for("GET"));
  http_.Post(pattern, handler_for("POST"));
  http_.Put(pattern, handler_for("PUT"));
  http_.Patch(pattern, handler_for("PATCH"));
  http_.Delete(pattern, handler_for("DELETE"));
}

void Router::serve(const std::string& route, const Method& method, const httplib::Request& req,
                   httplib::Response& res) {
  const auto start = std::chrono::steady_clock::now();
  const ServerOptions& options = context_.options;
  try {
    const bool needs_token = method.access == Access::kWrite ||
                             (method.access == Access::kRead && options.tokens_for_reads);
    if (needs_token && options.tokens.empty()) {
      throw HttpError(403,
                      "this server takes no writes (start it with --token-file to allow "
                      "them)");
    }
    if (needs_token && !has_valid_token(req, options.tokens)) {
      res.set_header("WWW-Authenticate", "Bearer realm=\"mizan\"");
      throw HttpError(401, req.has_header("Authorization")
                               ? "the bearer token is not one of this server's"
                               : "this needs an Authorization: Bearer token");
    }
    method.handler(context_, req, res);
  } catch (const HttpError& e) {
    set_json_error(res, e.status(), e.what());
  } catch (const Error& e) {
    set_json_error(res, status_of(e), e.what());
  } catch (const std::exception& e) {
    // A bug or an exhausted resource: the client learns that much, the server keeps serving.
    set_json_error(res, 500, std::string("internal error: ") + e.what());
  }
  const auto latency = std::chrono::steady_clock::now() - start;
  context_.metrics.record(route, res.status, latency);
  // Server-Timing (W3C) carries the latency to the access log line (and to curious clients).
  char timing[48];
  std::snprintf(timing, sizeof timing, "app;dur=%.3f",
                std::chrono::duration<double, std::milli>(latency).count());
  res.set_header("Server-Timing", timing);
}

}  // namespace mizan::server
