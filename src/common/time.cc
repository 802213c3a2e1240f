// Timestamp formatting and parsing (see newsfuse/timestamp.h).
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "common/civil.h"
#include "newsfuse/article.h"
#include "newsfuse/timestamp.h"

namespace newsfuse {
namespace {

using civil::DaysFromCivil;
using civil::DaysInMonth;

constexpr int64_t kSecondsPerDay = 86400;
constexpr int kMaxOffsetMinutes = 18 * 60;

int64_t FloorDiv(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// The parts of a timestamp as read, before validation.
struct Fields {
  int year = -1, month = -1, day = -1;
  int hour = 0, minute = 0, second = 0;
  bool has_time = false;
  std::optional<int> offset;  // minutes east of UTC
};

std::optional<Timestamp> Build(const Fields& f) {
  if (f.year < 1 || f.year > 9999 || f.month < 1 || f.month > 12) {
    return std::nullopt;
  }
  if (f.day < 1 || f.day > DaysInMonth(f.year, f.month)) return std::nullopt;
  if (f.hour > 24 || f.minute > 59 || f.second > 60) return std::nullopt;
  if (f.hour == 24 && (f.minute != 0 || f.second != 0)) return std::nullopt;
  if (f.offset &&
      (*f.offset > kMaxOffsetMinutes || *f.offset < -kMaxOffsetMinutes)) {
    return std::nullopt;
  }
  Timestamp t;
  int second = f.second == 60 ? 59 : f.second;  // leap second: clamp
  t.epoch_seconds = DaysFromCivil(f.year, f.month, f.day) * kSecondsPerDay;
  t.has_time = f.has_time;
  if (f.has_time) {
    t.epoch_seconds += f.hour * 3600 + f.minute * 60 + second;
    t.utc_offset_minutes = f.offset;
    if (f.offset) t.epoch_seconds -= *f.offset * 60;
  }
  return t;
}

char Lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A read position over the input with small matching helpers.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek(size_t ahead = 0) const {
    return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0';
  }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }
  // Reads exactly `n` digits.
  bool Digits(int n, int* out) {
    int v = 0;
    for (int i = 0; i < n; ++i) {
      if (!IsDigit(Peek(i))) return false;
      v = v * 10 + (Peek(i) - '0');
    }
    pos_ += n;
    *out = v;
    return true;
  }
  // Reads a run of 1..max digits; returns its length (0 if none).
  int Number(int max, int* out) {
    int n = 0, v = 0;
    while (IsDigit(Peek()) && n < max) v = v * 10 + (s_[pos_++] - '0'), ++n;
    if (IsDigit(Peek())) return 0;  // too long
    *out = v;
    return n;
  }
  std::string Word() {
    std::string w;
    while (IsAlpha(Peek())) w += Lower(s_[pos_++]);
    return w;
  }
  void SkipDigits() {
    while (IsDigit(Peek())) ++pos_;
  }
  void SkipSpaces() {
    while (IsSpace(Peek())) ++pos_;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
};

// "+03:00", "+0300", "+03", "-05:00" after the sign character.
bool NumericOffset(Cursor* c, int* minutes) {
  int sign = c->Peek() == '-' ? -1 : 1;
  if (!c->Eat('+') && !c->Eat('-')) return false;
  int h = 0, m = 0;
  if (!c->Digits(2, &h)) return false;
  c->Eat(':');
  if (IsDigit(c->Peek()) && !c->Digits(2, &m)) return false;
  *minutes = sign * (h * 60 + m);
  return true;
}

std::optional<int> ZoneOffset(std::string_view name) {
  struct Zone {
    const char* name;
    int minutes;
  };
  static constexpr Zone kZones[] = {
      {"z", 0},      {"ut", 0},     {"utc", 0},    {"gmt", 0},    {"est", -300},
      {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
      {"pst", -480}, {"pdt", -420}, {"bst", 60},   {"cet", 60},   {"cest", 120},
      {"eet", 120},  {"eest", 180}, {"msk", 180},  {"jst", 540},  {"aest", 600},
  };
  for (const Zone& z : kZones) {
    if (name == z.name) return z.minutes;
  }
  return std::nullopt;
}

// hh:mm[:ss[.fff]] at the cursor.
bool ClockTime(Cursor* c, Fields* f) {
  if (!c->Digits(2, &f->hour) || !c->Eat(':') || !c->Digits(2, &f->minute)) {
    return false;
  }
  if (c->Eat(':')) {
    if (!c->Digits(2, &f->second)) return false;
    if (c->Eat('.') || c->Eat(',')) {
      if (!IsDigit(c->Peek())) return false;
      c->SkipDigits();
    }
  }
  f->has_time = true;
  return true;
}

std::optional<Timestamp> ParseIso(std::string_view s) {
  Cursor c(s);
  Fields f;
  if (!c.Digits(4, &f.year) || !c.Eat('-') || !c.Digits(2, &f.month) ||
      !c.Eat('-') || !c.Digits(2, &f.day)) {
    return std::nullopt;
  }
  if (c.AtEnd()) return Build(f);
  if (!(c.Eat('T') || c.Eat('t') || c.Eat(' ')) || !ClockTime(&c, &f)) {
    return std::nullopt;
  }
  c.SkipSpaces();
  int minutes = 0;
  if (c.Peek() == '+' || c.Peek() == '-') {
    if (!NumericOffset(&c, &minutes)) return std::nullopt;
    f.offset = minutes;
  } else if (IsAlpha(c.Peek())) {
    f.offset = ZoneOffset(c.Word());
    if (!f.offset) return std::nullopt;
  }
  c.SkipSpaces();
  if (!c.AtEnd()) return std::nullopt;
  return Build(f);
}

int MonthNumber(std::string_view w) {
  static constexpr const char* kMonths[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (int i = 0; i < 12; ++i) {
    std::string_view full = kMonths[i];
    if (w == full || w == full.substr(0, 3)) return i + 1;
    if (i == 8 && w == "sept") return 9;
  }
  return 0;
}

bool IsWeekday(std::string_view w) {
  static constexpr const char* kDays[] = {"monday",   "tuesday", "wednesday",
                                          "thursday", "friday",  "saturday",
                                          "sunday"};
  if (w.size() < 3) return false;
  for (std::string_view d : kDays) {
    if (w == d || w == d.substr(0, 3)) return true;
    if (w.size() == 4 && d.substr(0, 4) == w) return true;  // "tues", "thur"
  }
  return false;
}

// One alphabetic word of a prose or RFC 822 date.
bool ProseWord(const std::string& w, Fields* f) {
  if (IsWeekday(w) || w == "at" || w == "on" || w == "of") return true;
  if (int m = MonthNumber(w)) {
    if (f->month != -1) return false;
    f->month = m;
    return true;
  }
  if ((w == "am" || w == "pm") && f->has_time && f->hour >= 1 &&
      f->hour <= 12) {
    f->hour = (f->hour % 12) + (w == "pm" ? 12 : 0);
    return true;
  }
  std::optional<int> zone = ZoneOffset(w);
  if (!zone || !f->has_time || f->offset) return false;
  f->offset = zone;
  return true;
}

// A number of a prose or RFC 822 date: day, year or clock time.
bool ProseNumber(Cursor* c, Fields* f) {
  if (IsDigit(c->Peek(1)) && c->Peek(2) == ':' && !f->has_time) {
    return ClockTime(c, f);
  }
  if (c->Peek(1) == ':' && !f->has_time) {  // "9:30"
    if (!c->Digits(1, &f->hour) || !c->Eat(':') || !c->Digits(2, &f->minute)) {
      return false;
    }
    f->has_time = true;
    return true;
  }
  int v = 0;
  int n = c->Number(4, &v);
  if (n == 4 && f->year == -1) {
    f->year = v;
  } else if (n >= 1 && n <= 2 && f->day == -1) {
    f->day = v;
    std::string suffix = IsAlpha(c->Peek()) ? c->Word() : "";
    return suffix.empty() || suffix == "st" || suffix == "nd" ||
           suffix == "rd" || suffix == "th";
  } else if (n == 2 && f->year == -1) {  // RFC 822 two-digit year
    f->year = v < 50 ? 2000 + v : 1900 + v;
  } else {
    return false;
  }
  return true;
}

std::optional<Timestamp> ParseProse(std::string_view s) {
  Cursor c(s);
  Fields f;
  while (!c.AtEnd()) {
    char ch = c.Peek();
    if (IsSpace(ch) || ch == ',' || ch == '.' || ch == '(' || ch == ')') {
      c.Eat(ch);
    } else if (IsAlpha(ch)) {
      if (!ProseWord(c.Word(), &f)) return std::nullopt;
    } else if (IsDigit(ch)) {
      if (!ProseNumber(&c, &f)) return std::nullopt;
    } else if ((ch == '+' || ch == '-') && f.has_time && !f.offset) {
      int minutes = 0;
      if (!NumericOffset(&c, &minutes)) return std::nullopt;
      f.offset = minutes;
    } else {
      return std::nullopt;
    }
  }
  if (f.year == -1 || f.month == -1 || f.day == -1) return std::nullopt;
  return Build(f);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string Timestamp::ToIso8601() const {
  int64_t local = epoch_seconds;
  if (has_time && utc_offset_minutes) local += *utc_offset_minutes * 60;
  int64_t days = FloorDiv(local, kSecondsPerDay);
  int64_t secs = local - days * kSecondsPerDay;
  std::string out = civil::FormatDate(days);
  if (!has_time) return out;
  char buf[64];
  int n = std::snprintf(
      buf, sizeof(buf), "T%02d:%02d:%02d", static_cast<int>(secs / 3600),
      static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
  out.append(buf, n);
  if (!utc_offset_minutes) return out;
  int off = *utc_offset_minutes;
  if (off == 0) return out + "Z";
  int abs = off < 0 ? -off : off;
  n = std::snprintf(buf, sizeof(buf), "%c%02d:%02d", off < 0 ? '-' : '+',
                    abs / 60, abs % 60);
  return out.append(buf, n);
}

std::optional<Timestamp> ParseTimestamp(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 100) return std::nullopt;
  if (s.size() >= 10 && IsDigit(s[0]) && s[4] == '-') return ParseIso(s);
  return ParseProse(s);
}

}  // namespace newsfuse
