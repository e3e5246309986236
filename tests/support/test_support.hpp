#pragma once
// Helpers shared by the unit tests of several modules: each test binary used to carry its own
// copy of these.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>

#include "mizan/core/error.hpp"
#include "mizan/core/term_entry.hpp"
#include "mizan/core/translation_unit.hpp"

namespace mizan::testing {

/// Runs `f`, which must throw mizan::Error with `code` and a message containing `says`.
template <typename F>
void expect_error(F&& f, ExitCode code, std::string_view says) {
  try {
    std::forward<F>(f)();
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code);
    EXPECT_NE(e.message().find(says), std::string::npos) << e.message();
  }
}

/// A glossary entry with only its two sides and status.
inline TermEntry term_entry(std::string en, std::string ar,
                            TermStatus status = TermStatus::kPreferred) {
  TermEntry e;
  e.en = std::move(en);
  e.ar = std::move(ar);
  e.status = status;
  return e;
}

/// A unit with its two sides and, when `doc` is given, one origin.
inline TranslationUnit unit(std::string en, std::string ar, std::string doc = "",
                            std::int64_t pos = -1) {
  TranslationUnit u;
  u.en = std::move(en);
  u.ar = std::move(ar);
  if (!doc.empty()) u.origins.push_back({std::move(doc), pos});
  return u;
}

/// An empty folder of the running test's own, removed with everything in it afterwards. Each
/// test runs in a process of its own (gtest_discover_tests), several at once under ctest -j and
/// in the Release and sanitizer builds: the process id and the test's name keep them apart.
class TempDir {
 public:
  explicit TempDir(std::string_view prefix) {
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            (std::string(prefix) + "-" + std::to_string(::getpid()) + "-" +
             (test != nullptr ? test->name() : "none"));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string file(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace mizan::testing
