// Load benchmark of `mizan serve` (issue 17; not part of ctest): a 1,000,000-unit memory built
// from the l10n-en-ar.tsv pairs as tm_bench builds it, the same mix of exact and fuzzy lookups
// run in process (a Store per thread) and through the server (/v1/lookup, one keep-alive
// connection per client), at 1 and at 16 concurrent clients; then 4 writers and 16 readers for a
// while, after which every acknowledged write must be in the memory, with the server's resident
// memory sampled along the way. Loopback only; the load generator is bounded by its client count
// (each client waits for its answer before it sends the next request).
//
//   cmake --build build --target serve_bench
//   build/tests/bench/serve_bench --mizan build/mizan [--units 1000000] [--queries 2000]
//       [--clients 16] [--write-seconds 60] [--dir /tmp/mizan-serve-bench]

#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "mizan/core/language.hpp"
#include "mizan/tm/sqlite_store.hpp"
#include "tm_corpus.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using mizan::Language;

struct Config {
  std::string mizan = "build/mizan";
  std::string data = MIZAN_PAIRS_TSV;
  std::string dir = "/tmp/mizan-serve-bench";
  std::size_t units = 1'000'000;
  std::size_t queries = 2000;  // half exact, half fuzzy
  std::size_t clients = 16;
  int write_seconds = 60;
  std::size_t writers = 4;
};

struct Query {
  std::string text;
  Language from;
};

struct Latencies {
  std::vector<double> ms;
  double seconds = 0;  // wall time of the run
  std::size_t errors = 0;
  double percentile(double p) const {
    if (ms.empty()) return 0;
    std::vector<double> s = ms;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(s.size() - 1));
    std::nth_element(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(k), s.end());
    return s[k];
  }
  double throughput() const { return static_cast<double>(ms.size()) / seconds; }
};

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// The memory, built once per size and kept in --dir for the next run.
std::string build_memory(const Config& c, std::vector<Query>& queries) {
  const std::vector<mizan::bench::Pair> pairs = mizan::bench::load_pairs(c.data);
  std::vector<mizan::bench::ScaledUnit> units = mizan::bench::scale(pairs, c.units);
  // Exact queries: units spread over the memory, English and Arabic in turn.
  for (std::size_t i = 0; i < c.queries / 2; ++i) {
    const auto& u = units[mizan::bench::mix(i + 17) % units.size()];
    queries.push_back(i % 2 == 0 ? Query{u.en, Language::kEnglish}
                                 : Query{u.ar, Language::kArabic});
  }
  // Fuzzy queries: variations of pairs of 5+ English words (tm_bench's), both directions.
  const auto fuzzy = mizan::bench::make_queries(pairs, c.queries - queries.size(), 5, 42);
  for (std::size_t i = 0; i < fuzzy.size(); ++i) {
    queries.push_back(i % 2 == 0 ? Query{fuzzy[i].en, Language::kEnglish}
                                 : Query{fuzzy[i].ar, Language::kArabic});
  }
  // Exact and fuzzy interleaved, so that every slice of the list has the same mix.
  std::vector<Query> mixed;
  for (std::size_t i = 0; i < c.queries / 2; ++i) {
    mixed.push_back(queries[i]);
    if (c.queries / 2 + i < queries.size()) mixed.push_back(queries[c.queries / 2 + i]);
  }
  queries = std::move(mixed);

  std::filesystem::create_directories(c.dir);
  const std::string db = c.dir + "/serve-" + std::to_string(c.units) + ".db";
  if (std::filesystem::exists(db)) return db;
  std::cerr << "building " << db << " (" << units.size() << " units)...\n";
  const std::string partial = db + ".partial";
  for (const char* suffix : {"", "-wal", "-shm"})
    std::filesystem::remove(partial + suffix);
  {
    auto store = mizan::tm::open_sqlite_store({.path = partial});
    auto session = store->begin_import();
    for (const auto& u : units) {
      mizan::TranslationUnit t;
      t.en = u.en;
      t.ar = u.ar;
      session->add(t);
    }
    session->commit();
  }
  std::filesystem::rename(partial, db);
  return db;
}

// Runs `each(client, query)` over the queries split among `clients` threads; latency per query.
template <class Fn>
Latencies run_clients(const std::vector<Query>& queries, std::size_t clients, Fn each) {
  Latencies out;
  std::mutex mutex;
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (std::size_t c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      std::vector<double> mine;
      std::size_t errors = 0;
      auto worker = each(c);
      for (std::size_t i = c; i < queries.size(); i += clients) {
        const auto t = Clock::now();
        if (!worker(queries[i])) ++errors;
        mine.push_back(ms_since(t));
      }
      const std::lock_guard lock(mutex);
      out.ms.insert(out.ms.end(), mine.begin(), mine.end());
      out.errors += errors;
    });
  }
  for (auto& t : threads)
    t.join();
  out.seconds = ms_since(start) / 1000;
  return out;
}

