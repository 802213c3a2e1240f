// The words of time expressions, one table.
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "analyze/time_internal.h"

namespace newsfuse::analyze_internal {
namespace {

struct Entry {
  std::string_view word;
  TimeWord kind;
  int value;
  bool plural = false;
  bool needs_cap = false;
};

using W = TimeWord;
using U = TimeUnit;
constexpr int U8(U u) { return static_cast<int>(u); }
constexpr int P8(Prep p) { return static_cast<int>(p); }

constexpr Entry kEntries[] = {
    // Months (and common abbreviations). "May" and "March" are also a verb
    // and a noun: only capitalized.
    {"january", W::kMonth, 1}, {"jan", W::kMonth, 1},
    {"february", W::kMonth, 2}, {"feb", W::kMonth, 2},
    {"march", W::kMonth, 3, false, true}, {"mar", W::kMonth, 3, false, true},
    {"april", W::kMonth, 4}, {"apr", W::kMonth, 4},
    {"may", W::kMonth, 5, false, true},
    {"june", W::kMonth, 6}, {"jun", W::kMonth, 6},
    {"july", W::kMonth, 7}, {"jul", W::kMonth, 7},
    {"august", W::kMonth, 8}, {"aug", W::kMonth, 8},
    {"september", W::kMonth, 9}, {"sept", W::kMonth, 9},
    {"sep", W::kMonth, 9}, {"october", W::kMonth, 10},
    {"oct", W::kMonth, 10}, {"november", W::kMonth, 11},
    {"nov", W::kMonth, 11}, {"december", W::kMonth, 12},
    {"dec", W::kMonth, 12},
    // Weekdays.
    {"monday", W::kWeekday, 0}, {"tuesday", W::kWeekday, 1},
    {"wednesday", W::kWeekday, 2}, {"thursday", W::kWeekday, 3},
    {"friday", W::kWeekday, 4}, {"saturday", W::kWeekday, 5},
    {"sunday", W::kWeekday, 6}, {"mondays", W::kWeekday, 0, true},
    {"tuesdays", W::kWeekday, 1, true}, {"wednesdays", W::kWeekday, 2, true},
    {"thursdays", W::kWeekday, 3, true}, {"fridays", W::kWeekday, 4, true},
    {"saturdays", W::kWeekday, 5, true}, {"sundays", W::kWeekday, 6, true},
    {"mon", W::kWeekday, 0, false, true}, {"tue", W::kWeekday, 1},
    {"tues", W::kWeekday, 1}, {"wed", W::kWeekday, 2, false, true},
    {"thu", W::kWeekday, 3}, {"thur", W::kWeekday, 3},
    {"thurs", W::kWeekday, 3}, {"fri", W::kWeekday, 4},
    // Units.
    {"second", W::kUnit, U8(U::kSecond)},
    {"seconds", W::kUnit, U8(U::kSecond), true},
    {"minute", W::kUnit, U8(U::kMinute)},
    {"minutes", W::kUnit, U8(U::kMinute), true},
    {"min", W::kUnit, U8(U::kMinute)}, {"mins", W::kUnit, U8(U::kMinute), true},
    {"hour", W::kUnit, U8(U::kHour)}, {"hours", W::kUnit, U8(U::kHour), true},
    {"hr", W::kUnit, U8(U::kHour)}, {"hrs", W::kUnit, U8(U::kHour), true},
    {"h", W::kUnit, U8(U::kHour)},
    {"day", W::kUnit, U8(U::kDay)}, {"days", W::kUnit, U8(U::kDay), true},
    {"week", W::kUnit, U8(U::kWeek)}, {"weeks", W::kUnit, U8(U::kWeek), true},
    {"month", W::kUnit, U8(U::kMonth)},
    {"months", W::kUnit, U8(U::kMonth), true},
    {"year", W::kUnit, U8(U::kYear)}, {"years", W::kUnit, U8(U::kYear), true},
    {"yr", W::kUnit, U8(U::kYear)}, {"yrs", W::kUnit, U8(U::kYear), true},
    {"decade", W::kUnit, U8(U::kDecade)},
    {"decades", W::kUnit, U8(U::kDecade), true},
    {"century", W::kUnit, U8(U::kCentury)},
    {"centuries", W::kUnit, U8(U::kCentury), true},
    // Number words.
    {"one", W::kNumber, 1}, {"two", W::kNumber, 2}, {"three", W::kNumber, 3},
    {"four", W::kNumber, 4}, {"five", W::kNumber, 5}, {"six", W::kNumber, 6},
    {"seven", W::kNumber, 7}, {"eight", W::kNumber, 8},
    {"nine", W::kNumber, 9}, {"ten", W::kNumber, 10},
    {"eleven", W::kNumber, 11}, {"twelve", W::kNumber, 12},
    {"thirteen", W::kNumber, 13}, {"fourteen", W::kNumber, 14},
    {"fifteen", W::kNumber, 15}, {"sixteen", W::kNumber, 16},
    {"seventeen", W::kNumber, 17}, {"eighteen", W::kNumber, 18},
    {"nineteen", W::kNumber, 19}, {"twenty", W::kNumber, 20},
    {"thirty", W::kNumber, 30}, {"forty", W::kNumber, 40},
    {"fifty", W::kNumber, 50}, {"sixty", W::kNumber, 60},
    {"ninety", W::kNumber, 90}, {"hundred", W::kNumber, 100},
    {"dozen", W::kNumber, 12}, {"several", W::kNumber, -1},
    {"few", W::kNumber, -1}, {"many", W::kNumber, -1},
    // Ordinals.
    {"first", W::kOrdinal, 1}, {"third", W::kOrdinal, 3},
    {"fourth", W::kOrdinal, 4}, {"fifth", W::kOrdinal, 5},
    {"final", W::kOrdinal, 4},
    // Days relative to the anchor.
    {"today", W::kRelDay, 0}, {"yesterday", W::kRelDay, -1},
    {"tomorrow", W::kRelDay, 1}, {"tonight", W::kRelDay, 0},
    // Parts of the day.
    {"morning", W::kPartOfDay, 0}, {"afternoon", W::kPartOfDay, 1},
    {"evening", W::kPartOfDay, 2}, {"night", W::kPartOfDay, 3},
    // Shifts: how many units from the anchor's.
    {"last", W::kShift, -1}, {"past", W::kShift, -1},
    {"previous", W::kShift, -1}, {"next", W::kShift, 1},
    {"coming", W::kShift, 1}, {"following", W::kShift, 1},
    {"this", W::kShift, 0}, {"current", W::kShift, 0},
    {"early", W::kEdge, 0}, {"late", W::kEdge, 0}, {"mid", W::kEdge, 0},
    {"earlier", W::kEdge, -1}, {"later", W::kEdge, 1},
    {"ago", W::kAgo, 0}, {"every", W::kEvery, 0}, {"each", W::kEvery, 0},
    {"daily", W::kSetAdverb, U8(U::kDay)},
    {"nightly", W::kSetAdverb, U8(U::kDay)},
    {"weekly", W::kSetAdverb, U8(U::kWeek)},
    {"monthly", W::kSetAdverb, U8(U::kMonth)},
    {"annually", W::kSetAdverb, U8(U::kYear)},
    {"yearly", W::kSetAdverb, U8(U::kYear)},
    {"annual", W::kSetAdverb, U8(U::kYear)},
    {"hourly", W::kSetAdverb, U8(U::kHour)},
    {"am", W::kMeridiem, 0}, {"pm", W::kMeridiem, 12},
    {"noon", W::kClockWord, 12}, {"midday", W::kClockWord, 12},
    {"midnight", W::kClockWord, 0},
    {"now", W::kSpecial, 0}, {"currently", W::kSpecial, 0},
    {"recently", W::kSpecial, 1}, {"future", W::kSpecial, 2},
    {"spring", W::kSeason, 0}, {"summer", W::kSeason, 1},
    {"fall", W::kSeason, 2, false, true}, {"autumn", W::kSeason, 2},
    {"winter", W::kSeason, 3},
    {"quarter", W::kQuarter, 0}, {"weekend", W::kWeekend, 0},
    {"weekends", W::kWeekend, 0, true},
    // Tense cues.
    {"was", W::kTense, -1}, {"were", W::kTense, -1}, {"had", W::kTense, -1},
    {"did", W::kTense, -1}, {"said", W::kTense, -1}, {"told", W::kTense, -1},
    {"met", W::kTense, -1}, {"held", W::kTense, -1}, {"took", W::kTense, -1},
    {"made", W::kTense, -1}, {"came", W::kTense, -1}, {"went", W::kTense, -1},
    {"began", W::kTense, -1}, {"left", W::kTense, -1},
    {"will", W::kTense, 1}, {"shall", W::kTense, 1}, {"ll", W::kTense, 1},
    {"going", W::kTense, 1}, {"scheduled", W::kTense, 1},
    {"expected", W::kTense, 1}, {"due", W::kTense, 1},
    {"upcoming", W::kTense, 1}, {"plans", W::kTense, 1},
    // Prepositions and articles that frame an expression.
    {"in", W::kPrep, P8(Prep::kIn)}, {"on", W::kPrep, P8(Prep::kOn)},
    {"at", W::kPrep, P8(Prep::kAt)}, {"since", W::kPrep, P8(Prep::kSince)},
    {"for", W::kPrep, P8(Prep::kFor)}, {"until", W::kPrep, P8(Prep::kUntil)},
    {"till", W::kPrep, P8(Prep::kUntil)}, {"by", W::kPrep, P8(Prep::kBy)},
    {"from", W::kPrep, P8(Prep::kFrom)},
    {"during", W::kPrep, P8(Prep::kDuring)},
    {"within", W::kPrep, P8(Prep::kWithin)},
    {"over", W::kPrep, P8(Prep::kOver)}, {"after", W::kPrep, P8(Prep::kAfter)},
    {"before", W::kPrep, P8(Prep::kBefore)}, {"of", W::kPrep, P8(Prep::kOf)},
    {"the", W::kPrep, P8(Prep::kThe)}, {"a", W::kPrep, P8(Prep::kA)},
    {"an", W::kPrep, P8(Prep::kA)}, {"per", W::kPrep, P8(Prep::kPer)},
    {"to", W::kPrep, P8(Prep::kTo)}, {"through", W::kPrep, P8(Prep::kUntil)},
    {"around", W::kPrep, P8(Prep::kOther)},
    {"between", W::kPrep, P8(Prep::kOther)},
    {"and", W::kPrep, P8(Prep::kOther)},
    {"recent", W::kShift, -1},
    {"about", W::kPrep, P8(Prep::kOther)},
    {"nearly", W::kPrep, P8(Prep::kOther)},
    {"almost", W::kPrep, P8(Prep::kOther)},
    {"than", W::kPrep, P8(Prep::kOther)},
    {"once", W::kPrep, P8(Prep::kOther)},
    {"twice", W::kPrep, P8(Prep::kOther)},
    {"times", W::kPrep, P8(Prep::kOther)},
    {"other", W::kPrep, P8(Prep::kOther)},
    {"o", W::kPrep, P8(Prep::kOther)},
    {"clock", W::kPrep, P8(Prep::kOther)},
    {"time", W::kPrep, P8(Prep::kOther)},
};

}  // namespace

TimeLexicon::TimeLexicon() {
  for (const Entry& e : kEntries) {
    WordInfo info;
    info.kind = e.kind;
    info.value = static_cast<int8_t>(e.value);
    info.plural = e.plural;
    info.needs_cap = e.needs_cap;
    info.opens = Opens(e.kind, e.word);
    Add(e.word, info);
  }
  for (int i = 0; i < ZoneCount(); ++i) {
    WordInfo info;
    info.kind = TimeWord::kZone;
    info.value = static_cast<int8_t>(i);
    Add(ZoneNameAt(i), info);
  }
}

const TimeLexicon& TimeLexicon::Get() {
  static const TimeLexicon* lexicon = new TimeLexicon();
  return *lexicon;
}

// Whether a word may start an expression: tense cues, zones and meridiems
// only follow one, and of the prepositions and articles only "a", "an",
// "the", "once" and "twice" lead one ("a week ago", "the 1990s", "twice a
// week").
bool TimeLexicon::Opens(TimeWord kind, std::string_view word) {
  switch (kind) {
    case TimeWord::kNone:
    case TimeWord::kTense:
    case TimeWord::kZone:
    case TimeWord::kMeridiem:
      return false;
    case TimeWord::kPrep:
      return word == "a" || word == "an" || word == "the" || word == "once" ||
             word == "twice";
    default:
      return true;
  }
}

void TimeLexicon::Add(std::string_view word, const WordInfo& info) {
  if (word.empty() || word.size() > kMaxWord ||
      index_.Find(word) != WordMap::kAbsent) {
    return;  // the first entry of a word stays
  }
  index_.Add(word, static_cast<uint32_t>(infos_.size()));
  infos_.push_back(info);
  masks_[MaskIndex(word.data(), word.size())] |= 1u << word.size();
}

}  // namespace newsfuse::analyze_internal
