#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "newsfuse/article.h"
#include "newsfuse/timestamp.h"

namespace newsfuse {
namespace {

// 2025-05-19T00:00:00Z
constexpr int64_t kMay19 = 1747612800;

std::string Iso(std::string_view s) {
  std::optional<Timestamp> t = ParseTimestamp(s);
  return t ? t->ToIso8601() : "<none>";
}

TEST(ParseTimestampTest, IsoDateOnly) {
  std::optional<Timestamp> t = ParseTimestamp("2025-05-19");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->epoch_seconds, kMay19);
  EXPECT_FALSE(t->has_time);
  EXPECT_FALSE(t->utc_offset_minutes.has_value());
  EXPECT_EQ(t->ToIso8601(), "2025-05-19");
}

TEST(ParseTimestampTest, IsoLocalTimeWithoutZoneCountsAsUtc) {
  std::optional<Timestamp> t = ParseTimestamp("2025-05-19T10:00:00");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->epoch_seconds, kMay19 + 10 * 3600);
  EXPECT_TRUE(t->has_time);
  EXPECT_FALSE(t->utc_offset_minutes.has_value());
  EXPECT_EQ(t->ToIso8601(), "2025-05-19T10:00:00");
}

TEST(ParseTimestampTest, IsoOffsetsAreApplied) {
  std::optional<Timestamp> t = ParseTimestamp("2025-05-19T10:00:00+03:00");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->epoch_seconds, kMay19 + 7 * 3600);
  EXPECT_EQ(t->utc_offset_minutes, 180);
  EXPECT_EQ(t->ToIso8601(), "2025-05-19T10:00:00+03:00");
  EXPECT_EQ(Iso("2025-05-19T10:00:00+0300"), "2025-05-19T10:00:00+03:00");
  EXPECT_EQ(Iso("2025-05-19T10:00:00+03"), "2025-05-19T10:00:00+03:00");
  EXPECT_EQ(Iso("2025-05-19T22:15:00-05:30"), "2025-05-19T22:15:00-05:30");
  EXPECT_EQ(Iso("2025-05-19T10:00:00Z"), "2025-05-19T10:00:00Z");
  EXPECT_EQ(ParseTimestamp("2025-05-19T10:00:00Z")->epoch_seconds,
            kMay19 + 10 * 3600);
}

TEST(ParseTimestampTest, IsoFractionsSpacesAndShortTimes) {
  EXPECT_EQ(Iso("2025-05-19T10:00:00.123456Z"), "2025-05-19T10:00:00Z");
  EXPECT_EQ(Iso("2025-05-19 10:00:00"), "2025-05-19T10:00:00");
  EXPECT_EQ(Iso("2025-05-19T10:30"), "2025-05-19T10:30:00");
  EXPECT_EQ(Iso("  2025-05-19 10:30:05 UTC \n"), "2025-05-19T10:30:05Z");
}

TEST(ParseTimestampTest, OffsetCanCrossMidnight) {
  std::optional<Timestamp> t = ParseTimestamp("2025-05-19T01:00:00+03:00");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->epoch_seconds, kMay19 - 2 * 3600);  // May 18, 22:00 UTC
  EXPECT_EQ(t->ToIso8601(), "2025-05-19T01:00:00+03:00");
}

TEST(ParseTimestampTest, Rfc822) {
  std::optional<Timestamp> t = ParseTimestamp("Mon, 19 May 2025 14:00:00 GMT");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->epoch_seconds, kMay19 + 14 * 3600);
  EXPECT_EQ(t->utc_offset_minutes, 0);
  EXPECT_EQ(t->ToIso8601(), "2025-05-19T14:00:00Z");
  EXPECT_EQ(Iso("Mon, 19 May 2025 14:00:00 +0300"),
            "2025-05-19T14:00:00+03:00");
  EXPECT_EQ(Iso("19 May 2025 09:00:00 EST"), "2025-05-19T09:00:00-05:00");
  EXPECT_EQ(ParseTimestamp("19 May 2025 09:00:00 EST")->epoch_seconds,
            kMay19 + 14 * 3600);
  EXPECT_EQ(Iso("Mon, 19 May 25 14:00 -0700"), "2025-05-19T14:00:00-07:00");
  EXPECT_EQ(Iso("Tue, 20 May 2025 08:00:00 PDT"), "2025-05-20T08:00:00-07:00");
}

TEST(ParseTimestampTest, ProseDates) {
  EXPECT_EQ(Iso("May 19, 2025"), "2025-05-19");
  EXPECT_EQ(Iso("19 May 2025"), "2025-05-19");
  EXPECT_EQ(Iso("Monday, May 19th, 2025"), "2025-05-19");
  EXPECT_EQ(Iso("september 1, 2024"), "2024-09-01");
  EXPECT_EQ(Iso("Sept. 1, 2024"), "2024-09-01");
  EXPECT_EQ(Iso("May 19, 2025 10:30 AM EDT"), "2025-05-19T10:30:00-04:00");
  EXPECT_EQ(Iso("May 19, 2025 12:05 am"), "2025-05-19T00:05:00");
  EXPECT_EQ(Iso("May 19, 2025 9:05 PM"), "2025-05-19T21:05:00");
  EXPECT_FALSE(ParseTimestamp("May 19, 2025")->has_time);
}

TEST(ParseTimestampTest, LeapYears) {
  EXPECT_EQ(Iso("2024-02-29"), "2024-02-29");
  EXPECT_EQ(Iso("2000-02-29"), "2000-02-29");
  EXPECT_EQ(Iso("1900-02-29"), "<none>");
  EXPECT_EQ(Iso("2025-02-29"), "<none>");
}

TEST(ParseTimestampTest, RejectsGarbageAndImpossibleValues) {
  for (const char* bad :
       {"", "   ", "yesterday", "2025-13-01", "2025-05-32", "2025-05-19T25:00",
        "2025-05-19T10:61", "2025-05-19X", "2025-05-19T10:00:00+25:00",
        "May 2025", "19 2025", "May May 19 2025", "19 May 2025 blah",
        "2025-05-19T10:00:00 XYZ", "12345", "May 19, 2025 +0300",
        "2025-5-19"}) {
    EXPECT_FALSE(ParseTimestamp(bad).has_value()) << bad;
  }
}

TEST(TimestampTest, ToIso8601OfTheEpochAndBeforeIt) {
  Timestamp t;
  EXPECT_EQ(t.ToIso8601(), "1970-01-01");
  t.epoch_seconds = -1;
  t.has_time = true;
  EXPECT_EQ(t.ToIso8601(), "1969-12-31T23:59:59");
}

TEST(TimestampTest, RoundTripsThroughParse) {
  for (const char* s : {"2025-05-19", "2025-05-19T10:00:00",
                        "2025-05-19T10:00:00Z", "1999-12-31T23:59:59-08:00"}) {
    EXPECT_EQ(Iso(s), s);
    EXPECT_EQ(ParseTimestamp(Iso(s)), ParseTimestamp(s));
  }
}

}  // namespace
}  // namespace newsfuse
