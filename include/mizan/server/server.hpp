#pragma once
// `mizan serve`: the translation memory and its glossary over HTTP, for a team and for the tools
// that already speak translate-toolkit's tmserver protocol (Weblate, amaGama and Virtaal clients).
// The routes, their JSON and the limits are described in docs/serve.md. The HTTP library stays
// inside src/server; this header names none of it.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/term/glossary.hpp"
#include "mizan/tm/store.hpp"

namespace mizan::server {

/// What one request and one connection may cost the server. The defaults suit a team's memory
/// on a LAN; the tests lower the timeouts.
struct Limits {
  /// Largest request body (a unit is a few KB; 1 MiB leaves room for a tmserver store upload of a
  /// few hundred units). A larger one is answered 413 without being kept.
  std::size_t max_body_bytes = std::size_t{1} << 20;
  /// Most header fields in a request (browsers send about 15); more is 431.
  std::size_t max_headers = 64;
  /// Most nesting of a JSON body: a unit is an object of strings (depth 1), a tmserver store
  /// upload a list of them (depth 2). Deeper bodies are refused before they are built.
  int max_json_depth = 8;
  /// Longest wait for the next bytes of a request, and for the client to take the answer's
  /// bytes: a client that stalls longer is cut off (a slow client holds a worker only so long).
  std::chrono::seconds read_timeout{5};
  std::chrono::seconds write_timeout{5};
  /// How long an idle keep-alive connection keeps its worker, and how many requests one
  /// connection may send before it is closed (so that no client holds a worker for ever).
  std::chrono::seconds keep_alive_timeout{5};
  std::size_t keep_alive_max_requests = 1000;
  /// Connections accepted but waiting for a worker; when the queue is full the server stops
  /// accepting until a worker is free (the kernel's listen backlog holds the rest).
  std::size_t max_queued_connections = 256;
};

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback unless the operator says otherwise
  int port = 8470;                 // 0: any free port (ask Server::port())
  /// Workers: each serves one connection at a time and owns its own Store.
  std::size_t threads = 16;
  /// Where the tmserver routes live: {prefix}/{slang}/{tlang}/unit/{text}. tmserver.py's
  /// command line mounts them at /tmserver.
  std::string prefix = "/tmserver";
  /// Bearer tokens that may write. None: every write is refused (403).
  std::vector<std::string> tokens;
  /// Reads need a token too (a memory that must not be read by everyone on the network).
  bool tokens_for_reads = false;
  /// The tmserver routes' defaults, tmserver.py's (--max-candidates 3, --min-similarity 75).
  std::size_t tmserver_max_candidates = 3;
  int tmserver_min_quality = 75;
  Limits limits;
};

/// What the server reads and writes.
struct Backend {
  /// Opens a connection to the memory; called once per worker that needs one (a Store is used
  /// from one thread at a time).
  std::function<std::unique_ptr<tm::Store>()> open_store;
  /// The glossary behind /v1/terms/*, read once at start; empty: those routes answer 404.
  term::Glossary glossary;
};

/// Gets the access log (one line per request) and the server's notes. Called from the workers
/// at once: the callee serialises its writes.
using LogFn = std::function<void(std::string_view line)>;

/// The HTTP server. Construct, bind(), then run() on one thread; stop() from any other thread
/// ends run() after the requests in flight are answered.
class Server {
 public:
  Server(ServerOptions options, Backend backend, LogFn log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds the listening socket (kTempFail when the address is taken or cannot be bound).
  void bind();
  /// The port bound (the one the kernel chose when ServerOptions::port was 0).
  int port() const;
  /// Serves until stop(); returns once every worker has finished its request.
  void run();
  /// Stops accepting, lets the requests in flight finish; run() then returns. Thread-safe.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The tokens of a token file: one per line, blank lines and lines starting with # ignored,
/// white space around a token trimmed. kNoInput when it cannot be read, kConfig when it holds no
/// token or a token shorter than 16 characters (a guessable token is no protection).
std::vector<std::string> read_token_file(const std::string& path);

}  // namespace mizan::server
