// The pattern matcher over time tokens, internal to time_match_*.cc.
// Each Match* method tries one family of patterns at token i and returns
// the parts it states with their token range, or false. MatchTimes
// (time_match.cc) tries them all at each token and keeps the longest.
#ifndef NEWSFUSE_ANALYZE_TIME_MATCH_H_
#define NEWSFUSE_ANALYZE_TIME_MATCH_H_

#include <string_view>
#include <vector>

#include "analyze/time_internal.h"

namespace newsfuse::analyze_internal {

class TimeMatcher {
 public:
  TimeMatcher(std::string_view text, const std::vector<TimeTok>& toks)
      : text_(text), t_(toks) {}

  // The longest expression starting at token i (with the date/time pairs
  // joined), or false.
  bool MatchAt(size_t i, TimeParts* out) const;

  // Whether an expression may start at token i: a number, or a word the
  // lexicon says opens one ("May" in lower case only before a day; "a",
  // "an", "the" only before a number or a time word). Cheap, inline.
  bool Opens(size_t i) const {
    const TimeTok& t = t_[i];
    if (t.kind == TokKind::kNumber) return true;
    const WordInfo* info = t.info;
    if (info == nullptr || !info->opens) return false;
    if (info->needs_cap && !t.cap) return LowerCaseKind(i) != TimeWord::kNone;
    if (info->kind != TimeWord::kPrep) return true;
    if (i + 1 >= t_.size()) return false;
    if (info->value == static_cast<int>(Prep::kOther)) return true;  // once
    TimeWord next = Kind(i + 1);
    return t_[i + 1].kind == TokKind::kNumber ||
           (next != TimeWord::kNone && next != TimeWord::kPrep);
  }

  // ---- Token tests (time_match.cc) ----
  size_t size() const { return t_.size(); }
  const TimeTok& tok(size_t i) const { return t_[i]; }
  TimeWord Kind(size_t i) const {  // kNone past the end or for non-words
    if (i >= t_.size() || t_[i].info == nullptr) return TimeWord::kNone;
    const WordInfo* info = t_[i].info;
    if (info->needs_cap && !t_[i].cap) return LowerCaseKind(i);
    return info->kind;
  }
  int Value(size_t i) const { return t_[i].info->value; }
  bool Word(size_t i, std::string_view lower) const {
    if (i >= t_.size() || t_[i].kind != TokKind::kWord ||
        t_[i].end - t_[i].begin != lower.size()) {
      return false;
    }
    const char* w = text_.data() + t_[i].begin;  // letters only: | 0x20 folds
    for (char c : lower) {
      if ((*w++ | 0x20) != c) return false;
    }
    return true;
  }
  bool Punct(size_t i, char c) const {
    return i < t_.size() && t_[i].kind == TokKind::kPunct &&
           text_[t_[i].begin] == c;
  }
  bool Attached(size_t i) const {  // no space before token i
    return i < t_.size() && !t_[i].space_before;
  }
  bool IsPrep(size_t i, Prep p) const {
    return Kind(i) == TimeWord::kPrep && Value(i) == static_cast<int>(p);
  }
  // A count at i: digits, a number word, "a"/"an" when allow_a, "twenty-
  // five"; -1 for "several", "a few". Sets *next past it.
  bool Amount(size_t i, bool allow_a, int* amount, size_t* next) const;
  // A unit word at i: sets *unit and *plural.
  bool Unit(size_t i, TimeUnit* unit, bool* plural) const;

  // ---- Dates (time_match_date.cc) ----
  bool MatchIsoDate(size_t i, TimeParts* p) const;
  bool MatchSlashDate(size_t i, TimeParts* p) const;
  bool MatchMonthFirst(size_t i, TimeParts* p) const;
  bool MatchDayFirst(size_t i, TimeParts* p) const;
  bool MatchYear(size_t i, TimeParts* p) const;
  bool MatchQuarterOrSeason(size_t i, TimeParts* p) const;
  // Sets the year of `p` from the number at i (range checked).
  void SetYear(size_t i, TimeParts* p) const;

  // ---- Relative dates, durations, sets (time_match_rel.cc) ----
  bool MatchWeekday(size_t i, TimeParts* p) const;
  bool MatchRelDay(size_t i, TimeParts* p) const;
  bool MatchShift(size_t i, TimeParts* p) const;
  // After a shift word: "last Monday", "next March", "last summer", "this
  // morning", "next weekend".
  bool ShiftOfNamed(size_t j, int shift, TimeParts* p) const;
  bool MatchEdge(size_t i, TimeParts* p) const;
  bool MatchAmount(size_t i, TimeParts* p) const;  // ago, durations
  bool MatchSet(size_t i, TimeParts* p) const;
  bool MatchSpecial(size_t i, TimeParts* p) const;

  // ---- Clock times (time_match_clock.cc) ----
  bool MatchClock(size_t i, TimeParts* p) const;
  // A meridiem at i ("pm", "p.m.", "p m"): sets *add (0 or 12), *next.
  bool Meridiem(size_t i, int* add, size_t* next) const;
  // A zone at i ("GMT", "Moscow time", "Narnia time"): sets p's zone.
  size_t Zone(size_t i, TimeParts* p) const;
  // Joins a date and a clock time written next to each other.
  void JoinDateAndClock(TimeParts* p) const;

 private:
  bool MatchBase(size_t i, TimeParts* out) const;
  // "may", "march", "fall" in lower case: a month only before a day.
  TimeWord LowerCaseKind(size_t i) const;

  std::string_view text_;
  const std::vector<TimeTok>& t_;
};

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_TIME_MATCH_H_
