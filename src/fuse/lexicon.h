// Word lists behind fact alignment and summary choice: synonyms, reporting
// verbs, clause openers, and the cues that tell a plan from a done event.
//
// Every function takes a word in matching form (Token::norm: case-folded,
// quotes straightened) and is a pure lookup. Thread safety: reentrant.
#ifndef NEWSFUSE_FUSE_LEXICON_H_
#define NEWSFUSE_FUSE_LEXICON_H_

#include <string_view>

namespace newsfuse::fuse {

// The concept a word stands for when outlets use several words for it
// ("swap" -> "exchange", "truce" -> "ceasefire"), else "".
std::string_view SynonymOf(std::string_view norm);

// "said", "told", "wrote", "according"...: verbs that attribute a statement.
bool IsReportingVerb(std::string_view norm);

// Words that open a subordinate clause ("after", "who", "that", "when"): a
// reporting verb behind one does not attribute the sentence.
bool IsClauseOpener(std::string_view norm);

// "he", "she", "they", "it", "we", "i".
bool IsPersonalPronoun(std::string_view norm);

// Titles and roles that may precede a speaker's name ("president",
// "spokesperson", "minister"): part of the speaker as written.
bool IsRoleWord(std::string_view norm);

// Cues of a plan or expectation, i.e. of the time before an event: "will",
// "plans", "expected", "scheduled", "hopes"... `next` is the following word,
// for two-word cues ("set to", "ahead of", "going to").
bool IsPlanCue(std::string_view norm, std::string_view next);

// Cues of an accomplished event: "spoke", "held", "following", "concluded"...
bool IsDoneCue(std::string_view norm, std::string_view next);

// True for words that make a clause: auxiliaries, common verbs, and words
// ending in -ed. Used to tell a sentence from a heading or a fragment.
bool IsVerbLike(std::string_view norm);

// "nine" -> "9" for the number words one to twenty, else "".
std::string_view NumberWord(std::string_view norm);

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_LEXICON_H_
