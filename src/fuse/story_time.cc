#include "fuse/story_time.h"

#include <algorithm>
#include <cstdio>

#include "common/civil.h"

namespace newsfuse::fuse {
namespace {

constexpr std::array<const char*, 7> kWeekdays = {
    "Monday", "Tuesday",  "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"};

// Days since 1970-01-01 of a "YYYY-MM-DD..." value, if it holds a valid
// calendar date.
std::optional<long> DayOf(std::string_view v) {
  int y = 0, m = 0, d = 0;
  if (v.size() < 10 || v[4] != '-' || v[7] != '-' ||
      std::sscanf(std::string(v.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m,
                  &d) != 3 ||
      d < 1 || d > civil::DaysInMonth(y, m)) {
    return std::nullopt;
  }
  return civil::DaysFromCivil(y, m, d);
}

// "HH:MM" at UTC offset "+03:00" -> the UTC "HH:MM" and the day shift.
bool ToUtc(const std::string& time, const std::string& tz, std::string* out,
           int* shift) {
  int h = 0, m = 0, oh = 0, om = 0;
  char sign = '+';
  if (std::sscanf(time.c_str(), "%d:%d", &h, &m) != 2 ||
      std::sscanf(tz.c_str(), "%c%d:%d", &sign, &oh, &om) != 3 ||
      (sign != '+' && sign != '-')) {
    return false;
  }
  int minutes = h * 60 + m - (sign == '-' ? -1 : 1) * (oh * 60 + om);
  *shift = minutes < 0 ? -1 : minutes >= 24 * 60 ? 1 : 0;
  minutes = (minutes % (24 * 60) + 24 * 60) % (24 * 60);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  *out = buf;
  return true;
}

}  // namespace

int WeekdayIndex(std::string_view name) {
  for (int i = 0; i < 7; ++i) {
    if (name == kWeekdays[i]) return i;
  }
  return -1;
}

std::string WeekdayName(int index) {
  return index >= 0 && index < 7 ? kWeekdays[index] : "";
}

StoryClock::StoryClock(const std::vector<const Article*>& articles) {
  weekday_offset_.fill(INT_MIN);
  std::array<bool, 7> named{};
  for (const Article* a : articles) {
    if (a->published) {
      int64_t secs = a->published->epoch_seconds;  // its UTC day, floored
      long day = static_cast<long>(secs / 86400 - (secs % 86400 < 0));
      if (!reference_ || day > *reference_) reference_ = day;
    }
    for (const TimeExpression& t : a->times) {
      int w = WeekdayIndex(t.weekday);
      if (w >= 0 && !DayOf(t.value)) named[w] = true;
    }
  }
  if (reference_) {  // the week ending on the reference day
    int ref = civil::WeekdayOfDays(*reference_);
    for (int w = 0; w < 7; ++w) weekday_offset_[w] = -((ref - w + 7) % 7);
    return;
  }
  // Undated: cut the week after the longest run of unnamed days.
  int best_gap = -1, last = -1;
  for (int end = 0; end < 7; ++end) {
    if (!named[end]) continue;
    int gap = 0;
    while (gap < 7 && !named[(end + 1 + gap) % 7]) ++gap;
    if (gap > best_gap) {
      best_gap = gap;
      last = end;
    }
  }
  if (last < 0) return;
  for (int w = 0; w < 7; ++w) {
    if (named[w]) weekday_offset_[w] = -((last - w + 7) % 7);
  }
}

std::string StoryClock::ReferenceDate() const {
  return reference_ ? civil::FormatDate(*reference_) : "";
}

std::optional<StoryDay> StoryClock::Place(const TimeExpression& t) const {
  StoryDay out;
  std::optional<long> day = DayOf(t.value);
  int w = WeekdayIndex(t.weekday);
  if (day && reference_) {
    out.day_offset = static_cast<int>(*day - *reference_);
  } else if (day) {
    return std::nullopt;  // a date, but no reference day for offsets
  } else if (w >= 0 && weekday_offset_[w] != INT_MIN) {
    out.day_offset = weekday_offset_[w];
  } else {
    return std::nullopt;
  }
  if (reference_ && !day) day = *reference_ + out.day_offset;
  if (day) {
    out.date = civil::FormatDate(*day);
    w = civil::WeekdayOfDays(*day);
  }
  out.weekday = WeekdayName(w);
  if (!t.time.empty()) {
    int shift = 0;
    if (!t.tz.empty() && ToUtc(t.time, t.tz, &out.time, &shift)) {
      out.tz = "+00:00";
      out.day_offset += shift;  // "1 a.m. Moscow time" is the day before
      if (day) out.date = civil::FormatDate(*day + shift);
      out.weekday = WeekdayName(((w + shift) % 7 + 7) % 7);
    } else {
      out.time = t.time;
    }
  }
  return out;
}

}  // namespace newsfuse::fuse
