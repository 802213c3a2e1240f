// Placing a story's time expressions on one axis of days. Internal to
// src/fuse (timeline.cc, discrepancy_dates.cc).
//
// The reference day is the latest publication day of the story's articles
// when any has one; expressions with a calendar date (TimeExpression::value
// "YYYY-MM-DD...") are placed relative to it. Weekday names without a
// date ("on Monday") are anchored within one week so that every article's
// "Monday" is the same day: in the week ending on the reference day, or,
// when no article is dated, in the shortest run of consecutive days that
// holds every weekday the story names (its "Monday" then being day 0 if it
// is the last of them). Expressions that give neither (a bare "yesterday"
// in an undated article) are not placed.
#ifndef NEWSFUSE_FUSE_STORY_TIME_H_
#define NEWSFUSE_FUSE_STORY_TIME_H_

#include <array>
#include <climits>
#include <optional>
#include <string>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/brief.h"

namespace newsfuse::fuse {

struct StoryDay {
  int day_offset = 0;   // days after the reference day (negative: before)
  std::string weekday;  // "Monday"
  std::string date;     // "YYYY-MM-DD", "" when unknown
  std::string time;     // "HH:MM", UTC when `tz` is "+00:00"
  std::string tz;       // "+00:00" when converted, "" when unknown
};

class StoryClock {
 public:
  explicit StoryClock(const std::vector<const Article*>& articles);

  // Where `t` (an expression of article `article`) falls, if anywhere.
  std::optional<StoryDay> Place(const TimeExpression& t) const;
  // The reference day as "YYYY-MM-DD", "" when no article is dated.
  std::string ReferenceDate() const;

 private:
  std::optional<long> reference_;  // days since 1970-01-01
  // Offset of each weekday (0 = Monday) from the reference day, INT_MIN
  // when the story never names it undated.
  std::array<int, 7> weekday_offset_;
};

// Where one article puts one fact: the first date or time expression of
// its sentence of the fact that the clock places (a time of day written
// right after it in the same sentence joins it).
struct FactTime {
  uint32_t article = 0;  // index into StoryBrief::articles
  StoryDay day;
  std::string said_as;  // the expression as written
};

// For every fact of `brief` (in order), where each supporting article puts
// it; articles that give it no placeable time are absent.
std::vector<std::vector<FactTime>> PlaceFacts(const StoryBrief& brief,
                                              const StoryClock& clock);

// Whether span `s` of Article::text lies inside one of its quotations.
bool InQuote(const Article& a, Span s);

// 0 for "Monday" ... 6 for "Sunday"; -1 otherwise.
int WeekdayIndex(std::string_view name);
std::string WeekdayName(int index);

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_STORY_TIME_H_