// The in-process side keeps its stores across runs, as the server keeps one per worker: both
// sides then measure warm lookup state.
using Stores = std::vector<std::shared_ptr<mizan::tm::Store>>;

Stores open_stores(const std::string& db, std::size_t n) {
  Stores stores;
  for (std::size_t i = 0; i < n; ++i)
    stores.emplace_back(
        mizan::tm::open_sqlite_store({.path = db, .create = false, .read_only = true}));
  return stores;
}

Latencies in_process(const Stores& stores, const std::vector<Query>& queries, std::size_t clients) {
  return run_clients(queries, clients, [&](std::size_t c) {
    return [store = stores[c]](const Query& q) {
      mizan::tm::LookupOptions o;  // /v1/lookup's defaults: min 70, max 5
      o.from = q.from;
      store->lookup(q.text, o);
      return true;
    };
  });
}

Latencies over_http(int port, const std::vector<Query>& queries, std::size_t clients) {
  return run_clients(queries, clients, [&](std::size_t) {
    auto client = std::make_shared<httplib::Client>("127.0.0.1", port);
    client->set_keep_alive(true);
    client->set_read_timeout(std::chrono::seconds(60));
    return [client](const Query& q) {
      const httplib::Params params{{"q", q.text},
                                   {"from", q.from == Language::kEnglish ? "en" : "ar"}};
      const auto res = client->Get("/v1/lookup", params, httplib::Headers{});
      return res && res->status == 200;
    };
  });
}

// `mizan serve` on a free loopback port as a child process, stopped with SIGTERM when this goes
// out of scope. The port is read from its first line on stderr.
class ServerProcess {
 public:
  ServerProcess(const Config& c, const std::string& db, const std::string& tokens) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[1], 2);
      close(fds[0]);
      close(fds[1]);
      const std::string threads = std::to_string(c.clients + c.writers);
      execl(c.mizan.c_str(), c.mizan.c_str(), "serve", "--db", db.c_str(), "--listen",
            "127.0.0.1:0", "--threads", threads.c_str(), "--token-file", tokens.c_str(), "--quiet",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[1]);
    std::string first_line;
    for (char ch; first_line.find('\n') == std::string::npos && read(fds[0], &ch, 1) == 1;)
      first_line.push_back(ch);
    close(fds[0]);  // the server's later lines meet EPIPE, which it ignores
    const std::size_t at = first_line.find("127.0.0.1:");
    if (at == std::string::npos) {
      stop();
      throw std::runtime_error("the server did not start: " + first_line);
    }
    port_ = std::stoi(first_line.substr(at + 10));
  }
  int port() const { return port_; }
  ~ServerProcess() { stop(); }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;
  int stop() {
    if (pid_ <= 0) return status_;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return status_;
  }
  // VmRSS of the server in MB.
  double rss_mb() const {
    std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024;
    }
    return 0;
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  int status_ = 0;
};

struct WriteResult {
  std::size_t acknowledged = 0, errors = 0, lost = 0, reads = 0, read_errors = 0;
  std::vector<double> rss_mb;
  double write_p50 = 0, write_p99 = 0;
};

WriteResult writers_and_readers(const Config& c, const std::string& db, const std::string& token,
                                ServerProcess& server, const std::vector<Query>& queries) {
  const int port = server.port();
  WriteResult out;
  std::atomic<bool> stop{false};
  std::mutex mutex;
  std::vector<std::pair<std::int64_t, std::string>> written;  // id, English
  std::vector<double> write_ms;
  const std::string run =
      std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
  std::vector<std::thread> threads;
  for (std::size_t w = 0; w < c.writers; ++w) {
    threads.emplace_back([&, w] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(std::chrono::seconds(60));
      const httplib::Headers auth{{"Authorization", "Bearer " + token}};
      for (std::size_t n = 0; !stop; ++n) {
        const std::string en =
            "Load test write " + run + " " + std::to_string(w) + "-" + std::to_string(n) + ".";
        const std::string body = "{\"en\":\"" + en + "\",\"ar\":\"كتابة اختبار " +
                                 std::to_string(w) + "-" + std::to_string(n) + "\"}";
        const auto t = Clock::now();
        const auto res = client.Post("/v1/units", auth, body, "application/json");
        const double ms = ms_since(t);
        const std::lock_guard lock(mutex);
        if (res && res->status == 201) {
          const std::size_t at = res->body.find("\"id\":");
          written.emplace_back(std::stoll(res->body.substr(at + 5)), en);
          write_ms.push_back(ms);
        } else {
          ++out.errors;
        }
      }
    });
  }
  for (std::size_t r = 0; r < c.clients; ++r) {
    threads.emplace_back([&, r] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(std::chrono::seconds(60));
      std::size_t reads = 0, errors = 0;
      for (std::size_t i = r; !stop; i = (i + c.clients) % queries.size()) {
        const Query& q = queries[i];
        const auto res = client.Get(
            "/v1/lookup", {{"q", q.text}, {"from", q.from == Language::kEnglish ? "en" : "ar"}},
            httplib::Headers{});
        ++reads;
        if (!res || res->status != 200) ++errors;
      }
      const std::lock_guard lock(mutex);
      out.reads += reads;
      out.read_errors += errors;
    });
  }
  const auto start = Clock::now();
  while (ms_since(start) < c.write_seconds * 1000.0) {
    out.rss_mb.push_back(server.rss_mb());
    std::this_thread::sleep_for(std::chrono::seconds(5));
  }
  out.rss_mb.push_back(server.rss_mb());
  stop = true;
  for (auto& t : threads)
    t.join();
  const int status = server.stop();
  if (status != 0) std::cerr << "server exit status " << status << "\n";

  // Every acknowledged write must be in the memory after the server stopped.
  auto store = mizan::tm::open_sqlite_store({.path = db, .create = false, .read_only = true});
  for (const auto& [id, en] : written) {
    const auto unit = store->get(id);
    if (!unit || unit->en != en) ++out.lost;
  }
  out.acknowledged = written.size();
  Latencies w;
  w.ms = write_ms;
  out.write_p50 = w.percentile(0.5);
  out.write_p99 = w.percentile(0.99);
  return out;
}

