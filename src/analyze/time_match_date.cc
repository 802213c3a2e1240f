// Absolute dates: "2025-05-19", "5/19/2025", "May 19, 2025", "19 May 2025",
// "May 2025", "2025", "the 1990s", "the third quarter of 2024", "summer
// 2024".
#include "analyze/time_match.h"

namespace newsfuse::analyze_internal {
namespace {

constexpr int kMinYear = 1000, kMaxYear = 2200;

bool IsNumber(const TimeTok& t, int min_digits, int max_digits) {
  return t.kind == TokKind::kNumber && t.digits >= min_digits &&
         t.digits <= max_digits;
}

// Marks impossible dates (February 30, month 13) invalid.
void CheckDay(TimeParts* p) {
  if (p->month < 1 || p->month > 12) p->invalid = true;
  if (p->day != 0 &&
      (p->day < 1 || p->day > DaysInMonth(p->year ? p->year : 2000,
                                          p->month))) {
    p->invalid = true;
  }
}

}  // namespace

void TimeMatcher::SetYear(size_t i, TimeParts* p) const {
  int64_t y = tok(i).number;
  if (tok(i).digits == 2) y += y < 50 ? 2000 : 1900;
  if (y < kMinYear || y > kMaxYear) {
    p->invalid = true;
  } else {
    p->year = static_cast<int>(y);
  }
}

bool TimeMatcher::MatchIsoDate(size_t i, TimeParts* p) const {
  if (i + 4 >= size() || !IsNumber(tok(i), 4, 4) || !Punct(i + 1, '-') ||
      !IsNumber(tok(i + 2), 1, 2) || !Punct(i + 3, '-') ||
      !IsNumber(tok(i + 4), 1, 2)) {
    return false;
  }
  for (size_t k = i + 1; k <= i + 4; ++k) {
    if (!Attached(k)) return false;
  }
  SetYear(i, p);
  p->month = static_cast<int>(tok(i + 2).number);
  p->day = static_cast<int>(tok(i + 4).number);
  CheckDay(p);
  p->last = static_cast<uint32_t>(i + 5);
  return true;
}

bool TimeMatcher::MatchSlashDate(size_t i, TimeParts* p) const {
  if (i + 4 >= size() || !IsNumber(tok(i), 1, 2) || !Punct(i + 1, '/') ||
      !IsNumber(tok(i + 2), 1, 2) || !Punct(i + 3, '/') ||
      (!IsNumber(tok(i + 4), 4, 4) && !IsNumber(tok(i + 4), 2, 2))) {
    return false;
  }
  for (size_t k = i + 1; k <= i + 4; ++k) {
    if (!Attached(k)) return false;
  }
  int a = static_cast<int>(tok(i).number);
  int b = static_cast<int>(tok(i + 2).number);
  // US order (5/19/2025) unless the first cannot be a month (19/5/2025).
  bool day_first = a > 12 && b <= 12;
  p->month = day_first ? b : a;
  p->day = day_first ? a : b;
  SetYear(i + 4, p);
  CheckDay(p);
  p->last = static_cast<uint32_t>(i + 5);
  return true;
}

bool TimeMatcher::MatchMonthFirst(size_t i, TimeParts* p) const {
  if (Kind(i) != TimeWord::kMonth) return false;
  p->month = Value(i);
  size_t j = i + 1;
  if (Punct(j, '.') && Attached(j) && j + 1 < size() &&
      tok(j + 1).kind == TokKind::kNumber) {
    ++j;  // "Jan. 5"
  }
  if (j < size() && IsNumber(tok(j), 1, 2) && (j + 1 >= size() ||
                                               !Punct(j + 1, ':'))) {
    p->day = static_cast<int>(tok(j).number);
    ++j;
    if (Attached(j) && (Word(j, "st") || Word(j, "nd") || Word(j, "rd") ||
                        Word(j, "th"))) {
      ++j;
    }
    size_t k = Punct(j, ',') ? j + 1 : j;
    if (k < size() && IsNumber(tok(k), 4, 4)) {
      SetYear(k, p);
      j = k + 1;
    }
  } else if (j < size() && IsNumber(tok(j), 4, 4)) {
    SetYear(j, p);  // "May 2025"
    ++j;
  } else {
    // A month alone: a full name, after a preposition or shift word.
    bool abbreviated = tok(i).end - tok(i).begin < 4 && !Word(i, "may") &&
                       !Word(i, "june") && !Word(i, "july");
    if (abbreviated || (tok(i).info->needs_cap && i > 0 &&
                        Kind(i - 1) != TimeWord::kPrep &&
                        Kind(i - 1) != TimeWord::kEdge &&
                        !Punct(i - 1, '-'))) {
      return false;
    }
    if (tok(i).info->needs_cap && i == 0) return false;
  }
  CheckDay(p);
  p->last = static_cast<uint32_t>(j);
  return true;
}

bool TimeMatcher::MatchDayFirst(size_t i, TimeParts* p) const {
  if (i >= size()) return false;
  if (!IsNumber(tok(i), 1, 2)) return false;
  size_t j = i + 1;
  if (Attached(j) && (Word(j, "st") || Word(j, "nd") || Word(j, "rd") ||
                      Word(j, "th"))) {
    ++j;
  }
  if (IsPrep(j, Prep::kOf)) ++j;
  if (Kind(j) != TimeWord::kMonth) return false;
  p->day = static_cast<int>(tok(i).number);
  p->month = Value(j);
  ++j;
  size_t k = Punct(j, ',') ? j + 1 : j;
  if (k < size() && IsNumber(tok(k), 4, 4)) {
    SetYear(k, p);
    j = k + 1;
  }
  CheckDay(p);
  p->last = static_cast<uint32_t>(j);
  return true;
}

bool TimeMatcher::MatchYear(size_t i, TimeParts* p) const {
  if (i >= size()) return false;
  if (!IsNumber(tok(i), 4, 4) || tok(i).number < 1900 ||
      tok(i).number > 2100) {
    return false;
  }
  if (i > 0 && (Punct(i - 1, '$') || Punct(i - 1, '#') ||
                (Punct(i - 1, '-') && Attached(i)))) {
    return false;
  }
  p->year = static_cast<int>(tok(i).number);
  p->last = static_cast<uint32_t>(i + 1);
  if (Attached(i + 1) && Word(i + 1, "s")) {  // "1990s"
    p->decade = true;
    p->last = static_cast<uint32_t>(i + 2);
    return true;
  }
  bool framed = i > 0 && (Kind(i - 1) == TimeWord::kPrep ||
                          Kind(i - 1) == TimeWord::kEdge ||
                          Kind(i - 1) == TimeWord::kSeason);
  bool ends = i + 1 >= size() || tok(i + 1).kind == TokKind::kPunct;
  return framed || ends;
}

bool TimeMatcher::MatchQuarterOrSeason(size_t i, TimeParts* p) const {
  size_t j = i;
  if ((Kind(j) == TimeWord::kOrdinal && Value(j) <= 4) ||
      (Word(j, "second") && Kind(j + 1) == TimeWord::kQuarter)) {
    if (Kind(j + 1) != TimeWord::kQuarter) return false;
    p->quarter = Word(j, "second") ? 2 : Value(j);
    j += 2;
  } else if (Kind(j) == TimeWord::kSeason) {
    p->season = Value(j);
    ++j;
    bool framed = i > 0 && (Kind(i - 1) == TimeWord::kPrep ||
                            Kind(i - 1) == TimeWord::kShift ||
                            Kind(i - 1) == TimeWord::kEdge);
    if (!framed && !(j < size() && IsNumber(tok(j), 4, 4))) return false;
  } else {
    return false;
  }
  if (IsPrep(j, Prep::kOf) && j + 1 < size() && IsNumber(tok(j + 1), 4, 4)) {
    SetYear(j + 1, p);
    j += 2;
  } else if (j < size() && IsNumber(tok(j), 4, 4)) {
    SetYear(j, p);
    ++j;
  }
  p->last = static_cast<uint32_t>(j);
  return true;
}

}  // namespace newsfuse::analyze_internal
