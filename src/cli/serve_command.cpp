// mizan serve: the memory and its glossary over HTTP (the server module), until SIGTERM/SIGINT.

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <exception>
#include <iostream>
#include <mutex>
#include <thread>

#include "commands.hpp"
#include "common.hpp"
#include "mizan/core/error.hpp"
#include "mizan/server/server.hpp"
#include "tm_options.hpp"

namespace mizan::cli {
namespace {

// "127.0.0.1:8470", "[::1]:8470", "0.0.0.0:80" into host and port.
void parse_listen(const std::string& listen, server::ServerOptions& options) {
  const std::size_t colon = listen.rfind(':');
  const auto bad = [&] {
    return Error(ExitCode::kUsage,
                 "--listen must be HOST:PORT (127.0.0.1:8470, [::1]:8470), not \"" + listen + "\"");
  };
  if (colon == std::string::npos || colon == 0) throw bad();
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  int port = -1;
  try {
    std::size_t used = 0;
    port = std::stoi(listen.substr(colon + 1), &used);
    if (used != listen.size() - colon - 1) port = -1;
  } catch (const std::exception&) {
    port = -1;
  }
  if (port < 0 || port > 65535) throw bad();
  options.host = host;
  options.port = port;
}

}  // namespace

int run_serve(const std::vector<std::string>& args) {
  po::options_description options("options");
  DbOptions db;
  server::ServerOptions server_options;
  std::string listen = "127.0.0.1:8470", token_file;
  std::size_t max_body = server_options.limits.max_body_bytes;
  int timeout = static_cast<int>(server_options.limits.read_timeout.count());
  bool quiet = false;
  options.add_options()("listen", po::value(&listen)->default_value(listen),
                        "address and port (loopback by default; 0.0.0.0:8470 for the network)")(
      "threads", po::value(&server_options.threads)->default_value(server_options.threads),
      "workers: connections served at once (each with its own database connection)")(
      "token-file", po::value(&token_file),
      "bearer tokens allowed to write, one per line (no file: the server takes no writes)")(
      "token-reads", po::bool_switch(&server_options.tokens_for_reads),
      "reads need a token too (everything but /healthz)")(
      "prefix", po::value(&server_options.prefix)->default_value(server_options.prefix),
      "path of the tmserver routes ({prefix}/{slang}/{tlang}/unit/{text})")(
      "max-candidates",
      po::value(&server_options.tmserver_max_candidates)
          ->default_value(server_options.tmserver_max_candidates),
      "tmserver suggestions per request at most")(
      "min-quality",
      po::value(&server_options.tmserver_min_quality)
          ->default_value(server_options.tmserver_min_quality),
      "tmserver suggestions below this quality (0-100) are left out")(
      "max-body", po::value(&max_body)->default_value(max_body), "largest request body, in bytes")(
      "timeout", po::value(&timeout)->default_value(timeout),
      "seconds a client may stall while sending a request or taking an answer, or keep an "
      "idle connection open")("quiet", po::bool_switch(&quiet), "no access log line per request");
  add_db_options(options, db);
  po::positional_options_description positional;
  po::variables_map vm;
  if (parse_command_line(args,
                         "mizan serve [--db FILE] [--listen HOST:PORT] [--threads N] "
                         "[--token-file F [--token-reads]] [--prefix /tmserver]",
                         "  mizan serve --db team.db\n"
                         "  mizan serve --db team.db --listen 0.0.0.0:8470 --token-file "
                         "/etc/mizan/tokens",
                         options, positional, vm)) {
    return 0;
  }
  parse_listen(listen, server_options);
  if (timeout < 1) throw Error(ExitCode::kUsage, "--timeout must be at least 1 second");
  if (server_options.tmserver_min_quality < 0 || server_options.tmserver_min_quality > 100)
    throw Error(ExitCode::kUsage, "--min-quality must be 0..100");
  server_options.limits.max_body_bytes = max_body;
  server_options.limits.read_timeout = server_options.limits.write_timeout =
      server_options.limits.keep_alive_timeout = std::chrono::seconds(timeout);
  if (!token_file.empty()) server_options.tokens = server::read_token_file(token_file);
  if (server_options.tokens_for_reads && server_options.tokens.empty())
    throw Error(ExitCode::kUsage, "--token-reads needs --token-file");

  // A server without tokens takes no writes, so it opens the memory as a reader would (and a
  // missing file is exit 66); with tokens it creates the file like `mizan add`.
  const StoreUse use = server_options.tokens.empty() ? StoreUse::kRead : StoreUse::kWrite;
  open_store(db, use);  // fails now, with the usual message and exit code, rather than per request
  server::Backend backend;
  backend.open_store = [db, use] { return open_store(db, use); };
  backend.glossary = open_term_store(db, StoreUse::kRead)->load();

  std::mutex log_mutex;
  const auto log = [&log_mutex, quiet](std::string_view line) {
    if (quiet) return;
    const std::lock_guard lock(log_mutex);
    std::cerr << line << '\n' << std::flush;
  };
  const std::size_t glossary_entries = backend.glossary.entries().size();
  server::Server http(server_options, std::move(backend), log);

  // SIGTERM and SIGINT are taken by sigwait below, not by a handler: blocked here, before any
  // worker starts, so every thread inherits the mask. SIGPIPE is blocked too: a client that hangs
  // up makes a write fail with EPIPE instead of killing the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  sigset_t blocked = stop_signals;
  sigaddset(&blocked, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &blocked, nullptr);

  http.bind();
  {
    const std::lock_guard lock(log_mutex);
    std::cerr << "mizan serve: listening on http://" << server_options.host << ":" << http.port()
              << " (" << resolve_db_path(db) << ", " << server_options.threads << " threads, "
              << glossary_entries << " glossary entries, writes "
              << (server_options.tokens.empty() ? "off" : "with a token") << ")\n"
              << std::flush;
  }
  std::exception_ptr failure;
  std::thread serving([&] {
    try {
      http.run();
    } catch (...) {
      failure = std::current_exception();
    }
    kill(getpid(), SIGTERM);  // wakes the sigwait below when serving ends on its own
  });
  int signal_number = 0;
  sigwait(&stop_signals, &signal_number);
  {
    const std::lock_guard lock(log_mutex);
    std::cerr << "mizan serve: stopping (" << (signal_number == SIGINT ? "SIGINT" : "SIGTERM")
              << "): finishing the requests in flight\n"
              << std::flush;
  }
  http.stop();
  serving.join();
  if (failure) std::rethrow_exception(failure);
  std::cerr << "mizan serve: stopped\n";
  return 0;
}

}  // namespace mizan::cli
