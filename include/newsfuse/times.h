// Time expressions: finding them in analyzed text and normalizing them to
// TIMEX3 values.
//
//   newsfuse::Analyze(article);  // calls FindTimes after quotes
//   for (const newsfuse::TimeExpression& t : article.times) {
//     use(t.text.In(article.text), t.value);  // "last Monday" "2025-05-12"
//   }
//
//   newsfuse::Timestamp anchor = *newsfuse::ParseTimestamp("2025-05-19");
//   newsfuse::Result<newsfuse::TimeExpression> t =
//       newsfuse::NormalizeTime("5 p.m. Moscow time", anchor);
//   // t->type TIME, t->value "2025-05-19T17:00", t->tz "+03:00"
//
// What is found (English): absolute dates ("May 19, 2025", "19 May 2025",
// "2025-05-19", "5/19/2025" (US order unless the first number exceeds
// 12), "May 2025", "2025", "the 1990s", "the third quarter of 2024");
// weekdays ("on Monday", "Friday's talks", "last Monday"); days, weeks,
// months and years relative to the anchor ("yesterday", "this morning",
// "last week", "over the weekend", "earlier in the day", "three years
// ago", "in two weeks"); clock times with their zones ("5 p.m. Moscow
// time", "10 a.m. Eastern", "17:00 GMT", "noon"); durations ("for three
// hours" -> PT3H, "a 30-day ceasefire" -> P30D); sets ("every week" ->
// P1W, "daily", "every Monday" -> XXXX-WXX-1).
//
// The anchor is the article's publication time (Article::published). A
// weekday resolves to the nearest such day in the direction the words or
// the tense give ("last"/past tense: before the anchor, "next"/future:
// after), else to the anchor's own week (TempEval). Without an anchor the
// value of an anchored expression stays empty, but day_offset ("yesterday"
// -1), weekday, time and tz are still filled.
//
// A clock time's value is local ("2025-05-19T17:00", its offset in `tz`),
// with TIMEX3's "Z" when the zone is UTC/GMT ("2025-05-19T17:00Z").
//
// Errors: an impossible date (February 30), a year out of 1000..2200 or a
// zone we do not know ("5 p.m. Narnia time") gives an expression with an
// empty value: unresolved, never a guess. Nothing is thrown.
// Thread safety: reentrant. Ownership: results are plain values.
#ifndef NEWSFUSE_TIMES_H_
#define NEWSFUSE_TIMES_H_

#include <optional>
#include <string_view>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/status.h"

namespace newsfuse {

// Fills article.times from article.text over its sentences (replacing
// earlier results), anchored at article.published. Expressions never cross
// a sentence.
void FindTimes(Article& article);

// The time expressions of plain `text` (spans are into `text`, both `text`
// and `original`; `sentence` is 0), anchored at `anchor`.
std::vector<TimeExpression> FindTimesIn(std::string_view text,
                                        std::optional<Timestamp> anchor);

// The first time expression in `expression`, normalized against `anchor`.
// NotFound when it holds none.
Result<TimeExpression> NormalizeTime(std::string_view expression,
                                     std::optional<Timestamp> anchor);

}  // namespace newsfuse

#endif  // NEWSFUSE_TIMES_H_
