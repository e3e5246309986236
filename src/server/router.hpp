#pragma once
// Routes as the server registers them: a path pattern, the methods it answers, whether each
// reads or writes, and the shared state its handlers use. The Router wraps every handler so that
// tokens, target checks, errors, metrics and the access log are the same for all of them.

#include <httplib.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "metrics.hpp"
#include "mizan/server/server.hpp"
#include "mizan/term/recognizer.hpp"
#include "store_pool.hpp"

namespace mizan::server {

/// What the handlers share; it outlives the HTTP server.
struct RouteContext {
  /// Takes the backend's store opener (one store per worker) and builds the recognizer of its
  /// glossary.
  RouteContext(ServerOptions server_options, Backend backend);

  ServerOptions options;
  StorePool stores;
  std::unique_ptr<const term::Glossary> glossary;      // null: no glossary in the database
  std::unique_ptr<const term::Recognizer> recognizer;  // over *glossary
  Metrics metrics;
};

/// Who may call a method: anyone (the health check of a load balancer or systemd), readers
/// (open unless ServerOptions::tokens_for_reads), or writers (a bearer token always).
enum class Access { kOpen, kRead, kWrite };

using RouteHandler =
    std::function<void(RouteContext&, const httplib::Request&, httplib::Response&)>;

struct Method {
  Access access = Access::kRead;
  RouteHandler handler;
};

class Router {
 public:
  Router(httplib::Server& http, RouteContext& context) : http_(http), context_(context) {}

  /// Registers `pattern` (a regular expression over the decoded path) under the name `route`
  /// (its metrics label) for the methods in `methods` ("GET", "POST", "PUT", "PATCH",
  /// "DELETE"); the other methods on the same path answer 405 with an Allow header.
  void add(const std::string& route, const std::string& pattern,
           const std::map<std::string, Method>& methods);

 private:
  void serve(const std::string& route, const Method& method, const httplib::Request& req,
             httplib::Response& res);

  httplib::Server& http_;
  RouteContext& context_;
};

void add_tmserver_routes(Router& router, const std::string& prefix);
void add_v1_routes(Router& router);

}  // namespace mizan::server
