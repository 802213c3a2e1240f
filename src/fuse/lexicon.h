// Word lists behind fact alignment and summary choice: synonyms, reporting
// verbs, clause openers, and the cues that tell a plan from a done event.
//
// Every function takes a word in matching form (Token::norm: case-folded,
// quotes straightened) and is a pure lookup. WordFactsOf answers all of them
// for one word with one lookup, for loops over every token of a story.
// Thread safety: reentrant.
#ifndef NEWSFUSE_FUSE_LEXICON_H_
#define NEWSFUSE_FUSE_LEXICON_H_

#include <cstdint>
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

// What the lists above say about one word.
struct WordFacts {
  enum Flag : uint16_t {
    kReportingVerb = 1 << 0,
    kClauseOpener = 1 << 1,
    kPersonalPronoun = 1 << 2,
    kRoleWord = 1 << 3,
    kPlanCue = 1 << 4,        // a plan cue whatever follows
    kPlanCueBefore = 1 << 5,  // one only before some words ("set to")
    kDoneCue = 1 << 6,
    kDoneCueBefore = 1 << 7,
    kVerbLike = 1 << 8,  // IsVerbLike
  };
  uint16_t flags = 0;
  std::string_view synonym;  // SynonymOf
  std::string_view number;   // NumberWord

  bool Has(Flag f) const { return (flags & f) != 0; }
};

// The facts of `norm`; the same object for every call with the same word.
const WordFacts& WordFactsOf(std::string_view norm);

// IsPlanCue and IsDoneCue for a word whose facts are known.
bool IsPlanCue(const WordFacts& f, std::string_view norm,
               std::string_view next);
bool IsDoneCue(const WordFacts& f, std::string_view norm,
               std::string_view next);
bool IsVerbLike(const WordFacts& f, std::string_view norm);

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_LEXICON_H_
