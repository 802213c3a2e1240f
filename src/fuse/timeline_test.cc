// The story clock, the timeline and the discrepancies, on made-up articles
// whose time expressions and quantities are set by hand (the analyze stage
// that finds them is tested on its own).
#include "newsfuse/timeline.h"

#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <vector>

#include "fuse/fuse_testing.h"
#include "fuse/story_time.h"
#include "newsfuse/discrepancies.h"
#include "newsfuse/timestamp.h"

namespace newsfuse {
namespace {

using fuse::testing::Analyzed;
using fuse::testing::Fuse;

uint32_t SentenceAt(const Article& a, uint32_t pos) {
  for (uint32_t i = 0; i < a.sentences.size(); ++i) {
    if (a.sentences[i].text.begin <= pos && pos < a.sentences[i].text.end) {
      return i;
    }
  }
  return 0;
}

// Marks the first occurrence of `text` in `a` as a time expression.
TimeExpression& AddTime(Article& a, const std::string& text,
                        std::string weekday, std::string value = "") {
  auto pos = static_cast<uint32_t>(a.text.find(text));
  EXPECT_NE(pos, std::string::npos) << text;
  std::erase_if(a.times, [&](const TimeExpression& found) {
    return found.text.begin < pos + text.size() && pos < found.text.end;
  });  // the test's own reading replaces what analyze found there
  TimeExpression& t = a.times.emplace_back();
  t.text = {pos, pos + static_cast<uint32_t>(text.size())};
  t.sentence = SentenceAt(a, pos);
  t.weekday = std::move(weekday);
  t.value = std::move(value);
  return t;
}

Quantity& AddQuantity(Article& a, const std::string& text, double low,
                      std::optional<double> high, std::string counted) {
  auto pos = static_cast<uint32_t>(a.text.find(text));
  EXPECT_NE(pos, std::string::npos) << text;
  std::erase_if(a.quantities, [&](const Quantity& found) {
    return found.text.begin < pos + text.size() && pos < found.text.end;
  });  // the test's own reading replaces what analyze found there
  Quantity& q = a.quantities.emplace_back();
  q.text = {pos, pos + static_cast<uint32_t>(text.size())};
  q.sentence = SentenceAt(a, pos);
  q.low = low;
  q.high = high;
  q.counted = std::move(counted);
  return q;
}

TEST(StoryClockTest, UndatedWeekdaysShareOneShortWeek) {
  Article a = Analyzed("a", {"Talks began Friday. The call is on Monday."});
  Article b = Analyzed("b", {"He posted on Saturday. Drones hit on Sunday."});
  AddTime(a, "Friday", "Friday");
  AddTime(a, "on Monday", "Monday");
  AddTime(b, "on Saturday", "Saturday");
  AddTime(b, "on Sunday", "Sunday");
  fuse::StoryClock clock({&a, &b});
  EXPECT_EQ(clock.ReferenceDate(), "");
  EXPECT_EQ(clock.Place(a.times[0])->day_offset, -3);
  EXPECT_EQ(clock.Place(b.times[0])->day_offset, -2);
  EXPECT_EQ(clock.Place(b.times[1])->day_offset, -1);
  EXPECT_EQ(clock.Place(a.times[1])->day_offset, 0);
  EXPECT_EQ(clock.Place(a.times[1])->date, "");
}

TEST(StoryClockTest, DatedStoryUsesTheWeekEndingOnItsLatestDay) {
  Article a = Analyzed("a", {"Talks began Friday. At 5 p.m. Moscow time."});
  a.published = ParseTimestamp("2025-05-19T08:00:00Z");  // a Monday
  AddTime(a, "Friday", "Friday");
  TimeExpression& t = AddTime(a, "At 5 p.m. Moscow time", "", "2025-05-19");
  t.time = "17:00";
  t.tz = "+03:00";
  fuse::StoryClock clock({&a});
  EXPECT_EQ(clock.ReferenceDate(), "2025-05-19");
  std::optional<fuse::StoryDay> friday = clock.Place(a.times[0]);
  ASSERT_TRUE(friday);
  EXPECT_EQ(friday->day_offset, -3);
  EXPECT_EQ(friday->date, "2025-05-16");
  std::optional<fuse::StoryDay> call = clock.Place(a.times[1]);
  ASSERT_TRUE(call);
  EXPECT_EQ(call->time, "14:00");
  EXPECT_EQ(call->tz, "+00:00");
  EXPECT_EQ(call->weekday, "Monday");
}

TEST(StoryClockTest, AnUnplaceableExpressionIsLeftOut) {
  Article a = Analyzed("a", {"It happened yesterday."});
  TimeExpression& t = AddTime(a, "yesterday", "");
  t.day_offset = -1;
  t.relative = true;
  fuse::StoryClock clock({&a});
  EXPECT_FALSE(clock.Place(t));
}

TEST(TimelineTest, FactsInDayOrderWithTheirSources) {
  Article a = Analyzed("a", {"The mayor will visit the harbour on Monday.",
                             "Divers searched the wreck of the ferry on "
                             "Saturday."});
  Article b = Analyzed("b", {"Divers searched the wreck of the ferry on "
                             "Saturday morning."});
  AddTime(a, "on Monday", "Monday");
  AddTime(a, "on Saturday", "Saturday");
  AddTime(b, "on Saturday", "Saturday");
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  std::vector<TimelineEntry> t = BuildTimeline(brief);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].when.weekday, "Saturday");
  EXPECT_EQ(t[0].when.day_offset, -2);
  EXPECT_EQ(t[0].sources, (std::vector<std::string>{a.id, b.id}));
  EXPECT_EQ(t[1].when.weekday, "Monday");
  EXPECT_EQ(t[1].said_as, "on Monday");
}

