// Time expressions, internal to src/analyze. FindTimes (times.cc) runs three
// steps over each sentence:
//
//   scan     (time_scan.cc)     bytes -> TimeTok: words (with their entry in
//                               the time lexicon), numbers, punctuation;
//   match    (time_match*.cc)   tokens -> TimeParts: what the words state
//                               ("last" + "Monday", "5" "p.m." "Moscow"
//                               "time"), no calendar arithmetic;
//   resolve  (time_resolve.cc)  TimeParts + anchor -> TimeExpression with a
//                               TIMEX3 value, or an empty value when the
//                               parts name no real time.
//
// The words live in one table (time_lexicon.cc); the zones in another
// (time_zone.cc); calendar arithmetic in time_calendar.cc.
#ifndef NEWSFUSE_ANALYZE_TIME_INTERNAL_H_
#define NEWSFUSE_ANALYZE_TIME_INTERNAL_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil.h"
#include "common/word_map.h"
#include "newsfuse/article.h"

namespace newsfuse::analyze_internal {

// ---- Lexicon ----

enum class TimeWord : uint8_t {
  kNone,
  kMonth,      // value 1..12
  kWeekday,    // value 0 (Monday) .. 6
  kUnit,       // value TimeUnit; plural in WordInfo::plural
  kNumber,     // "one".."sixty", "a dozen": value
  kOrdinal,    // "first".."thirty-first" as one word: value
  kRelDay,     // today 0, yesterday -1, tomorrow +1, tonight 0 (night)
  kPartOfDay,  // value PartOfDay
  kShift,      // last/next/this/...: value -1, +1, 0; see lexicon
  kEdge,       // early, late, mid, earlier, later: modifiers kept in span
  kAgo,        // "ago"
  kEvery,      // every, each
  kSetAdverb,  // daily, weekly...: value TimeUnit
  kMeridiem,   // am 0, pm 12 ("a.m." is matched from "a" "." "m" ".")
  kClockWord,  // noon 12, midnight 0
  kZone,       // a zone name or abbreviation: value index in zone table
  kSpecial,    // now, currently, recently, future...: value SpecialRef
  kSeason,     // value 0 spring, 1 summer, 2 fall, 3 winter
  kQuarter,    // "quarter"
  kWeekend,    // "weekend"
  kTense,      // a tense cue: value -1 past, +1 future
  kPrep,       // in, on, at, since, for...: value Prep
};

enum class TimeUnit : uint8_t {
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kMonth,
  kYear,
  kDecade,
  kCentury
};

enum class PartOfDay : uint8_t { kMorning, kAfternoon, kEvening, kNight };

enum class Prep : uint8_t {
  kIn,
  kOn,
  kAt,
  kSince,
  kFor,
  kUntil,
  kBy,
  kFrom,
  kDuring,
  kWithin,
  kOver,
  kAfter,
  kBefore,
  kOf,
  kThe,
  kA,
  kPer,
  kTo,
  kOther
};

enum class SpecialRef : uint8_t { kPresent, kPast, kFuture };

struct WordInfo {
  TimeWord kind = TimeWord::kNone;
  int8_t value = 0;
  bool plural = false;     // "weeks", "Mondays"
  bool needs_cap = false;  // "May", "March": a month only when capitalized
  bool opens = false;      // may start an expression (see MatchTimes)
};

// The words of time expressions, in a WordMap behind a cheap filter.
// Immutable after construction; thread-safe.
class TimeLexicon {
 public:
  static const TimeLexicon& Get();

  // The entry of the n ASCII letters at `word`, in any case, or nullptr.
  // Inline: the scanner calls it for every word.
  const WordInfo* FindLetters(const char* word, size_t n) const {
    if (n == 0 || n > kMaxWord || !(masks_[MaskIndex(word, n)] >> n & 1)) {
      return nullptr;
    }
    uint32_t i = index_.FindLetters(std::string_view(word, n));
    return i == WordMap::kAbsent ? nullptr : &infos_[i];
  }

 private:
  static constexpr size_t kMaxWord = 11;

  TimeLexicon();
  static bool Opens(TimeWord kind, std::string_view word);
  void Add(std::string_view word, const WordInfo& info);
  // Indexed by the low five bits of the first two letters (which case does
  // not change): the word lengths present. Most words of running text
  // fail this test and are never looked up.
  static size_t MaskIndex(const char* word, size_t n) {
    size_t second = n > 1 ? static_cast<unsigned char>(word[1]) & 31 : 0;
    return (static_cast<unsigned char>(word[0]) & 31) << 5 | second;
  }

