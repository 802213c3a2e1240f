// Quantities: numbers with what they count, as intervals.
//
//   newsfuse::FindQuantities(article);      // Analyze calls it
//   // "more than 270 drones" -> low 270, high none, counted "drones"
//   auto q = newsfuse::ParseQuantity("about $5 million");
//   if (q.ok()) use(q->low, q->high, q->unit);  // 4.5e6, 5.5e6, "USD"
//
// What is found: numerals with separators, decimals and scale words
// ("1,000", "5.5", "1.5 million", "$2bn"), number words ("nine",
// "twenty-one", "a dozen", "two hundred and five"), vague plurals
// ("dozens", "hundreds", "thousands", "tens of thousands"), ranges ("10 to
// 15", "10-15", "between 5 and 7", "five or six"), percentages (unit "%"),
// money (unit an ISO 4217 code: "$", "US$", "€", "£", "dollars", "euros",
// "rubles", "hryvnias"...), durations written as counts ("a 30-day
// ceasefire": 30, unit "day"), ages ("aged 45", "45-year-old", "Trump, 78,":
// unit "year", counted "age") and rates ("5,000 soldiers a week": unit
// "per week", appended to any other unit: "USD per day").
//
// Intervals. An exact number is [v, v]. Qualifiers (the `qualifier` key):
//   "more than"  more than, over, above, exceeding, upwards of    [v, none]
//   "at least"   at least, no fewer than, "or more" after         [v, none]
//   "nearly"     nearly, almost, just under, close to             [none, v]
//   "up to"      up to, as many as, at most, no more than         [none, v]
//   "less than"  less than, fewer than, under, below              [none, v]
//   "about"      about, around, some, roughly, approximately,
//                an estimated, circa, ~, "or so" after            [0.9v, 1.1v]
//   "range"      10 to 15, 10-15, between 5 and 7, five or six    [a, b]
//   "vague"      dozens [24, 144], hundreds [200, 1000], thousands
//                [2000, 10000], tens of thousands [20000, 100000],
//                hundreds of thousands [2e5, 1e6], millions [2e6, 1e7]
// Exclusive bounds are given as the bound itself ("more than 270": 270).
//
// What is counted: the head noun after the number ("5,000 Russian and
// Ukrainian soldiers" -> "soldiers"), with a casualty verb that follows or
// precedes it appended ("at least six people were killed", "killing at
// least six people" -> "people killed"). `each` is set for distributive
// phrasing: "1,000 prisoners each", "on each side", "apiece", "1,000 for
// 1,000".
//
// Not quantities: years in date context ("in 2022", "March 2022", "2022
// invasion"), days of months ("May 4", "4 May"), times ("10:30", "5 p.m."),
// ordinals ("5th"), list numbering ("1." opening a sentence), numbers inside
// words and ids ("COVID-19", "F-16", "3G"), version and IP strings
// ("1.2.3"), and durations of time expressions ("three years ago").
//
// Bad input: a number whose integer value exceeds 2^53 (the largest exact
// double integer) comes out with `unresolved` true and no bounds, never a
// rounded value; so do malformed digit groups ("1,00,0").
//
// Thread safety: reentrant; the word tables are immutable after first use.
// Errors: FindQuantities has none; ParseQuantity returns InvalidArgument
// when the phrase states no quantity.
#ifndef NEWSFUSE_QUANTITIES_H_
#define NEWSFUSE_QUANTITIES_H_

#include <string_view>

#include "newsfuse/article.h"
#include "newsfuse/status.h"

namespace newsfuse {

// Fills article.quantities (in text order) from its sentences and tokens,
// replacing earlier results. Needs Analyze's sentences and tokens.
void FindQuantities(Article& article);

// The first quantity in one standalone phrase ("more than 270 drones",
// "$2bn", "twenty-one"); its spans are relative to `phrase` (text and
// original alike) and `sentence` is 0.
Result<Quantity> ParseQuantity(std::string_view phrase);

}  // namespace newsfuse

#endif  // NEWSFUSE_QUANTITIES_H_
