// Datelines: lines that are only a date or time, and the place-and-agency
// prefix that wire stories put before their first sentence.
//
//   "Updated 10:32 GMT"                  -> a dateline line
//   "WASHINGTON (AP) — President ..."    -> prefix "WASHINGTON (AP) — "
//   "LONDON, May 19 (Reuters) - The ..." -> prefix up to and with "- "
//   "NATO leaders met ..."               -> no prefix
#include <algorithm>
#include <string>
#include <string_view>

#include "clean/clean_internal.h"
#include "newsfuse/clean.h"
#include "newsfuse/unicode.h"

namespace newsfuse {
namespace {

// ---- Dateline-only lines. ----

// Words that may label or join the parts of a date: "Updated", "Published on",
// "Last modified:", "2 hours ago".
constexpr std::string_view kDateWords[] = {
    "updated", "published", "posted", "last",  "first", "modified",
    "edited",  "created",   "on",     "at",    "date",  "time",
    "and",     "ago",       "hour",   "hours", "hr",    "hrs",
    "minute",  "minutes",   "min",    "mins",  "day",   "days",
    "week",    "weeks",     "am",     "pm",    "a.m",   "p.m"};
constexpr std::string_view kMonths[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
    "jan",     "feb",      "mar",       "apr",     "jun",      "jul",
    "aug",     "sep",      "sept",      "oct",     "nov",      "dec"};
constexpr std::string_view kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon",     "tue",       "tues",     "wed",    "thu",
    "thur",   "thurs",   "fri",       "sat",      "sun"};
constexpr std::string_view kZones[] = {
    "gmt", "utc",  "bst", "cet", "cest", "et",   "est", "edt",
    "ct",  "cst",  "cdt", "pt",  "pst",  "pdt",  "ist", "msk",
    "eet", "eest", "z",   "jst", "aest", "aedt", "hkt", "sgt"};

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "19", "10:32", "10.32", "2025-05-19", "19/05/2025", "+03:00", "19th",
// "10am", "14h".
bool IsNumberToken(std::string_view w) {
  if (w.starts_with('+')) w.remove_prefix(1);
  if (w.empty() || !IsDigit(w[0])) return false;
  size_t i = 0;
  while (i < w.size() && (IsDigit(w[i]) || w[i] == ':' || w[i] == '.' ||
                          w[i] == '/' || w[i] == '-')) {
    ++i;
  }
  std::string_view suffix = w.substr(i);
  return suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" ||
         suffix == "th" || suffix == "h" || suffix == "am" || suffix == "pm";
}

// "2025-05-19" (not a phone number such as "02-751-1500").
bool IsIsoDate(std::string_view w) {
  return w.size() == 10 && w[4] == '-' && w[7] == '-' &&
         std::all_of(w.begin(), w.begin() + 4, IsDigit);
}

// Splits on spaces, commas and bars; strips brackets and trailing ':' / '.'.
template <typename Fn>
bool AllTokens(std::string_view form, Fn fn) {
  size_t i = 0;
  while (i < form.size()) {
    size_t end = form.find_first_of(" ,|", i);
    if (end == std::string_view::npos) end = form.size();
    std::string_view w = form.substr(i, end - i);
    i = end + 1;
    while (!w.empty() && (w.front() == '(' || w.front() == '[')) {
      w.remove_prefix(1);
    }
    while (!w.empty() && (w.back() == ')' || w.back() == ']' ||
                          w.back() == ':' || w.back() == '.')) {
      w.remove_suffix(1);
    }
    if (w.empty() || w == "-" || w == "/") continue;
    if (!fn(w)) return false;
  }
  return true;
}

// ---- Dateline prefixes. ----

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Capitalized words that open a sentence set in capitals ("A FIRE - BOMB
// attack ...", "BREAKING - ..."), never a place name.
constexpr std::string_view kNotPlaceWords[] = {
    "A",     "AN",   "I",    "IT",       "WE",     "HE",      "SHE",
    "THEY",  "IN",   "ON",   "AT",       "OF",     "AND",     "OR",
    "BUT",   "IS",   "WAS",  "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE",
    "WATCH", "LIVE", "NOTE", "EDITOR'S"};

// Length of a dash at s[i] ("—", "–", or '-' / "--" followed by a space).
size_t DashAt(std::string_view s, size_t i) {
  std::string_view rest = s.substr(i);
  if (rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93")) {
    return 3;
  }
  if (rest.starts_with("-- ")) return 2;
  if (rest.starts_with("- ")) return 1;
  return 0;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// End of the place: up to four upper-case words joined by ' ' or '/'
// ("WASHINGTON", "NEW YORK", "MOSCOW/WASHINGTON"); 0 when there is none.
size_t ScanPlace(std::string_view s) {
  size_t i = 0, end = 0, words = 0, letters = 0;
  while (i < s.size() && words < 4) {
    size_t start = i;
    while (i < s.size() && (IsUpper(s[i]) || s[i] == '.' || s[i] == '\'' ||
                            (s[i] == '-' && i > start))) {
      letters += IsUpper(s[i]) ? 1 : 0;
      ++i;
    }
    bool word_ends = i == s.size() || s[i] == ' ' || s[i] == '/' ||
                     s[i] == ',' || s[i] == '(';
    if (i == start || !IsUpper(s[start]) || !word_ends) break;
    if (InList(kNotPlaceWords, s.substr(start, i - start))) return 0;
    end = i;
    ++words;
    if (i < s.size() && (s[i] == '/' || s[i] == ' ') && i + 1 < s.size() &&
        IsUpper(s[i + 1])) {
      ++i;  // the next word of the place
      continue;
    }
    break;
  }
  return letters >= 2 ? end : 0;
}

// After "PLACE", an optional ", Region" or ", May 19" that runs up to the
// credit or the dash; returns where it ends, or `i` when there is none.
size_t ScanQualifier(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != ',') return i;
  for (size_t j = i + 1; j < s.size() && j - i <= 48; ++j) {
    if (s[j] == '(' || (s[j - 1] == ' ' && DashAt(s, j) > 0)) return j;
    char c = s[j];
    bool ok = (c >= 'a' && c <= 'z') || IsUpper(c) || IsDigit(c) || c == ' ' ||
              c == ',' || c == '.' || c == '\'';
    if (!ok) return i;
  }
  return i;
}

// After the place, "(AP)", "(Reuters)" or "()"; returns where it ends, or `i`.
size_t ScanCredit(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '(') return i;
  size_t close = s.find(')', i);
  if (close == std::string_view::npos || close - i > 32) return i;
  for (size_t j = i + 1; j < close; ++j) {
    char c = s[j];
    if (!((c >= 'a' && c <= 'z') || IsUpper(c) || c == ' ' || c == '.' ||
          c == '&' || c == '-' || c == '/')) {
      return i;
    }
  }
  return close + 1;
}

}  // namespace

