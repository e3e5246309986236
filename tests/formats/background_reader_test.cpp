#include "mizan/formats/background_reader.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "mizan/core/error.hpp"

namespace mizan::formats {
namespace {

// A reader of `count` numbered units that fails after `fail_after` of them (when set), reports
// progress every 100 and counts what it produced.
struct FakeReader {
  std::size_t count = 10000;
  std::size_t fail_after = static_cast<std::size_t>(-1);
  std::atomic<std::size_t> produced{0};

  ImportSummary operator()(const std::string& path, const UnitCallback& on_unit,
                           const ProgressFn& progress) {
    ImportSummary summary;
    for (std::size_t i = 0; i < count; ++i) {
      if (i == fail_after) {
        throw Error(ExitCode::kDataError, "not well-formed",
                    {.file = path, .line = static_cast<std::int64_t>(i + 1)});
      }
      ImportedUnit u;
      u.unit.en = "unit " + std::to_string(i);
      u.where = {.file = path, .line = static_cast<std::int64_t>(i + 1)};
      ++produced;
      on_unit(std::move(u));
      ++summary.units;
      if (progress && (i + 1) % 100 == 0) progress(i + 1, count, "reading");
    }
    summary.skip({.file = path, .line = 7}, "no Arabic", "t7");
    return summary;
  }
};

FileReader as_reader(FakeReader& fake) {
  return [&](const std::string& p, const UnitCallback& u, const ProgressFn& pr) {
    return fake(p, u, pr);
  };
}

TEST(ReadInBackground, DeliversEveryUnitInOrderWithTheSummaryAndProgress) {
  FakeReader fake;
  std::vector<std::string> got;
  std::size_t last_done = 0;
  bool progress_in_order = true;
  const ImportSummary summary = read_in_background(
      as_reader(fake), "mem.tmx", [&](ImportedUnit&& u) { got.push_back(u.unit.en); },
      [&](std::size_t done, std::size_t total, std::string_view) {
        progress_in_order = progress_in_order && done > last_done && total == 10000;
        last_done = done;
      });
  ASSERT_EQ(got.size(), 10000u);
  for (std::size_t i = 0; i < got.size(); ++i)
    ASSERT_EQ(got[i], "unit " + std::to_string(i));
  EXPECT_EQ(summary.units, 10000u);
  ASSERT_EQ(summary.skipped.size(), 1u);
  EXPECT_EQ(summary.skipped.items()[0].record, "t7");
  EXPECT_TRUE(progress_in_order);
  EXPECT_EQ(last_done, 10000u);
}

TEST(ReadInBackground, UnitsBeforeAReaderErrorArriveThenTheError) {
  FakeReader fake;
  fake.fail_after = 1000;
  std::size_t got = 0;
  try {
    read_in_background(as_reader(fake), "bad.tmx", [&](ImportedUnit&&) { ++got; });
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kDataError);
    EXPECT_EQ(e.where().line, 1001);
  }
  EXPECT_EQ(got, 1000u);
}

TEST(ReadInBackground, AConsumerErrorStopsTheReader) {
  FakeReader fake;
  fake.count = 1'000'000;
  std::size_t got = 0;
  EXPECT_THROW(read_in_background(as_reader(fake), "big.tmx",
                                  [&](ImportedUnit&&) {
                                    if (++got == 10) throw std::runtime_error("disk full");
                                  }),
               std::runtime_error);
  EXPECT_EQ(got, 10u);
  // It read at most what fits in flight beyond the failing unit, not the whole file.
  EXPECT_LT(fake.produced.load(), 10000u);
}

}  // namespace
}  // namespace mizan::formats
