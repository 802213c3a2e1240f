// Abbreviations and sentence starters: the word lists behind the sentence
// splitter's decisions at a period. Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_ABBREVIATIONS_H_
#define NEWSFUSE_ANALYZE_ABBREVIATIONS_H_

#include <string_view>

namespace newsfuse::analyze_internal {

enum class Abbreviation {
  kNone,          // an ordinary word: a period after it ends a sentence
  kTitle,         // "Mr.", "Gen.", "St.", "vs.", "e.g.": never ends a sentence
  kBeforeNumber,  // "No.", "Jan.", "Sept.": continues before a number
  kMayEnd,        // "U.S.", "a.m.", "Inc.", "Jr.", "etc.", initials, dotted
                  // acronyms: ends a sentence only before a sentence starter
};

// Classifies `word`, the characters before a period (without it), e.g.
// "U.S" for "U.S.", "Mr" for "Mr.", "J" for the initial "J.". Case matters:
// "No" is an abbreviation, "no" is not.
Abbreviation ClassifyAbbreviation(std::string_view word);

// True when the capitalized `word` usually opens a sentence ("The", "He",
// "But", "Officials") rather than continuing a name ("President", "Senate").
bool IsSentenceStarter(std::string_view word);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_ABBREVIATIONS_H_
