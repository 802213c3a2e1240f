// Proleptic Gregorian calendar arithmetic on days since 1970-01-01
// (H. Hinnant's civil algorithms), shared by timestamps (common), time
// expressions (analyze) and the story clock (fuse). Internal to newsfuse.
//
// Thread safety: pure functions. Errors: none; callers validate dates with
// DaysInMonth first.
#ifndef NEWSFUSE_COMMON_CIVIL_H_
#define NEWSFUSE_COMMON_CIVIL_H_

#include <cstdint>
#include <string>

namespace newsfuse::civil {

int64_t DaysFromCivil(int64_t y, int m, int d);
void CivilFromDays(int64_t days, int* y, int* m, int* d);
int WeekdayOfDays(int64_t days);       // 0 Monday .. 6 Sunday
int DaysInMonth(int64_t y, int m);     // 0 for a month out of 1..12
std::string FormatDate(int64_t days);  // "YYYY-MM-DD"
std::string IsoWeekOf(int64_t days);   // "2025-W21": the ISO 8601 week

}  // namespace newsfuse::civil

#endif  // NEWSFUSE_COMMON_CIVIL_H_
