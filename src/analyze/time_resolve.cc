// TimeParts + anchor -> TIMEX3 value and the other fields.
#include <cstdio>
#include <string>

#include "analyze/time_internal.h"

namespace newsfuse::analyze_internal {
namespace {

constexpr std::string_view kWeekdayNames[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday"};
constexpr std::string_view kPartCodes[] = {"MO", "AF", "EV", "NI"};
constexpr std::string_view kSeasonCodes[] = {"SP", "SU", "FA", "WI"};
constexpr std::string_view kSpecials[] = {"PRESENT_REF", "PAST_REF",
                                          "FUTURE_REF"};

std::string Fmt(const char* f, int a, int b = 0, int c = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

std::string DateValue(int64_t days) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  return Fmt("%04d-%02d-%02d", y, m, d);
}

int YearOf(int64_t days) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  return y;
}

// Offset of `weekday` from the anchor's day: `dir` -1 the last one before,
// +1 the next one after; `tense` -1 this past week, +1 the coming week,
// 0 the anchor's own week (TempEval).
int WeekdayDelta(int weekday, int anchor_weekday, int dir, int tense) {
  int delta = weekday - anchor_weekday;
  if (dir < 0) return delta >= 0 ? delta - 7 : delta;
  if (dir > 0) return delta <= 0 ? delta + 7 : delta;
  if (tense < 0) return delta > 0 ? delta - 7 : delta;
  if (tense > 0) return delta < 0 ? delta + 7 : delta;
  return delta;
}

std::string DurationValue(int amount, TimeUnit unit) {
  static constexpr std::string_view kCodes[] = {"S", "M", "H", "D", "W",
                                                "M", "Y", "Y", "Y"};
  static constexpr int kTimes[] = {1, 1, 1, 1, 1, 1, 1, 10, 100};
  int u = static_cast<int>(unit);
  std::string n = amount < 0 ? "X" : std::to_string(amount * kTimes[u]);
  return std::string(u <= 2 ? "PT" : "P") + n + std::string(kCodes[u]);
}

// The day a day-level expression names, if it names one.
std::optional<int64_t> DayOf(const TimeParts& p, const std::optional<Anchor>& a,
                             int tense, bool* relative) {
  if (p.year && p.month && p.day) return DaysFromCivil(p.year, p.month, p.day);
  *relative = true;
  if (p.month && p.day) {
    if (!a) return std::nullopt;
    int y = YearOf(a->days);
    int64_t d = DaysFromCivil(y, p.month, p.day);
    // The anchor's year unless "last"/"next" or the tense says otherwise
    // for a day more than half a year away (December in a January paper).
    int dir = p.direction ? p.direction : tense;
    int64_t far = p.direction ? 0 : 183;
    if (dir < 0 && d > a->days + far) d = DaysFromCivil(y - 1, p.month, p.day);
    if (dir > 0 && d < a->days - far) d = DaysFromCivil(y + 1, p.month, p.day);
    return d;
  }
  if (p.weekday >= 0 && !p.relative_unit) {
    if (!a) return std::nullopt;
    return a->days + WeekdayDelta(p.weekday, WeekdayOfDays(a->days),
                                  p.direction, tense);
  }
  if (p.relative_unit && p.unit == TimeUnit::kDay && p.special < 0) {
    if (!a) return std::nullopt;
    return a->days + p.shift;
  }
  *relative = false;
  return std::nullopt;
}

bool DayLevel(const TimeParts& p) {
  return p.day != 0 || (p.weekday >= 0 && !p.relative_unit) ||
         (p.relative_unit && p.unit == TimeUnit::kDay && p.special < 0);
}

// "last week", "next month", "three years ago", "the weekend".
std::string RelativeUnitValue(const TimeParts& p, const Anchor& a, int tense,
                              const std::string& season) {
  int y, m, d;
  CivilFromDays(a.days, &y, &m, &d);
  switch (p.unit) {
    case TimeUnit::kWeek: {
      int shift = p.shift;
      if (p.the_weekend) {  // past: the last one; else the coming one
        bool weekday = WeekdayOfDays(a.days) < 5;
        shift = tense > 0 ? 0 : (weekday ? -1 : 0);
      }
      return IsoWeekOf(a.days + 7 * shift) + (p.weekend ? "-WE" : "");
    }
    case TimeUnit::kMonth: {
      int total = y * 12 + (m - 1) + p.shift;
      return Fmt("%04d-%02d", total / 12, total % 12 + 1);
    }
    case TimeUnit::kYear:
      return std::to_string(y + p.shift) + season;
    case TimeUnit::kDecade:
      return std::to_string(y / 10 + p.shift);
    case TimeUnit::kCentury:
      return std::to_string(y / 100 + p.shift);
    default:
      break;
  }
  if (!a.has_time) return {};  // "two hours ago" needs the clock time
  int64_t minutes = a.days * 1440 + a.minute_of_day;
  int per = p.unit == TimeUnit::kHour ? 60 : p.unit == TimeUnit::kMinute;
  minutes += static_cast<int64_t>(p.shift) * per;
  int64_t day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
  int mod = static_cast<int>(minutes - day * 1440);
  return DateValue(day) + Fmt("T%02d:%02d", mod / 60, mod % 60);
}

// The value of a date coarser than a day ("2025-05", "2025-W21", "2025").
std::string CoarseValue(const TimeParts& p, const std::optional<Anchor>& a,
                        int tense, bool* relative) {
  if (p.special >= 0) {
    *relative = true;
    return std::string(kSpecials[p.special]);
  }
  if (p.decade) return std::to_string(p.year / 10);
  std::string season;
  if (p.season >= 0) (season = "-") += kSeasonCodes[p.season];
  std::string quarter = p.quarter ? Fmt("-Q%d", p.quarter) : "";
  if (p.year && p.month) return Fmt("%04d-%02d", p.year, p.month);
  if (p.year) return std::to_string(p.year) + season + quarter;
  *relative = true;
  if (!a) return {};
  int y, m, d;
  CivilFromDays(a->days, &y, &m, &d);
  if (p.month) {  // a month alone: the one in the anchor's year, or by tense
    int dir = p.direction ? p.direction : tense;
    int far = p.direction ? 0 : 6;
    if (dir < 0 && (p.month > m + far || (p.direction < 0 && p.month == m))) {
      --y;
    }
    if (dir > 0 && (p.month < m - far || (p.direction > 0 && p.month == m))) {
      ++y;
    }
    return Fmt("%04d-%02d", y, p.month);
  }
  if (!p.relative_unit) return std::to_string(y) + season + quarter;
  return RelativeUnitValue(p, *a, tense, season);
}

}  // namespace

std::optional<Anchor> AnchorOf(const std::optional<Timestamp>& published) {
  if (!published) return std::nullopt;
  int64_t local =
      published->epoch_seconds + 60 * published->utc_offset_minutes.value_or(0);
  Anchor a;
  a.days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  a.has_time = published->has_time;
  a.minute_of_day = static_cast<int>((local - a.days * 86400) / 60);
  return a;
}

int TenseNear(const std::vector<TimeTok>& toks, uint32_t first,
              uint32_t last) {
  auto cue = [&toks](size_t i) {
    const TimeTok& t = toks[i];
    if (t.kind != TokKind::kWord) return 0;
    if (t.info != nullptr) {
      return t.info->kind == TimeWord::kTense ? t.info->value : 0;
    }
    return t.ends_ed ? -1 : 0;
  };
  for (size_t k = 1; k < toks.size(); ++k) {
    if (first >= k) {
      if (int c = cue(first - k)) return c;
    }
    if (last + k - 1 < toks.size()) {
      if (int c = cue(last + k - 1)) return c;
    }
    if (first < k && last + k - 1 >= toks.size()) break;
  }
  return 0;
}

namespace {

void ResolveClock(const TimeParts& p, const std::optional<Anchor>& a,
                  std::optional<int64_t> day, TimeExpression* out) {
  out->time = Fmt("%02d:%02d", p.hour, p.minute);
  if (!DayLevel(p)) {  // a clock time alone: the anchor's day
    out->relative = true;
    if (a) day = a->days;
  }
  bool zone_ok = !p.unknown_zone;
  if (const ZoneInfo* z = ZoneAt(p.zone)) {
    std::optional<int> off = ZoneOffsetMinutes(*z, day);
    if (off) out->tz = FormatUtcOffset(*off);
    zone_ok = off.has_value() || !day;
  }
  if (day && zone_ok) {
    out->value = DateValue(*day) + "T" + out->time;
    if (out->tz == "+00:00") out->value += 'Z';  // TIMEX3 marks UTC only
  }
}

void ResolveSet(const TimeParts& p, TimeExpression* out) {
  if (p.weekday >= 0) {
    out->value = Fmt("XXXX-WXX-%d", p.weekday + 1);
    out->weekday = kWeekdayNames[p.weekday];
  } else if (p.part_of_day >= 0) {
    out->value = "XXXX-XX-XXT" + std::string(kPartCodes[p.part_of_day]);
  } else {
    out->value = DurationValue(p.amount, p.unit);
  }
}

}  // namespace

void ResolveTime(const TimeParts& p, const std::optional<Anchor>& a,
                 int tense, TimeExpression* out) {
  out->type = p.type;
  if (p.type == TimeType::kSet) return ResolveSet(p, out);
  if (p.type == TimeType::kDuration && !(p.after_in && tense >= 0)) {
    out->value = DurationValue(p.amount, p.unit);
    return;
  }
  TimeParts q = p;
  if (p.type == TimeType::kDuration) {  // "in two weeks": a date ahead
    q.type = TimeType::kDate;
    q.relative_unit = true;
    q.shift = p.amount < 0 ? 0 : p.amount;
    if (p.amount < 0) q.special = static_cast<int>(SpecialRef::kFuture);
    out->type = TimeType::kDate;
  }
  if (q.relative_unit && q.unit <= TimeUnit::kHour && q.special < 0) {
    out->type = TimeType::kTime;
  }
  if (q.weekday >= 0) out->weekday = kWeekdayNames[q.weekday];
  bool relative = false;
  std::optional<int64_t> day = DayOf(q, a, tense, &relative);
  out->relative = relative;
  if (q.relative_unit && q.unit == TimeUnit::kDay && q.special < 0) {
    out->day_offset = q.shift;
  } else if (day && a) {
    out->day_offset = static_cast<int>(*day - a->days);
  }
  if (day && out->weekday.empty()) {
    out->weekday = kWeekdayNames[WeekdayOfDays(*day)];
  }
  if (q.invalid) {
    out->weekday.clear();
    out->day_offset.reset();
    return;
  }
  if (q.hour >= 0) return ResolveClock(q, a, day, out);
  if (DayLevel(q)) {
    if (!day) return;
    out->value = DateValue(*day);
    if (q.part_of_day >= 0) (out->value += 'T') += kPartCodes[q.part_of_day];
    return;
  }
  bool coarse_relative = false;
  out->value = CoarseValue(q, a, tense, &coarse_relative);
  out->relative = coarse_relative;
}

}  // namespace newsfuse::analyze_internal
