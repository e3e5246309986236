// `mizan serve` on cpp-httplib (Debian's libcpp-httplib-dev): a thread per connection from a
// bounded pool, one Store per worker, every route wrapped by the Router.

#include "mizan/server/server.hpp"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

#include "http.hpp"
#include "mizan/core/error.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/lines.hpp"
#include "router.hpp"
#include "worker_pool.hpp"

namespace mizan::server {
namespace {

// Shortest token read_token_file accepts: the 32 hex digits of `openssl rand -hex 16`
// (docs/serve.md) are 128 bits; 16 characters are the floor below which guessing over a network
// becomes thinkable.
constexpr std::size_t kMinTokenLength = 16;
// Longest request target written to the access log; longer ones are cut (a lookup's text is in
// the target, and one line per request must stay a line).
constexpr std::size_t kLoggedTargetBytes = 300;

// The target as one printable line: control bytes, quotes and backslashes escaped, cut short.
std::string loggable(std::string_view target) {
  std::string out;
  for (const char ch : target.substr(0, kLoggedTargetBytes)) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(ch);
    }
  }
  if (target.size() > kLoggedTargetBytes) out += "...";
  return out;
}

// tmserver.py's prefixes are plain paths ("/tmserver", ""); only such are accepted, so that no
// regular-expression character slips into the route patterns.
void check_prefix(const std::string& prefix) {
  const bool plain = std::all_of(prefix.begin(), prefix.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '/' || c == '_' || c == '-';
  });
  if (!plain || (!prefix.empty() && (prefix.front() != '/' || prefix.back() == '/'))) {
    throw Error(ExitCode::kUsage,
                "--prefix must be empty or a path like /tmserver (letters, digits, '/', '_', "
                "'-'; no '/' at the end), not \"" +
                    prefix + "\"");
  }
}

// Now as an ISO 8601 UTC time to the second, the first field of an access log line.
std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

}  // namespace

RouteContext::RouteContext(ServerOptions server_options, Backend backend)
    : options(std::move(server_options)), stores(std::move(backend.open_store), options.threads) {
  if (!backend.glossary.empty()) {
    glossary = std::make_unique<const term::Glossary>(std::move(backend.glossary));
    recognizer = std::make_unique<const term::Recognizer>(*glossary);
  }
}

struct Server::Impl {
  Impl(ServerOptions options, Backend backend, LogFn log_fn)
      : context(std::move(options), std::move(backend)), log(std::move(log_fn)) {}

  void configure();

  RouteContext context;
  LogFn log;
  httplib::Server http;
  Router router{http, context};  // its handlers point at it: it lives as long as `http`
  int port = -1;
};

void Server::Impl::configure() {
  const ServerOptions& o = context.options;
  const Limits& limits = o.limits;
  http.new_task_queue = [threads = o.threads, queued = limits.max_queued_connections] {
    // The library takes ownership of the queue it is handed (a raw pointer by its API).
    return std::make_unique<WorkerPool>(threads, queued).release();
  };
  http.set_payload_max_length(limits.max_body_bytes);
  http.set_read_timeout(limits.read_timeout);
  http.set_write_timeout(limits.write_timeout);
  http.set_keep_alive_timeout(limits.keep_alive_timeout.count());
  http.set_keep_alive_max_count(limits.keep_alive_max_requests);
  // Small answers go out at once rather than after Nagle's 40 ms wait for more bytes.
  http.set_tcp_nodelay(true);

  // Checks of every request, routed or not: a malformed target or too many headers never reach
  // a route (nor the 404 of an unknown path).
  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    try {
      if (req.headers.size() > context.options.limits.max_headers) {
        throw HttpError(431, "more than " + std::to_string(context.options.limits.max_headers) +
                                 " header fields");
      }
      check_target(req);
    } catch (const HttpError& e) {
      set_json_error(res, e.status(), e.what());
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Answers the library makes itself (400 unparsable request, 404 no route, 413 body too large,
  // 414 target too long) get a JSON body like every other error.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* message = res.status == 404   ? "no such route (see docs/serve.md)"
                          : res.status == 413 ? "the request body is too large"
                          : res.status == 414 ? "the request target is too long"
                                              : "bad request";
    set_json_error(res, res.status, message);
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        set_json_error(res, 500, "internal error");
      });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    std::string timing = res.get_header_value("Server-Timing");
    if (timing.empty()) {
      context.metrics.record_unrouted(res.status);
      timing = "-";
    } else {
      timing = timing.substr(timing.find('=') + 1) + "ms";
    }
    log(utc_now() + " " + (req.remote_addr.empty() ? "-" : req.remote_addr) + " \"" + req.method +
        " " + loggable(req.target) + "\" " + std::to_string(res.status) + " " +
        std::to_string(res.body.size()) + " " + timing);
  });

  add_tmserver_routes(router, o.prefix);
  add_v1_routes(router);
}

Server::Server(ServerOptions options, Backend backend, LogFn log) {
  check_prefix(options.prefix);
  if (options.threads == 0) throw Error(ExitCode::kUsage, "--threads must be at least 1");
  if (!backend.open_store) throw Error(ExitCode::kUsage, "the server needs a store to open");
  impl_ = std::make_unique<Impl>(std::move(options), std::move(backend), std::move(log));
  impl_->configure();
}

Server::~Server() = default;

void Server::bind() {
  const ServerOptions& o = impl_->context.options;
  if (o.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(o.host);
  } else if (impl_->http.bind_to_port(o.host, o.port)) {
    impl_->port = o.port;
  }
  if (impl_->port <= 0) {
    throw Error(ExitCode::kTempFail, "cannot listen on " + o.host + ":" + std::to_string(o.port) +
                                         " (address in use, or not an address of this machine)");
  }
}

int Server::port() const {
  return impl_->port;
}

void Server::run() {
  if (impl_->port <= 0) bind();
  impl_->http.listen_after_bind();
}

void Server::stop() {
  impl_->http.stop();
}

std::vector<std::string> read_token_file(const std::string& path) {
  const std::string content = text::read_text_file(path);
  std::vector<std::string> tokens;
  text::LineReader lines(content);
  for (std::string_view line; lines.next(line);) {
    const std::string_view token = text::trim(line);
    if (token.empty() || token.front() == '#') continue;
    if (token.size() < kMinTokenLength) {
      throw Error(ExitCode::kConfig,
                  "a token shorter than " + std::to_string(kMinTokenLength) +
                      " characters is guessable; make one with: openssl rand -hex 16",
                  {.file = path, .line = lines.number()});
    }
    tokens.emplace_back(token);
  }
  if (tokens.empty()) throw Error(ExitCode::kConfig, "no token in the token file", {.file = path});
  return tokens;
}

}  // namespace mizan::server