namespace clean_internal {

bool IsDatelineOnly(std::string_view line) {
  line = Trim(line);
  if (line.empty() || CountWords(line, 14) > 14) return false;
  std::string form = MatchingForm(line);
  // A number, and something that makes it a date or time: a word ("May",
  // "GMT", "Updated") or a separator ("10:32", "19/05/2025").
  bool number = false, date = false;
  bool ok = AllTokens(form, [&](std::string_view w) {
    if (IsNumberToken(w)) {
      number = true;
      date = date || w.find_first_of(":/") != std::string_view::npos ||
             IsIsoDate(w);
      return true;
    }
    date = true;
    return InList(kDateWords, w) || InList(kMonths, w) ||
           InList(kWeekdays, w) || InList(kZones, w);
  });
  return ok && number && date;
}

}  // namespace clean_internal

size_t DatelinePrefixLength(std::string_view line) {
  size_t i = ScanPlace(line);
  if (i == 0) return 0;
  i = ScanQualifier(line, i);
  size_t j = SkipSpaces(line, i);
  size_t after_credit = ScanCredit(line, j);
  bool credit = after_credit != j;
  if (credit) i = after_credit;
  j = SkipSpaces(line, i);
  if (size_t dash = DashAt(line, j); dash > 0) {
    i = j + dash;
  } else if (!credit || j == i) {
    return 0;  // neither a dash nor a credit followed by a space
  }
  i = SkipSpaces(line, i);
  if (i >= line.size()) return 0;  // the whole line: not a prefix
  // What follows must open a sentence, which tells "NATO - the alliance ..."
  // apart from a dateline.
  if (!clean_internal::StartsCapitalized(line.substr(i))) return 0;
  return i;
}

}  // namespace newsfuse
