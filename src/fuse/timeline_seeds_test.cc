// The seeds' timeline and discrepancies (read from ../shared/seeds at run
// time; skipped without it). The seeds carry no publication dates, so the
// timeline is in days relative to the call and weekdays.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fuse/fuse_testing.h"
#include "newsfuse/pipeline.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

class SeedTimelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
    articles_ = fuse::testing::Load(dir.string());
    ASSERT_EQ(articles_.size(), 5u);
    std::vector<std::string> origins;  // every seed is its own origin
    for (const Article& a : articles_) origins.push_back(a.id);
    brief_ = fuse::testing::Fuse(fuse::testing::Pointers(articles_), origins);
  }

  // The day of the first timeline entry whose text has all of `words`.
  std::optional<int> DayOf(const std::vector<std::string>& words) const {
    for (const TimelineEntry& e : brief_.timeline) {
      bool all = true;
      for (const std::string& w : words) {
        all = all && e.text.find(w) != std::string::npos;
      }
      if (all) return e.when.day_offset;
    }
    return std::nullopt;
  }

  const Discrepancy* Find(const std::string& kind,
                          const std::string& about) const {
    for (const Discrepancy& d : brief_.discrepancies) {
      if (d.kind == kind && d.about.find(about) != std::string::npos) return &d;
    }
    return nullptr;
  }

  std::vector<Article> articles_;
  StoryBrief brief_;
};

TEST_F(SeedTimelineTest, TalksAnnouncementAttackAndCallOnConsecutiveDays) {
  EXPECT_EQ(DayOf({"Istanbul"}), -3);             // Friday's talks
  EXPECT_EQ(DayOf({"announced", "Monday"}), -2);  // Saturday's announcement
  EXPECT_EQ(DayOf({"drone attack"}), -1);         // Sunday's record attack
  EXPECT_EQ(DayOf({"spoke to", "Putin"}), 0);     // Monday's call
  for (size_t i = 1; i < brief_.timeline.size(); ++i) {
    EXPECT_LE(*brief_.timeline[i - 1].when.day_offset,
              *brief_.timeline[i].when.day_offset);
  }
}

TEST_F(SeedTimelineTest, WhereOutletsDiffer) {
  EXPECT_NE(Find("name", "Zelensky"), nullptr);
  EXPECT_NE(Find("name", "Peskov"), nullptr);
  const Discrepancy* prisoners = Find("number", "prisoners");
  ASSERT_NE(prisoners, nullptr);
  EXPECT_NE(prisoners->note.find("each"), std::string::npos);
  const Discrepancy* posted = Find("date", "announced on Saturday");
  ASSERT_NE(posted, nullptr);
  std::vector<std::string> days;
  for (const DiscrepancyVariant& v : posted->variants) days.push_back(v.value);
  EXPECT_EQ(days, (std::vector<std::string>{"Saturday", "Sunday"}));
  EXPECT_NE(Find("quote", "Donald Trump"), nullptr);
}

}  // namespace
}  // namespace newsfuse
