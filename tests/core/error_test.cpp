#include "mizan/core/error.hpp"

#include <gtest/gtest.h>

namespace mizan {
namespace {

TEST(Error, MessageNamesFileLineAndColumn) {
  const Error e(ExitCode::kDataError, "unexpected end", {.file = "a.tmx", .line = 3, .column = 7});
  EXPECT_STREQ(e.what(), "a.tmx:3:7: unexpected end");
  EXPECT_EQ(e.message(), "unexpected end");
  EXPECT_EQ(e.code(), ExitCode::kDataError);
}

TEST(Error, MessageNamesByteOffsetWhenNoLine) {
  const Error e(ExitCode::kDataError, "invalid UTF-8", {.file = "ar.txt", .offset = 1234});
  EXPECT_STREQ(e.what(), "ar.txt: byte 1234: invalid UTF-8");
}

TEST(Error, BareMessageWithoutLocation) {
  const Error e(ExitCode::kUsage, "no input");
  EXPECT_STREQ(e.what(), "no input");
}

TEST(Error, ExitCodesFollowSysexits) {
  EXPECT_EQ(static_cast<int>(ExitCode::kUsage), 64);
  EXPECT_EQ(static_cast<int>(ExitCode::kDataError), 65);
  EXPECT_EQ(static_cast<int>(ExitCode::kNoInput), 66);
  EXPECT_EQ(static_cast<int>(ExitCode::kIoError), 74);
}

}  // namespace
}  // namespace mizan
