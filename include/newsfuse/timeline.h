// A story's timeline: its facts that carry a time, in order.
//
// A fact's time is that of the first date or time expression the fact's
// sentences place on the story's axis of days (see src/fuse/story_time.h):
// the day most of its articles give, relative to the reference day (the
// latest publication day, or without publication dates the last of the
// weekdays the story names), with the calendar date when it is known and
// the time of day in UTC when a zone is given.
//
// Ownership: entries copy what they show. Thread safety: a pure function.
// Errors: none (facts without a time are simply not on it).
#ifndef NEWSFUSE_TIMELINE_H_
#define NEWSFUSE_TIMELINE_H_

#include <optional>
#include <string>
#include <vector>

namespace newsfuse {

struct StoryBrief;

struct TimelineWhen {
  std::string date;  // "YYYY-MM-DD", "" when unknown
  std::string time;  // "HH:MM", "" when unknown
  std::string tz;    // "+00:00" when `time` is UTC, "" when unknown
  std::optional<int> day_offset;  // days after the reference day
  std::string weekday;            // "Friday", "" when unknown
};

struct TimelineEntry {
  TimelineWhen when;
  std::string text;     // the fact's text, verbatim
  std::string fact;     // the fact's id
  std::string said_as;  // the time expression as written ("on Friday")
  std::vector<std::string> sources;  // articles that put it at this time
};

// Needs the brief's articles and facts.
std::vector<TimelineEntry> BuildTimeline(const StoryBrief& brief);

}  // namespace newsfuse

#endif  // NEWSFUSE_TIMELINE_H_