const Discrepancy* OfKind(const std::vector<Discrepancy>& ds,
                          const std::string& kind) {
  for (const Discrepancy& d : ds) {
    if (d.kind == kind) return &d;
  }
  return nullptr;
}

TEST(DiscrepanciesTest, ConflictingCountsOfOneFact) {
  Article a = Analyzed("a", {"Rescuers pulled 120 passengers from the cold "
                             "water near the harbour on Tuesday night."});
  Article b = Analyzed("b", {"Rescuers pulled 95 passengers from the cold "
                             "water near the harbour on Tuesday night."});
  AddQuantity(a, "120 passengers", 120, 120, "passengers");
  AddQuantity(b, "95 passengers", 95, 95, "passengers");
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  std::vector<Discrepancy> ds = FindDiscrepancies(brief);
  const Discrepancy* d = OfKind(ds, "number");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->about, "passengers");
  ASSERT_EQ(d->variants.size(), 2u);
  EXPECT_EQ(d->variants[0].value, "120");
  EXPECT_EQ(d->variants[1].value, "95");
  EXPECT_EQ(d->note, "");
}

TEST(DiscrepanciesTest, RefinementIsNoConflictButEachIsAnAmbiguity) {
  Article a = Analyzed("a", {"Rescuers pulled more than 90 passengers from "
                             "the cold water near the harbour."});
  Article b = Analyzed("b", {"Rescuers pulled 95 passengers from the cold "
                             "water near the harbour."});
  AddQuantity(a, "more than 90 passengers", 90, std::nullopt, "passengers");
  AddQuantity(b, "95 passengers", 95, 95, "passengers");
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  std::vector<Discrepancy> ds = FindDiscrepancies(brief);
  EXPECT_EQ(OfKind(ds, "number"), nullptr);
  b.quantities[0].each = true;
  a.quantities[0].low = 95;
  brief = Fuse({&a, &b}, {"o1", "o2"});
  ds = FindDiscrepancies(brief);
  const Discrepancy* d = OfKind(ds, "number");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->note.find("ambiguous"), std::string::npos);
}

TEST(DiscrepanciesTest, OneFactOnTwoDays) {
  Article a = Analyzed("a", {"The captain posted the statement on Saturday "
                             "after the rescue."});
  Article b = Analyzed("b", {"The captain posted the statement on Sunday "
                             "after the rescue."});
  AddTime(a, "on Saturday", "Saturday");
  AddTime(b, "on Sunday", "Sunday");
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  std::vector<Discrepancy> ds = FindDiscrepancies(brief);
  const Discrepancy* d = OfKind(ds, "date");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->variants.size(), 2u);
  EXPECT_EQ(d->variants[0].value, "Saturday");
  EXPECT_EQ(d->variants[1].value, "Sunday");
}

TEST(DiscrepanciesTest, SingleSourceCountsOnlyWhenNoOtherOutletGivesThem) {
  Article a = Analyzed("a", {"Storm winds flattened 40 houses in the north.",
                             "The ferry company owns two boats."});
  Article b = Analyzed("b", {"Officials counted 40 houses destroyed after the "
                             "storm passed through the valley at dawn."});
  Article c = Analyzed("c", {"A separate landslide buried 12 cars on the "
                             "coastal road."});
  AddQuantity(a, "40 houses", 40, 40, "houses");
  AddQuantity(a, "two boats", 2, 2, "boats");
  AddQuantity(b, "40 houses", 40, 40, "houses");
  AddQuantity(c, "12 cars", 12, 12, "cars");
  StoryBrief brief = Fuse({&a, &b, &c}, {"o1", "o2", "o3"});
  std::vector<Discrepancy> ds = FindDiscrepancies(brief);
  std::vector<std::string> about;
  for (const Discrepancy& d : ds) {
    if (d.kind == "single-source") about.push_back(d.about);
  }
  EXPECT_EQ(about, std::vector<std::string>{"cars"});
}

}  // namespace
}  // namespace newsfuse