// The machine is shared: the load average goes beside the numbers (docs/benchmarks.md).
std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one, five;
  in >> one >> five;
  return one + " " + five;
}

void row(const char* name, const Latencies& l) {
  std::printf("| %-28s | %7.2f | %7.2f | %8.0f | %zu |\n", name, l.percentile(0.5),
              l.percentile(0.99), l.throughput(), l.errors);
}

}  // namespace

int main(int argc, char** argv) {
  Config c;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--mizan")
      c.mizan = value;
    else if (flag == "--data")
      c.data = value;
    else if (flag == "--dir")
      c.dir = value;
    else if (flag == "--units")
      c.units = std::stoul(value);
    else if (flag == "--queries")
      c.queries = std::stoul(value);
    else if (flag == "--clients")
      c.clients = std::stoul(value);
    else if (flag == "--write-seconds")
      c.write_seconds = std::stoi(value);
    else {
      std::cerr << "unknown option " << flag << "\n";
      return 64;
    }
  }
  std::vector<Query> queries;
  const std::string db = build_memory(c, queries);
  const std::string token = "serve-bench-token-0123456789abcdef";
  const std::string tokens = c.dir + "/tokens";
  std::ofstream(tokens) << token << "\n";

  std::printf(
      "memory: %zu units; %zu queries (half exact, half fuzzy; en and ar in turn); "
      "load average %s\n\n",
      c.units, queries.size(), load_average().c_str());
  std::printf("| run | p50 ms | p99 ms | lookups/s | errors |\n|---|---|---|---|---|\n");
  const Stores stores = open_stores(db, c.clients);
  in_process(stores, queries, c.clients);  // warms the page cache and every store's state
  const Latencies local1 = in_process(stores, queries, 1);
  row("in process, 1 thread", local1);
  const Latencies localn = in_process(stores, queries, c.clients);
  row(("in process, " + std::to_string(c.clients) + " threads").c_str(), localn);
  {
    ServerProcess server(c, db, tokens);
    const int port = server.port();
    over_http(port, queries, c.clients);  // warms the server's connections and caches
    const Latencies http1 = over_http(port, queries, 1);
    row("mizan serve, 1 client", http1);
    const Latencies httpn = over_http(port, queries, c.clients);
    row(("mizan serve, " + std::to_string(c.clients) + " clients").c_str(), httpn);
    std::printf("\nserver overhead at p50: %+.1f %% (1 client), %+.1f %% (%zu clients)\n",
                100 * (http1.percentile(0.5) / local1.percentile(0.5) - 1),
                100 * (httpn.percentile(0.5) / localn.percentile(0.5) - 1), c.clients);
    std::printf("throughput: %.0f %% of in process (%zu clients)\n",
                100 * httpn.throughput() / localn.throughput(), c.clients);
  }
  {
    ServerProcess server(c, db, tokens);
    std::fflush(stdout);
    const WriteResult w = writers_and_readers(c, db, token, server, queries);
    std::printf(
        "\n%zu writers + %zu readers for %d s: %zu writes acknowledged (p50 %.2f ms, p99 "
        "%.2f ms), %zu write errors, %zu lost; %zu reads, %zu read errors\n",
        c.writers, c.clients, c.write_seconds, w.acknowledged, w.write_p50, w.write_p99, w.errors,
        w.lost, w.reads, w.read_errors);
    std::printf("load average at the end: %s\n", load_average().c_str());
    std::printf("server resident memory every 5 s (MB):");
    for (const double mb : w.rss_mb)
      std::printf(" %.0f", mb);
    std::printf("\n");
    return w.lost == 0 && w.errors == 0 && w.read_errors == 0 ? 0 : 1;
  }
}
