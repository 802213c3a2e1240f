// Dates relative to the anchor, durations and sets: "on Monday", "last
// week", "three years ago", "in two weeks", "for three hours", "a 30-day
// ceasefire", "every week", "daily", "now".
#include "analyze/time_match.h"

namespace newsfuse::analyze_internal {

bool TimeMatcher::MatchWeekday(size_t i, TimeParts* p) const {
  if (Kind(i) != TimeWord::kWeekday) return false;
  p->weekday = Value(i);
  p->last = static_cast<uint32_t>(i + 1);
  if (tok(i).info->plural) {  // "Mondays": every Monday
    p->type = TimeType::kSet;
    return true;
  }
  // Abbreviations only before a date or a comma ("Wed, May 19").
  if (tok(i).end - tok(i).begin <= 4 && !Punct(i + 1, ',') &&
      !Punct(i + 1, '.')) {
    return false;
  }
  if (i > 0 && IsPrep(i - 1, Prep::kUntil)) p->direction = 1;
  if (Kind(i + 1) == TimeWord::kPartOfDay) {  // "Monday night"
    p->part_of_day = Value(i + 1);
    p->type = TimeType::kTime;
    p->last = static_cast<uint32_t>(i + 2);
  }
  // "Monday, May 19, 2025": the date says it all.
  size_t j = Punct(i + 1, ',') ? i + 2 : i + 1;
  TimeParts date;
  if (p->type == TimeType::kDate &&
      (MatchMonthFirst(j, &date) || MatchDayFirst(j, &date)) &&
      date.day != 0) {
    date.first = p->first;
    *p = date;
  }
  return true;
}

bool TimeMatcher::MatchRelDay(size_t i, TimeParts* p) const {
  if (Kind(i) != TimeWord::kRelDay) return false;
  p->relative_unit = true;
  p->unit = TimeUnit::kDay;
  p->shift = Value(i);
  p->last = static_cast<uint32_t>(i + 1);
  if (Word(i, "tonight")) {
    p->part_of_day = static_cast<int>(PartOfDay::kNight);
    p->type = TimeType::kTime;
  } else if (Kind(i + 1) == TimeWord::kPartOfDay) {
    p->part_of_day = Value(i + 1);
    p->type = TimeType::kTime;
    p->last = static_cast<uint32_t>(i + 2);
  }
  return true;
}

bool TimeMatcher::MatchShift(size_t i, TimeParts* p) const {
  size_t s = Word(i, "the") ? i + 1 : i;
  if (s == i + 1 && Kind(s) == TimeWord::kWeekend) {  // "(over) the weekend"
    p->weekend = p->the_weekend = p->relative_unit = true;
    p->unit = TimeUnit::kWeek;
    p->last = static_cast<uint32_t>(s + 1);
    return true;
  }
  if (Kind(s) != TimeWord::kShift) return false;
  int shift = Value(s);
  if (ShiftOfNamed(s + 1, shift, p)) return true;
  int amount = 1;
  size_t k = s + 1;
  bool counted = Amount(s + 1, false, &amount, &k);
  TimeUnit unit;
  bool plural;
  if (!Unit(k, &unit, &plural)) return false;
  if (Word(s, "recent")) {  // "recent years": an open length
    if (!plural) return false;
    counted = true;
    amount = -1;
  }
  if (!counted && plural) return false;
  p->unit = unit;
  p->last = static_cast<uint32_t>(k + 1);
  if (counted || Word(s, "past")) {  // "the past three years", "the past week"
    p->type = TimeType::kDuration;
    p->amount = amount;
    return true;
  }
  p->relative_unit = true;
  p->shift = shift;
  return true;
}

bool TimeMatcher::ShiftOfNamed(size_t j, int shift, TimeParts* p) const {
  TimeWord next = Kind(j);
  if (next == TimeWord::kWeekday || next == TimeWord::kMonth) {
    if (!(next == TimeWord::kWeekday ? MatchWeekday(j, p)
                                     : MatchMonthFirst(j, p))) {
      return false;
    }
    p->direction = shift;
    return true;
  }
  if (next == TimeWord::kSeason) {
    if (!MatchQuarterOrSeason(j, p)) return false;
    p->relative_unit = true;
    p->unit = TimeUnit::kYear;
    p->shift = shift;
    return true;
  }
  p->relative_unit = true;
  p->shift = shift;
  p->last = static_cast<uint32_t>(j + 1);
  if (next == TimeWord::kPartOfDay) {  // "this morning", "last night"
    p->unit = TimeUnit::kDay;
    p->shift = shift < 0 && Value(j) == 3 ? -1 : 0;
    p->part_of_day = Value(j);
    p->type = TimeType::kTime;
    return true;
  }
  if (next == TimeWord::kWeekend) {
    p->weekend = true;
    p->unit = TimeUnit::kWeek;
    return true;
  }
  p->relative_unit = false;
  p->shift = 0;
  return false;
}

bool TimeMatcher::MatchEdge(size_t i, TimeParts* p) const {
  if (Kind(i) != TimeWord::kEdge) return false;
  size_t j = Punct(i + 1, '-') ? i + 2 : i + 1;
  // "earlier in the day", "later today"
  if (IsPrep(j, Prep::kIn) && IsPrep(j + 1, Prep::kThe) &&
      Kind(j + 2) == TimeWord::kUnit && Value(j + 2) ==
      static_cast<int>(TimeUnit::kDay)) {
    p->relative_unit = true;
    p->unit = TimeUnit::kDay;
    p->last = static_cast<uint32_t>(j + 3);
    return true;
  }
  if (IsPrep(j, Prep::kIn) || IsPrep(j, Prep::kThe)) ++j;
  TimeParts inner;
  if (!MatchAt(j, &inner) || inner.type == TimeType::kDuration ||
      inner.type == TimeType::kSet) {
    return false;
  }
  *p = inner;
  p->first = static_cast<uint32_t>(i);
  return true;
}

bool TimeMatcher::MatchAmount(size_t i, TimeParts* p) const {
  int amount;
  size_t j;
  TimeUnit unit;
  bool plural;
  if (!Amount(i, true, &amount, &j)) {
    // "for years", "in decades": a length left open.
    if (!Unit(i, &unit, &plural) || !plural || i == 0 ||
        !(IsPrep(i - 1, Prep::kFor) || IsPrep(i - 1, Prep::kIn) ||
          IsPrep(i - 1, Prep::kOver))) {
      return false;
    }
    p->type = TimeType::kDuration;
    p->unit = unit;
    p->amount = -1;
    p->last = static_cast<uint32_t>(i + 1);
    return true;
  }
  bool hyphen = Punct(j, '-') && Attached(j) && Attached(j + 1);
  if (hyphen) ++j;  // "30-day"
  if (!Unit(j, &unit, &plural)) return false;
  if (tok(j).end - tok(j).begin == 1 && !Attached(j)) return false;  // "3 h"
  p->unit = unit;
  p->amount = amount;
  p->last = static_cast<uint32_t>(j + 1);
  p->after_in = i > 0 && IsPrep(i - 1, Prep::kIn);
  if (Kind(j + 1) == TimeWord::kAgo) {
    p->relative_unit = true;
    p->shift = amount < 0 ? 0 : -amount;
    if (amount < 0) p->special = static_cast<int>(SpecialRef::kPast);
    p->last = static_cast<uint32_t>(j + 2);
    return true;
  }
  bool is_a = tok(i).kind == TokKind::kWord &&
              Kind(i) == TimeWord::kPrep;  // "a year"
  if (is_a && !hyphen) {
    // Only where a length is meant: "for a year", "nearly a decade".
    if (i == 0 || Kind(i - 1) != TimeWord::kPrep || IsPrep(i - 1, Prep::kOf) ||
        IsPrep(i - 1, Prep::kThe) || IsPrep(i - 1, Prep::kIn) ||
        Word(i - 1, "once") || Word(i - 1, "twice") || Word(i - 1, "times")) {
      return false;
    }
  }
  p->type = TimeType::kDuration;
  return true;
}

bool TimeMatcher::MatchSet(size_t i, TimeParts* p) const {
  p->type = TimeType::kSet;
  p->amount = 1;
  if (Kind(i) == TimeWord::kSetAdverb) {
    p->unit = static_cast<TimeUnit>(Value(i));
    p->last = static_cast<uint32_t>(i + 1);
    return true;
  }
  size_t j = i + 1;
  if (Kind(i) == TimeWord::kEvery) {
    if (Word(j, "other")) {
      p->amount = 2;
      ++j;
    } else {
      size_t k;
      if (Amount(j, false, &p->amount, &k)) j = k;
    }
  } else if (Word(i, "once") || Word(i, "twice")) {
    if (!IsPrep(j, Prep::kA) && !IsPrep(j, Prep::kPer)) return false;
    ++j;
  } else {
    return false;
  }
  TimeUnit unit;
  bool plural;
  if (Kind(j) == TimeWord::kWeekday) {
    p->weekday = Value(j);
  } else if (Kind(j) == TimeWord::kPartOfDay) {
    p->part_of_day = Value(j);
  } else if (Unit(j, &unit, &plural)) {
    p->unit = unit;
  } else {
    return false;
  }
  p->last = static_cast<uint32_t>(j + 1);
  return true;
}

bool TimeMatcher::MatchSpecial(size_t i, TimeParts* p) const {
  size_t j = i;
  if (Word(i, "the")) {
    if (!Word(i + 1, "future")) return false;
    ++j;
  }
  if (Kind(j) != TimeWord::kSpecial) return false;
  if (Word(j, "future") && j == i) return false;  // "future plans"
  p->special = Value(j);
  p->last = static_cast<uint32_t>(j + 1);
  return true;
}

}  // namespace newsfuse::analyze_internal
