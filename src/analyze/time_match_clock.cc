// Clock times and their zones: "5 p.m. Moscow time", "10 a.m. Eastern",
// "17:00 GMT", "1400 GMT", "noon"; and a date joined to its clock time
// ("Monday at 5 p.m.", "10 a.m. on Friday").
#include "analyze/time_match.h"

namespace newsfuse::analyze_internal {
namespace {

bool IsDayLevel(const TimeParts& p) {
  return p.type == TimeType::kDate && !p.invalid &&
         (p.day != 0 || p.weekday >= 0 ||
          (p.relative_unit && p.unit == TimeUnit::kDay && p.special < 0));
}

}  // namespace

bool TimeMatcher::Meridiem(size_t i, int* add, size_t* next) const {
  if (Kind(i) == TimeWord::kMeridiem) {
    *add = Value(i);
    *next = i + 1;
    return true;
  }
  bool a = Word(i, "a"), pm = Word(i, "p");
  if (!a && !pm) return false;
  size_t j = i + 1;
  if (Punct(j, '.') && Attached(j)) ++j;
  if (!Word(j, "m")) return false;
  *add = pm ? 12 : 0;
  *next = Punct(j + 1, '.') && Attached(j + 1) ? j + 2 : j + 1;
  return true;
}

size_t TimeMatcher::Zone(size_t i, TimeParts* p) const {
  size_t j = Punct(i, '(') ? i + 1 : i;
  if (j >= size()) return i;
  if (Kind(j) == TimeWord::kZone) {
    bool time_word = Word(j + 1, "time");
    const ZoneInfo* z = ZoneAt(Value(j));
    bool local = Word(j, "local");
    if (!time_word && (local || (z != nullptr && z->needs_time_word))) {
      return i;
    }
    if (!tok(j).cap && !local && !time_word) return i;  // "at 5 et al"
    p->zone = Value(j);
    size_t end = time_word ? j + 2 : j + 1;
    return j > i ? (Punct(end, ')') ? end + 1 : i) : end;
  }
  if (j == i && tok(j).kind == TokKind::kWord && tok(j).cap &&
      Word(j + 1, "time") && Kind(j) == TimeWord::kNone) {
    p->unknown_zone = true;  // "5 p.m. Narnia time"
    return j + 2;
  }
  return i;
}

bool TimeMatcher::MatchClock(size_t i, TimeParts* p) const {
  if (i >= size()) return false;
  size_t j = i + 1;
  if (Kind(i) == TimeWord::kClockWord) {
    p->hour = Value(i);
  } else if (tok(i).kind == TokKind::kNumber && tok(i).digits > 0 &&
             tok(i).digits <= 2) {
    p->hour = static_cast<int>(tok(i).number);
    bool colon = Punct(j, ':') && Attached(j) && Attached(j + 1) &&
                 j + 1 < size() && tok(j + 1).kind == TokKind::kNumber &&
                 tok(j + 1).digits == 2;
    if (colon) {
      p->minute = static_cast<int>(tok(j + 1).number);
      j += 2;
    }
    int add;
    size_t k;
    if (Meridiem(j, &add, &k)) {
      if (p->hour < 1 || p->hour > 12) p->invalid = true;
      p->hour = p->hour % 12 + add;
      j = k;
    } else if (Word(j, "o") && Punct(j + 1, '\'') && Word(j + 2, "clock")) {
      j += 3;
    } else if (!colon) {
      size_t z = Zone(j, p);
      if (z == j || p->unknown_zone) return false;  // a bare number
      j = z;
    }
    if (p->hour > 24 || p->minute > 59) p->invalid = true;
  } else if (tok(i).kind == TokKind::kNumber && tok(i).digits == 4) {
    // "1400 GMT"
    p->hour = static_cast<int>(tok(i).number / 100);
    p->minute = static_cast<int>(tok(i).number % 100);
    size_t z = Zone(j, p);
    if (z == j || p->unknown_zone || p->hour > 23 || p->minute > 59) {
      return false;
    }
    j = z;
  } else {
    return false;
  }
  if (p->zone < 0 && !p->unknown_zone) j = Zone(j, p);
  p->type = TimeType::kTime;
  p->last = static_cast<uint32_t>(j);
  return true;
}

void TimeMatcher::JoinDateAndClock(TimeParts* p) const {
  size_t j = p->last;
  if (IsDayLevel(*p)) {
    if (Punct(j, ',') || IsPrep(j, Prep::kAt) || Word(j, "around") ||
        IsPrep(j, Prep::kBy)) {
      ++j;
    }
    TimeParts clock;
    if (j < size() && MatchClock(j, &clock)) {
      clock.first = p->first;
      clock.year = p->year, clock.month = p->month, clock.day = p->day;
      clock.weekday = p->weekday, clock.direction = p->direction;
      clock.relative_unit = p->relative_unit, clock.unit = p->unit;
      clock.shift = p->shift;
      clock.invalid |= p->invalid;
      *p = clock;
    }
    return;
  }
  if (p->type != TimeType::kTime || p->part_of_day >= 0) return;
  if (Punct(j, ',') || IsPrep(j, Prep::kOn)) ++j;
  TimeParts date;
  if (j < size() && Kind(j) != TimeWord::kNone &&
      (MatchWeekday(j, &date) || MatchRelDay(j, &date) ||
       MatchMonthFirst(j, &date) || MatchDayFirst(j, &date)) &&
      IsDayLevel(date)) {
    p->year = date.year, p->month = date.month, p->day = date.day;
    p->weekday = date.weekday, p->direction = date.direction;
    p->relative_unit = date.relative_unit, p->unit = date.unit;
    p->shift = date.shift;
    p->invalid |= date.invalid;
    p->last = date.last;
  }
}

}  // namespace newsfuse::analyze_internal
