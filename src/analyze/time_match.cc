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

namespace {

// What token i is to the patterns: its lexicon kind, or kNumberToken.
constexpr int kNumberToken = 31;
constexpr uint32_t Bit(TimeWord w) { return 1u << static_cast<int>(w); }
constexpr uint32_t kNum = 1u << kNumberToken;

struct Pattern {
  bool (TimeMatcher::*match)(size_t, TimeParts*) const;
  uint32_t starts;  // the tokens it can start at (see each Match*'s tests)
};

constexpr Pattern kPatterns[] = {
    {&TimeMatcher::MatchIsoDate, kNum},
    {&TimeMatcher::MatchSlashDate, kNum},
    {&TimeMatcher::MatchMonthFirst, Bit(TimeWord::kMonth)},
    {&TimeMatcher::MatchDayFirst, kNum},
    {&TimeMatcher::MatchClock, kNum | Bit(TimeWord::kClockWord)},
    {&TimeMatcher::MatchYear, kNum},
    {&TimeMatcher::MatchQuarterOrSeason,  // "first quarter", "second quarter"
     Bit(TimeWord::kOrdinal) | Bit(TimeWord::kUnit) | Bit(TimeWord::kSeason)},
    {&TimeMatcher::MatchWeekday, Bit(TimeWord::kWeekday)},
    {&TimeMatcher::MatchRelDay, Bit(TimeWord::kRelDay)},
    {&TimeMatcher::MatchShift, Bit(TimeWord::kShift) | Bit(TimeWord::kPrep)},
    {&TimeMatcher::MatchEdge, Bit(TimeWord::kEdge)},
    {&TimeMatcher::MatchAmount, kNum | Bit(TimeWord::kNumber) |
                                    Bit(TimeWord::kPrep) | Bit(TimeWord::kUnit)},
    {&TimeMatcher::MatchSet, Bit(TimeWord::kSetAdverb) |
                                 Bit(TimeWord::kEvery) | Bit(TimeWord::kPrep)},
    {&TimeMatcher::MatchSpecial,
     Bit(TimeWord::kSpecial) | Bit(TimeWord::kPrep)},
};
static_assert(static_cast<int>(TimeWord::kPrep) < kNumberToken);

}  // namespace

bool TimeMatcher::MatchBase(size_t i, TimeParts* out) const {
  uint32_t start = t_[i].kind == TokKind::kNumber
                       ? kNum
                       : 1u << static_cast<int>(Kind(i));
  bool found = false;
  for (const Pattern& pattern : kPatterns) {
    if (!(pattern.starts & start)) continue;
    TimeParts p;
    p.first = static_cast<uint32_t>(i);
    if ((this->*pattern.match)(i, &p) && (!found || p.last > out->last)) {
      *out = p;
      found = true;
    }
  }
  return found;
}

bool TimeMatcher::MatchAt(size_t i, TimeParts* out) const {
  if (i >= size() || !Opens(i) || !MatchBase(i, out)) return false;
  JoinDateAndClock(out);
  return true;
}

std::vector<TimeParts> MatchTimes(std::string_view text,
                                  const std::vector<TimeTok>& toks,
                                  const std::vector<uint32_t>& openers) {
  std::vector<TimeParts> out;
  TimeMatcher m(text, toks);
  size_t next = 0;  // the first token not inside an expression found
  for (uint32_t i : openers) {
    if (i < next) continue;
    TimeParts p;
    if (m.MatchAt(i, &p)) {
      next = p.last;
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace newsfuse::analyze_internal