  WordMap index_;               // word -> index into infos_
  std::vector<WordInfo> infos_;
  std::array<uint16_t, 1024> masks_ = {};
};

// ---- Zones ----

struct ZoneInfo {
  std::string_view name;  // lower case: "moscow", "est", "eastern"
  int16_t std_minutes;    // standard offset from UTC
  // Daylight saving rule: 0 none, 1 US (2nd Sun Mar - 1st Sun Nov),
  // 2 EU (last Sun Mar - last Sun Oct).
  uint8_t dst_rule;
  bool needs_time_word;  // "Moscow" counts only in "Moscow time"
};

int ZoneCount();
std::string_view ZoneNameAt(int index);  // for the lexicon
// Zone table entry `index`, or nullptr (also for "local").
const ZoneInfo* ZoneAt(int index);
// Its UTC offset in minutes on local date `days` (since 1970-01-01); none
// when the zone keeps daylight saving time and the date is unknown.
std::optional<int> ZoneOffsetMinutes(const ZoneInfo& zone,
                                     std::optional<int64_t> days);
std::string FormatUtcOffset(int minutes);  // "+03:00", "-04:00"

// ---- Calendar ----

using civil::CivilFromDays;
using civil::DaysFromCivil;
using civil::DaysInMonth;
using civil::IsoWeekOf;
using civil::WeekdayOfDays;  // 0 Monday .. 6 Sunday

// ---- Scan ----

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

struct TimeTok {
  uint32_t begin = 0, end = 0;  // bytes in the scanned text
  TokKind kind = TokKind::kPunct;
  bool space_before = false;       // white space (or the start) before it
  bool cap = false;                // a word starting with an upper-case letter
  uint8_t digits = 0;              // a number's digit count (0 when grouped)
  bool ends_ed = false;            // a word of 5 to 11 letters ending "ed"
  const WordInfo* info = nullptr;  // a word's lexicon entry
  int64_t number = 0;              // a number's value
};

// Appends the tokens of `text` (positions offset by `base`) to `out`, and
// to `openers` (when given) the indices of those that may open an
// expression: numbers, and words whose entry says so (WordInfo::opens).
void ScanTimeTokens(std::string_view text, uint32_t base,
                    std::vector<TimeTok>* out,
                    std::vector<uint32_t>* openers = nullptr);

// ---- Match ----

// What one expression states, before any calendar arithmetic.
struct TimeParts {
  uint32_t first = 0, last = 0;  // token range [first, last)
  TimeType type = TimeType::kDate;
  // Absolute parts of a date (0 = unknown).
  int year = 0, month = 0, day = 0;
  bool decade = false;  // "the 1990s": year 1990, value "199"
  int quarter = 0;      // 1..4
  int season = -1;      // 0..3
  // Relative parts: `shift` units of `unit` from the anchor (0 with
  // `relative_unit` set means "this week").
  bool relative_unit = false;
  TimeUnit unit = TimeUnit::kDay;
  int shift = 0;
  int weekday = -1;   // 0..6
  int direction = 0;  // weekday/month alone: -1 last, +1 next, 0 tense
  bool weekend = false;
  int part_of_day = -1;  // PartOfDay
  int special = -1;      // SpecialRef
  // Time of day.
  int hour = -1, minute = 0;
  int zone = -1;              // zone table index
  bool unknown_zone = false;  // "X time" with an X we do not know
  // Duration and set.
  int amount = 0;            // -1: unspecified ("for years" -> PXY)
  bool after_in = false;     // "in two weeks": a date when not past tense
  bool the_weekend = false;  // "(over) the weekend": which one by tense
  bool invalid = false;      // impossible date or year out of range
};

// The expressions among `toks` (one sentence), longest first match at each
// token, in order; only the tokens in `openers` (ascending, from
// ScanTimeTokens) are tried. `text` is what the tokens were scanned from.
std::vector<TimeParts> MatchTimes(std::string_view text,
                                  const std::vector<TimeTok>& toks,
                                  const std::vector<uint32_t>& openers);

// ---- Resolve ----

struct Anchor {
  int64_t days = 0;  // local day since 1970-01-01
  bool has_time = false;
  int minute_of_day = 0;
};
std::optional<Anchor> AnchorOf(const std::optional<Timestamp>& published);

// -1 past, +1 future, 0 none: the tense cue nearest to tokens
// [first, last) in `toks`.
int TenseNear(const std::vector<TimeTok>& toks, uint32_t first, uint32_t last);

// Fills the type, value, day_offset, weekday, time, tz and relative fields
// of `out` from `parts`.
void ResolveTime(const TimeParts& parts, const std::optional<Anchor>& anchor,
                 int tense, TimeExpression* out);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_TIME_INTERNAL_H_
