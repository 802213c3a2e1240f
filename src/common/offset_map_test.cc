#include <gtest/gtest.h>

#include "newsfuse/span.h"

namespace newsfuse {
namespace {

TEST(OffsetMapTest, IdentityMapsEachByteToItself) {
  OffsetMap m = OffsetMap::Identity(10);
  EXPECT_EQ(m.ToOriginal({2, 7}), (Span{2, 7}));
  EXPECT_EQ(m.derived_size(), 10u);
}

TEST(OffsetMapTest, ReplacedPieceMapsToWholeOriginalRange) {
  // "a&amp;b" -> "a&b"
  OffsetMap m;
  m.AppendCopy(0, 1);
  m.AppendReplaced(1, 6, 1);
  m.AppendCopy(6, 1);
  EXPECT_EQ(m.ToOriginal({1, 2}), (Span{1, 6}));
  EXPECT_EQ(m.ToOriginal({0, 3}), (Span{0, 7}));
  EXPECT_EQ(m.ToOriginal({2, 3}), (Span{6, 7}));
}

TEST(OffsetMapTest, InsertedSeparatorHasEmptyOriginal) {
  OffsetMap m;
  m.AppendCopy(0, 3);         // "abc"
  m.AppendReplaced(3, 3, 1);  // '\n' not in the input
  m.AppendCopy(10, 3);        // "xyz"
  EXPECT_EQ(m.ToOriginal({4, 7}), (Span{10, 13}));
  EXPECT_EQ(m.ToOriginal({0, 7}), (Span{0, 13}));
}

TEST(OffsetMapTest, ContiguousCopiesMerge) {
  OffsetMap m;
  m.AppendCopy(5, 2);
  m.AppendCopy(7, 3);
  EXPECT_EQ(m.ToOriginal({1, 4}), (Span{6, 9}));
}

TEST(OffsetMapTest, ComposeKeepsExactBytesThroughTwoMaps) {
  // original "xx&amp;yy" -> body "&yy" (drop "xx", decode) -> text "yy".
  OffsetMap body;
  body.AppendReplaced(2, 7, 1);
  body.AppendCopy(7, 2);
  OffsetMap text;
  text.AppendCopy(1, 2);
  OffsetMap composed = text.ComposeWith(body);
  EXPECT_EQ(composed.ToOriginal({0, 2}), (Span{7, 9}));
  OffsetMap whole = OffsetMap::Identity(3).ComposeWith(body);
  EXPECT_EQ(whole.ToOriginal({0, 1}), (Span{2, 7}));
  EXPECT_EQ(whole.ToOriginal({0, 3}), (Span{2, 9}));
}

// The cursor only saves searching: in order, out of order or across long
// jumps, it gives what the plain lookup gives.
TEST(OffsetMapTest, CursorLookupsMatchPlainOnes) {
  OffsetMap m;
  for (uint32_t i = 0; i < 40; ++i) {
    if (i % 3 == 2) {
      m.AppendReplaced(10 * i, 10 * i + 4, 1 + i % 2);
    } else {
      m.AppendCopy(10 * i + 1, 1 + i % 5);
    }
  }
  size_t cursor = 0;
  for (uint32_t b = 0; b <= m.derived_size() + 1; ++b) {
    for (uint32_t e : {b, b + 1, b + 3, b + 40}) {
      EXPECT_EQ(m.ToOriginal({b, e}, &cursor), m.ToOriginal({b, e}))
          << b << " " << e;
    }
  }
  size_t back = 0;
  EXPECT_EQ(m.ToOriginal({60, 70}, &back), m.ToOriginal({60, 70}));
  EXPECT_EQ(m.ToOriginal({3, 9}, &back), m.ToOriginal({3, 9}));
}

TEST(OffsetMapTest, OutOfRangeClamps) {
  OffsetMap m = OffsetMap::Identity(4);
  EXPECT_EQ(m.ToOriginal({2, 100}), (Span{2, 4}));
  EXPECT_EQ(m.ToOriginal({9, 9}), (Span{4, 4}));
  OffsetMap empty;
  EXPECT_EQ(empty.ToOriginal({0, 3}), (Span{0, 0}));
}

}  // namespace
}  // namespace newsfuse
