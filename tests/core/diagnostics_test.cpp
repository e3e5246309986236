#include "mizan/core/diagnostics.hpp"

#include <gtest/gtest.h>

namespace mizan {
namespace {

TEST(Diagnostics, DescribeNamesFileLineAndRecord) {
  Diagnostics d;
  d.add({.file = "mem.tmx", .line = 12}, "no Arabic variant", "tu-7");
  d.add({.file = "g.tsv", .line = 3}, "empty Arabic term");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(describe(d.items()[0]), "mem.tmx:12: [tu-7] no Arabic variant");
  EXPECT_EQ(describe(d.items()[1]), "g.tsv:3: empty Arabic term");
}

}  // namespace
}  // namespace mizan
