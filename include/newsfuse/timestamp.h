// Timestamps as news sources write them.
//
//   std::optional<newsfuse::Timestamp> t =
//       newsfuse::ParseTimestamp("Mon, 19 May 2025 14:00:00 GMT");
//   if (t) std::string iso = t->ToIso8601();  // "2025-05-19T14:00:00Z"
//
// Accepted forms (surrounding whitespace is ignored, names are
// case-insensitive):
//   ISO 8601     "2025-05-19", "2025-05-19T14:00", "2025-05-19 14:00:00.123",
//                with "Z", "+03:00", "+0300" or "+03" (also " UTC", " GMT")
//   RFC 822/2822 "Mon, 19 May 2025 14:00:00 GMT", "19 May 25 14:00 +0300",
//                zones GMT/UT/UTC/Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT, ...
//   prose dates  "May 19, 2025", "19 May 2025", "Monday, May 19th, 2025",
//                optionally with a clock time ("10:30 AM", "14:00 EDT")
//
// Thread safety: reentrant. Errors: anything else, or an impossible date or
// time (Feb 30, 25:00), yields std::nullopt; nothing is thrown.
#ifndef NEWSFUSE_TIMESTAMP_H_
#define NEWSFUSE_TIMESTAMP_H_

#include <optional>
#include <string_view>

#include "newsfuse/article.h"

namespace newsfuse {

// Parses `s` in one of the forms above. A bare date gives has_time == false;
// a time without a zone gives an empty utc_offset_minutes.
std::optional<Timestamp> ParseTimestamp(std::string_view s);

}  // namespace newsfuse

#endif  // NEWSFUSE_TIMESTAMP_H_
