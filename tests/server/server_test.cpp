// The server's pieces that need no socket: URL checks, tokens, the token file, the metrics text
// and the bounded worker queue. The routes themselves are tested end to end (serve_test.py).

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "http.hpp"
#include "metrics.hpp"
#include "mizan/core/error.hpp"
#include "mizan/server/server.hpp"
#include "worker_pool.hpp"

namespace mizan::server {
namespace {

TEST(PercentEscapes, WellFormedEscapesPass) {
  EXPECT_EQ(find_bad_percent_escape("/tmserver/en/ar/unit/a%20b%2Fc%D9%85"), std::string::npos);
  EXPECT_EQ(find_bad_percent_escape("/v1/lookup?q=100%25"), std::string::npos);
}

TEST(PercentEscapes, BadEscapeIsFoundAtItsByte) {
  EXPECT_EQ(find_bad_percent_escape("/unit/ab%zz"), 8u);
  EXPECT_EQ(find_bad_percent_escape("/unit/ab%2"), 8u);  // cut short at the end
  EXPECT_EQ(find_bad_percent_escape("/unit/%"), 6u);
  EXPECT_EQ(find_bad_percent_escape("/a%20%g0"), 5u);  // the second one
}

TEST(Tokens, OnlyABearerTokenOfTheListIsValid) {
  const std::vector<std::string> tokens = {"0123456789abcdef0123", "fedcba9876543210fedc"};
  httplib::Request req;
  EXPECT_FALSE(has_valid_token(req, tokens));
  req.set_header("Authorization", "Bearer fedcba9876543210fedc");
  EXPECT_TRUE(has_valid_token(req, tokens));
  httplib::Request prefix;
  prefix.set_header("Authorization", "Bearer fedcba9876543210fed");
  EXPECT_FALSE(has_valid_token(prefix, tokens));
  httplib::Request longer;
  longer.set_header("Authorization", "Bearer fedcba9876543210fedcX");
  EXPECT_FALSE(has_valid_token(longer, tokens));
  httplib::Request basic;
  basic.set_header("Authorization", "Basic fedcba9876543210fedc");
  EXPECT_FALSE(has_valid_token(basic, tokens));
}

class TokenFile : public ::testing::Test {
 protected:
  std::string write(const std::string& content) {
    std::ofstream(path_) << content;
    return path_;
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string path_ =
      (std::filesystem::temp_directory_path() / ("mizan-tokens-" + std::to_string(::getpid())))
          .string();
};

TEST_F(TokenFile, CommentsAndBlankLinesAreSkippedAndTokensTrimmed) {
  const auto tokens =
      read_token_file(write("# writers\n\n  0123456789abcdef  \r\nabcdefghijklmnop\n"));
  EXPECT_EQ(tokens, (std::vector<std::string>{"0123456789abcdef", "abcdefghijklmnop"}));
}

TEST_F(TokenFile, ShortTokenIsAConfigErrorWithItsLine) {
  try {
    read_token_file(write("# writers\n0123456789abcdef\nsecret\n"));
    FAIL() << "a 6-character token was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kConfig);
    EXPECT_EQ(e.where().line, 3);
  }
}

TEST_F(TokenFile, EmptyFileIsAConfigError) {
  try {
    read_token_file(write("# nobody yet\n"));
    FAIL() << "a file without tokens was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kConfig);
  }
}

TEST(MetricsText, CountersAndCumulativeHistogram) {
  Metrics m;
  m.record("v1_lookup", 200, std::chrono::microseconds(800));  // <= 1 ms
  m.record("v1_lookup", 200, std::chrono::milliseconds(30));   // <= 50 ms
  m.record("v1_lookup", 400, std::chrono::microseconds(50));
  m.record_unrouted(404);
  const std::string text = m.render("extra_gauge 1\n");
  EXPECT_NE(text.find("mizan_http_requests_total{route=\"v1_lookup\",status=\"200\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("mizan_http_requests_total{route=\"unrouted\",status=\"404\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("mizan_http_errors_total{route=\"v1_lookup\"} 1\n"), std::string::npos);
  EXPECT_NE(text.find("mizan_http_errors_total{route=\"unrouted\"} 1\n"), std::string::npos);
  // Buckets count every observation at or under their bound.
  EXPECT_NE(text.find("_bucket{route=\"v1_lookup\",le=\"0.001\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("_bucket{route=\"v1_lookup\",le=\"0.025\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("_bucket{route=\"v1_lookup\",le=\"0.05\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("_bucket{route=\"v1_lookup\",le=\"+Inf\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("mizan_http_request_duration_seconds_count{route=\"v1_lookup\"} 3\n"),
            std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 14), "extra_gauge 1\n");
}

TEST(WorkerPoolBound, EnqueueWaitsWhenTheQueueIsFull) {
  WorkerPool pool(1, 1);
  std::atomic<bool> release{false};
  std::atomic<int> done{0};
  const auto blocker = [&] {
    while (!release)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ++done;
  };
  pool.enqueue(blocker);  // taken by the one worker
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  pool.enqueue(blocker);  // fills the queue of one
  std::atomic<bool> third_queued{false};
  std::thread producer([&] {
    pool.enqueue([&] { ++done; });
    third_queued = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(third_queued) << "the queue took a task beyond its bound";
  release = true;
  producer.join();
  EXPECT_TRUE(third_queued);
  pool.shutdown();  // runs what is queued first
  EXPECT_EQ(done, 3);
}

}  // namespace
}  // namespace mizan::server
