// MatchTimes: every pattern family at each token, the longest wins.
#include "analyze/time_match.h"

namespace newsfuse::analyze_internal {

TimeWord TimeMatcher::LowerCaseKind(size_t i) const {
  const WordInfo* info = t_[i].info;
  bool day_next = info->kind == TimeWord::kMonth && i + 1 < t_.size() &&
                  t_[i + 1].kind == TokKind::kNumber && t_[i + 1].digits > 0 &&
                  t_[i + 1].digits <= 2;
  return day_next ? info->kind : TimeWord::kNone;
}

bool TimeMatcher::Amount(size_t i, bool allow_a, int* amount,
                         size_t* next) const {
  if (i >= t_.size()) return false;
  const TimeTok& t = t_[i];
  if (t.kind == TokKind::kNumber) {
    if (t.digits == 0 || t.digits > 6) return false;
    *amount = static_cast<int>(t.number);
    *next = i + 1;
    return true;
  }
  TimeWord k = Kind(i);
  if (k == TimeWord::kPrep && Value(i) == static_cast<int>(Prep::kA)) {
    if (!allow_a) return false;
    if (Kind(i + 1) == TimeWord::kNumber && Value(i + 1) < 0) {  // a few
      *amount = -1;
      *next = i + 2;
      return true;
    }
    *amount = 1;
    *next = i + 1;
    return true;
  }
  if (k != TimeWord::kNumber) return false;
  *amount = Value(i);
  *next = i + 1;
  // "twenty-five"
  if (*amount >= 20 && Punct(i + 1, '-') && Kind(i + 2) == TimeWord::kNumber &&
      Value(i + 2) > 0 && Value(i + 2) < 10) {
    *amount += Value(i + 2);
    *next = i + 3;
  }
  return true;
}

bool TimeMatcher::Unit(size_t i, TimeUnit* unit, bool* plural) const {
  if (Kind(i) != TimeWord::kUnit) return false;
  *unit = static_cast<TimeUnit>(Value(i));
  *plural = t_[i].info->plural;
  return true;
}

bool TimeMatcher::MatchBase(size_t i, TimeParts* out) const {
  using Fn = bool (TimeMatcher::*)(size_t, TimeParts*) const;
  static constexpr Fn kPatterns[] = {
      &TimeMatcher::MatchIsoDate,   &TimeMatcher::MatchSlashDate,
      &TimeMatcher::MatchMonthFirst, &TimeMatcher::MatchDayFirst,
      &TimeMatcher::MatchClock,     &TimeMatcher::MatchYear,
      &TimeMatcher::MatchQuarterOrSeason, &TimeMatcher::MatchWeekday,
      &TimeMatcher::MatchRelDay,    &TimeMatcher::MatchShift,
      &TimeMatcher::MatchEdge,      &TimeMatcher::MatchAmount,
      &TimeMatcher::MatchSet,       &TimeMatcher::MatchSpecial,
  };
  bool found = false;
  for (Fn fn : kPatterns) {
    TimeParts p;
    p.first = static_cast<uint32_t>(i);
    if ((this->*fn)(i, &p) && (!found || p.last > out->last)) {
      *out = p;
      found = true;
    }
  }
  return found;
}

bool TimeMatcher::MatchAt(size_t i, TimeParts* out) const {
  if (i >= size()) return false;
  const TimeTok& t = t_[i];
  if (t.kind == TokKind::kPunct) return false;
  if (t.kind == TokKind::kWord) {
    TimeWord k = Kind(i);
    if (k == TimeWord::kNone || k == TimeWord::kTense ||
        k == TimeWord::kZone || k == TimeWord::kMeridiem) {
      return false;
    }
    if (k == TimeWord::kPrep) {
      // Only "a", "an", "the", "once", "twice" open an expression, and
      // only before a number or a time word: most never get further.
      if (!Word(i, "a") && !Word(i, "an") && !Word(i, "the") &&
          !Word(i, "once") && !Word(i, "twice")) {
        return false;
      }
      bool times = Word(i, "once") || Word(i, "twice");
      if (i + 1 >= t_.size() || (!times && t_[i + 1].kind != TokKind::kNumber &&
                                 (Kind(i + 1) == TimeWord::kNone ||
                                  Kind(i + 1) == TimeWord::kPrep))) {
        return false;
      }
    }
  }
  if (!MatchBase(i, out)) return false;
  JoinDateAndClock(out);
  return true;
}

std::vector<TimeParts> MatchTimes(std::string_view text,
                                  const std::vector<TimeTok>& toks) {
  std::vector<TimeParts> out;
  TimeMatcher m(text, toks);
  for (size_t i = 0; i < toks.size();) {
    TimeParts p;
    if (m.MatchAt(i, &p)) {
      i = p.last;
      out.push_back(p);
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace newsfuse::analyze_internal
