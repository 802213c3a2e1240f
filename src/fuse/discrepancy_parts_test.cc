#include "fuse/discrepancy_parts.h"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>
#include <string>
#include <vector>

namespace newsfuse::fuse {
namespace {

// IntervalValue writes numbers as a default std::ostream does; it no
// longer uses one, so compare with one.
std::string Streamed(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

TEST(IntervalValueTest, NumbersAsAStreamWritesThem) {
  for (double v : {0.0, -0.0, 1.0, 2.5, 270.0, -3.0, 1000.0, 0.1, 1e-5,
                   123456.0, 1234567.0, 1e6, 1e21, 3.14159265, 999999.5,
                   -1234.5678}) {
    Quantity q;
    q.low = v;
    q.high = v;
    EXPECT_EQ(IntervalValue(q), Streamed(v));
  }
}

TEST(IntervalValueTest, OpenEndsUnitAndEach) {
  Quantity q;
  q.low = 270;
  q.unit = "km";
  EXPECT_EQ(IntervalValue(q), "[270, ∞] km");
  q.low = 1000;
  q.high = 1000;
  q.unit.clear();
  q.each = true;
  EXPECT_EQ(IntervalValue(q), "1000 each");
  q = Quantity();
  q.high = 5;
  EXPECT_EQ(IntervalValue(q), "[-∞, 5]");
}

TEST(JaccardTest, SharedOverAll) {
  using V = std::vector<std::string_view>;
  EXPECT_EQ(Jaccard(V{}, V{}), 0);
  EXPECT_EQ(Jaccard(V{"a", "b"}, V{}), 0);
  EXPECT_EQ(Jaccard(V{"a", "b", "c"}, V{"b", "c", "d"}), 0.5);
  EXPECT_EQ(Jaccard(V{"a", "b"}, V{"a", "b"}), 1);
  EXPECT_DOUBLE_EQ(Jaccard(V{"ab", "b"}, V{"a", "b", "c"}), 0.25);
}

}  // namespace
}  // namespace newsfuse::fuse
