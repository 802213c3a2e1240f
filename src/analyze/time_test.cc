// One case per pattern: the text found, its type and TIMEX3 value, against
// an anchor of Monday 2025-05-19 unless said otherwise.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsfuse/timestamp.h"
#include "newsfuse/times.h"

namespace newsfuse {
namespace {

Timestamp Anchor(const char* iso = "2025-05-19T12:00:00+03:00") {
  return *ParseTimestamp(iso);
}

struct Case {
  const char* sentence;
  const char* found;  // the expression's text
  const char* type;
  const char* value;
};

void ExpectFirst(const Case& c, std::optional<Timestamp> anchor) {
  std::vector<TimeExpression> all = FindTimesIn(c.sentence, anchor);
  ASSERT_FALSE(all.empty()) << c.sentence;
  const TimeExpression& t = all[0];
  EXPECT_EQ(t.text.In(c.sentence), c.found) << c.sentence;
  EXPECT_EQ(TimeTypeName(t.type), c.type) << c.sentence;
  EXPECT_EQ(t.value, c.value) << c.sentence;
}

TEST(TimesTest, AbsoluteDates) {
  for (const Case& c : std::vector<Case>{
           {"Talks began on May 19, 2025 in Istanbul.", "May 19, 2025",
            "DATE", "2025-05-19"},
           {"Talks began on 19 May 2025.", "19 May 2025", "DATE",
            "2025-05-19"},
           {"Published 2025-05-19.", "2025-05-19", "DATE", "2025-05-19"},
           {"Filed on 5/19/2025 in court.", "5/19/2025", "DATE",
            "2025-05-19"},
           {"Filed on 19/5/2025 in court.", "19/5/2025", "DATE",
            "2025-05-19"},
           {"Prices rose in May 2025.", "May 2025", "DATE", "2025-05"},
           {"The war began in 2022.", "2022", "DATE", "2022"},
           {"Since March 2022, prices rose.", "March 2022", "DATE",
            "2022-03"},
           {"Monday, May 19th, 2025, was calm.", "Monday, May 19th, 2025",
            "DATE", "2025-05-19"},
           {"It happened on the 19th of May.", "19th of May", "DATE",
            "2025-05-19"},
           {"Music of the 1990s.", "1990s", "DATE", "199"},
           {"Profits fell in the third quarter of 2024.",
            "third quarter of 2024", "DATE", "2024-Q3"},
       }) {
    ExpectFirst(c, Anchor());
  }
}

TEST(TimesTest, Weekdays) {
  for (const Case& c : std::vector<Case>{
           {"Putin said on Monday that talks would go on.", "Monday", "DATE",
            "2025-05-19"},
           {"The two met on Friday.", "Friday", "DATE", "2025-05-16"},
           {"They will meet on Friday.", "Friday", "DATE", "2025-05-23"},
           {"Friday's talks are in Istanbul.", "Friday", "DATE",
            "2025-05-23"},
           {"He arrived last Monday.", "last Monday", "DATE", "2025-05-12"},
           {"They meet next Tuesday.", "next Tuesday", "DATE", "2025-05-20"},
       }) {
    ExpectFirst(c, Anchor());
  }
}

TEST(TimesTest, Relative) {
  for (const Case& c : std::vector<Case>{
           {"He spoke today.", "today", "DATE", "2025-05-19"},
           {"He spoke yesterday.", "yesterday", "DATE", "2025-05-18"},
           {"He speaks tomorrow.", "tomorrow", "DATE", "2025-05-20"},
           {"Prices fell last week.", "last week", "DATE", "2025-W20"},
           {"Talks resume next week.", "next week", "DATE", "2025-W22"},
           {"Drones hit Kyiv over the weekend.", "the weekend", "DATE",
            "2025-W20-WE"},
           {"He said so earlier in the day.", "earlier in the day", "DATE",
            "2025-05-19"},
           {"He spoke this morning.", "this morning", "TIME",
            "2025-05-19TMO"},
           {"It began three years ago.", "three years ago", "DATE", "2022"},
           {"Talks resume in two weeks.", "two weeks", "DATE", "2025-W23"},
           {"Prices rose last month.", "last month", "DATE", "2025-04"},
           {"He left last year.", "last year", "DATE", "2024"},
           {"Explosions were heard last night.", "last night", "TIME",
            "2025-05-18TNI"},
           {"The talks are over now.", "now", "DATE", "PRESENT_REF"},
           {"It happened late last year.", "late last year", "DATE", "2024"},
           {"It opened in March.", "March", "DATE", "2025-03"},
       }) {
    ExpectFirst(c, Anchor());
  }
}

TEST(TimesTest, ClockTimes) {
  for (const Case& c : std::vector<Case>{
           {"Talks start at 5 p.m. Moscow time.", "5 p.m. Moscow time",
            "TIME", "2025-05-19T17:00"},
           {"Polls close at 10 a.m. Eastern.", "10 a.m. Eastern", "TIME",
            "2025-05-19T10:00"},
           {"Polls close at 10 am.", "10 am", "TIME", "2025-05-19T10:00"},
           {"The call began at 17:00 GMT.", "17:00 GMT", "TIME",
            "2025-05-19T17:00Z"},
           {"They meet at noon.", "noon", "TIME", "2025-05-19T12:00"},
           {"Talks start Monday at 5 p.m.", "Monday at 5 p.m.", "TIME",
            "2025-05-19T17:00"},
           {"Markets closed at 1400 GMT.", "1400 GMT", "TIME",
            "2025-05-19T14:00Z"},
       }) {
    ExpectFirst(c, Anchor());
  }
  TimeExpression t = FindTimesIn("at 5 p.m. Moscow time", Anchor())[0];
  EXPECT_EQ(t.time, "17:00");
  EXPECT_EQ(t.tz, "+03:00");
  t = FindTimesIn("at 10 a.m. Eastern", Anchor())[0];
  EXPECT_EQ(t.tz, "-04:00");  // daylight saving time in May
  t = FindTimesIn("at 10 a.m. Eastern", Anchor("2025-01-10"))[0];
  EXPECT_EQ(t.tz, "-05:00");
}

TEST(TimesTest, DurationsAndSets) {
  for (const Case& c : std::vector<Case>{
           {"They talked for three hours.", "three hours", "DURATION",
            "PT3H"},
           {"He proposed a 30-day ceasefire.", "30-day", "DURATION", "P30D"},
           {"The war has lasted for years.", "years", "DURATION", "PXY"},
           {"Prices rose over the past three years.",
            "the past three years", "DURATION", "P3Y"},
           {"They talked for a week.", "a week", "DURATION", "P1W"},
           {"They meet every week.", "every week", "SET", "P1W"},
           {"They meet daily.", "daily", "SET", "P1D"},
           {"They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"},
           {"They meet twice a year.", "twice a year", "SET", "P1Y"},
       }) {
    ExpectFirst(c, Anchor());
  }
}

TEST(TimesTest, WithoutAnchor) {
  TimeExpression t = FindTimesIn("He spoke yesterday.", std::nullopt)[0];
  EXPECT_EQ(t.value, "");
  EXPECT_TRUE(t.relative);
  EXPECT_EQ(t.day_offset, -1);
  t = FindTimesIn("They meet tomorrow.", std::nullopt)[0];
  EXPECT_EQ(t.day_offset, 1);
  t = FindTimesIn("He spoke today.", std::nullopt)[0];
  EXPECT_EQ(t.day_offset, 0);
  t = FindTimesIn("They met on Monday.", std::nullopt)[0];
  EXPECT_EQ(t.value, "");
  EXPECT_EQ(t.weekday, "Monday");
  EXPECT_TRUE(t.relative);
  t = FindTimesIn("at 5 p.m. Moscow time", std::nullopt)[0];
  EXPECT_EQ(t.value, "");
  EXPECT_EQ(t.time, "17:00");
  EXPECT_EQ(t.tz, "+03:00");
  t = FindTimesIn("On May 19, 2025 it rained.", std::nullopt)[0];
  EXPECT_EQ(t.value, "2025-05-19");
  EXPECT_FALSE(t.relative);
}

TEST(TimesTest, WeekdaysAnchorDayOffset) {
  TimeExpression t = FindTimesIn("They met on Friday.", Anchor())[0];
  EXPECT_EQ(t.day_offset, -3);
  EXPECT_EQ(t.weekday, "Friday");
  t = FindTimesIn("He spoke yesterday.", Anchor())[0];
  EXPECT_EQ(t.weekday, "Sunday");
}

TEST(TimesTest, BadInputIsUnresolved) {
  for (const char* s : {"It happened on February 30, 2025.",
                        "It happened on 2025-02-30.",
                        "It happened on 13/13/2025.",
                        "It happened on May 19, 2500.",
                        "It happened on 19 May 0900.",
                        "Talks at 5 p.m. Narnia time.",
                        "The clock read 25:00."}) {
    std::vector<TimeExpression> all = FindTimesIn(s, Anchor());
    ASSERT_FALSE(all.empty()) << s;
    EXPECT_EQ(all[0].value, "") << s;
    EXPECT_EQ(all[0].tz, "") << s;
  }
  // February 29 exists in leap years only.
  EXPECT_EQ(FindTimesIn("on February 29, 2024", Anchor())[0].value,
            "2024-02-29");
  EXPECT_EQ(FindTimesIn("on February 29, 2025", Anchor())[0].value, "");
}

TEST(TimesTest, NotTimes) {
  for (const char* s : {"You may go.", "They march on.", "He has 2,000 men.",
                        "A 3-1 win.", "Population 1500000.",
                        "Mon Dieu", "the first time"}) {
    EXPECT_TRUE(FindTimesIn(s, Anchor()).empty()) << s;
  }
}

TEST(TimesTest, ExpressionsAtTheEnd) {
  // A clock time or a number that ends the text: nothing read past it.
  for (const char* s : {"at 5", "at 5 p.m.", "at 17:00", "at 5 p", "(",
                        "1400", "May 19,", "every", "the", "a", "last Monday",
                        "next Friday,", "earlier", "late -"}) {
    FindTimesIn(s, Anchor());
  }
  EXPECT_EQ(FindTimesIn("at 17:00", Anchor())[0].time, "17:00");
  // Every prefix of text dense with patterns (run under ASan in CI).
  std::string dense =
      "On Monday, May 19th, 2025 at 5 p.m. (Moscow time) and 19/5/2025, "
      "2025-05-19 or 1400 GMT; last week, the past three years, a 30-day "
      "truce every other Monday, twice a year, earlier in the day, late "
      "last year, in two weeks, three years ago, the 1990s, noon ET, "
      "the third quarter of 2024, until Friday night, 10 a.m. Eastern.";
  for (size_t n = 0; n <= dense.size(); ++n) {
    for (const TimeExpression& t : FindTimesIn(dense.substr(0, n), Anchor())) {
      EXPECT_LE(t.text.end, n);
    }
  }
}

TEST(TimesTest, NormalizeTime) {
  Result<TimeExpression> t = NormalizeTime("5 p.m. Moscow time", Anchor());
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->value, "2025-05-19T17:00");
  EXPECT_FALSE(NormalizeTime("no time here", Anchor()).ok());
}

}  // namespace
}  // namespace newsfuse
