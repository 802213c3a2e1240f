// Time zones as news writes them: abbreviations, "Eastern", "Moscow time".
// Offsets from Debian tzdata (2025); daylight saving by the US and EU rules.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analyze/time_internal.h"

namespace newsfuse::analyze_internal {
namespace {

// The lexicon (time_lexicon.cc) maps each name to its index here.
constexpr ZoneInfo kZones[] = {
    {"gmt", 0, 0, false},        {"utc", 0, 0, false},
    {"z", 0, 0, false},          {"bst", 60, 0, false},
    {"cet", 60, 0, false},       {"cest", 120, 0, false},
    {"eet", 120, 0, false},      {"eest", 180, 0, false},
    {"msk", 180, 0, false},      {"est", -300, 0, false},
    {"edt", -240, 0, false},     {"cst", -360, 0, false},
    {"cdt", -300, 0, false},     {"mst", -420, 0, false},
    {"mdt", -360, 0, false},     {"pst", -480, 0, false},
    {"pdt", -420, 0, false},     {"et", -300, 1, false},
    {"pt", -480, 1, false},      {"ct", -360, 1, false},
    {"eastern", -300, 1, false}, {"pacific", -480, 1, false},
    {"central", -360, 1, false}, {"mountain", -420, 1, false},
    {"moscow", 180, 0, true},    {"kyiv", 120, 2, true},
    {"kiev", 120, 2, true},      {"london", 0, 2, true},
    {"paris", 60, 2, true},      {"berlin", 60, 2, true},
    {"brussels", 60, 2, true},   {"beijing", 480, 0, true},
    {"tokyo", 540, 0, true},     {"jst", 540, 0, false},
    {"ist", 330, 0, false},      {"india", 330, 0, true},
    {"washington", -300, 1, true}, {"greenwich", 0, 0, true},
    {"aedt", 660, 0, false},     {"aest", 600, 0, false},
    {"hkt", 480, 0, false},      {"sgt", 480, 0, false},
    {"wib", 420, 0, false},      {"pht", 480, 0, false},
    {"jerusalem", 120, 0, true}, {"tehran", 210, 0, true},
    {"gulf", 240, 0, true},      {"local", 0, 0, true},
};
constexpr int kLocalZone = static_cast<int>(std::size(kZones)) - 1;

// Day (since 1970-01-01) of the n-th (n >= 1) or last (n == 0) Sunday of
// month m of year y.
int64_t SundayOf(int y, int m, int n) {
  if (n == 0) {
    int64_t last = DaysFromCivil(y, m, DaysInMonth(y, m));
    return last - (WeekdayOfDays(last) + 1) % 7;
  }
  int64_t first = DaysFromCivil(y, m, 1);
  return first + (6 - WeekdayOfDays(first)) + 7 * (n - 1);
}

bool InDaylightTime(uint8_t rule, int64_t days) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  if (rule == 1) return days >= SundayOf(y, 3, 2) && days < SundayOf(y, 11, 1);
  if (rule == 2) return days >= SundayOf(y, 3, 0) && days < SundayOf(y, 10, 0);
  return false;
}

}  // namespace

int ZoneCount() { return static_cast<int>(std::size(kZones)); }

std::string_view ZoneNameAt(int index) { return kZones[index].name; }

const ZoneInfo* ZoneAt(int index) {
  if (index < 0 || index >= ZoneCount() || index == kLocalZone) {
    return nullptr;  // "local time" names no zone
  }
  return &kZones[index];
}

std::optional<int> ZoneOffsetMinutes(const ZoneInfo& zone,
                                     std::optional<int64_t> days) {
  if (zone.dst_rule == 0) return zone.std_minutes;
  if (!days) return std::nullopt;
  return zone.std_minutes + (InDaylightTime(zone.dst_rule, *days) ? 60 : 0);
}

std::string FormatUtcOffset(int minutes) {
  char buf[16];  // "+hh:mm", with room for any int the compiler imagines
  int a = std::abs(minutes);
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+',
                a / 60, a % 60);
  return buf;
}

}  // namespace newsfuse::analyze_internal
