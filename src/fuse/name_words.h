// Comparing names and roles across outlets, for the entity table
// (entity_table.cc). Internal to src/fuse.
#ifndef NEWSFUSE_FUSE_NAME_WORDS_H_
#define NEWSFUSE_FUSE_NAME_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsfuse::fuse {

using NameWords = std::vector<std::string>;

// The matching form of a name or role: case-folded, possessive and dots
// removed, spaces collapsed ("the U.S. President's" -> "the us president").
std::string NameKey(std::string_view text);

// The words of a key, a leading determiner dropped; with `skeletons`, each
// as its NameSkeleton (transliteration variants compare equal) and without
// a generational suffix ("Mark Felt Sr." -> "mark", "felt").
NameWords SplitName(std::string_view key, bool skeletons);

// Two skeletons of at least 6 letters one edit apart (a letter changed,
// added, dropped or two swapped), or equal: a transliteration-aware
// distance, since skeletons already fold y/i, doubled letters and marks.
bool NearSpelling(std::string_view a, std::string_view b);

// Two full names (skeletons, two words or more) of one person: the same
// surname and the same first name or initial ("Dmitri Peskov" / "Dmitry
// Peskov", "J. Smith" / "John Smith"), or one the word-suffix of the other
// ("Secretary of State Marco Rubio" / "Marco Rubio"), or two-word names
// whose both words are near spellings ("Muammar Gaddafi" / "Moammar
// Gadhafi").
bool SamePersonName(const NameWords& a, const NameWords& b);

// True when `text` has no lower-case ASCII letter: written in capitals
// ("HOPEFULLY IT WILL", "NATO"), so its case says nothing.
bool Shouted(std::string_view text);

// The initials of a multi-word name's words, "of", "the", "and" and "for"
// skipped ("united states" -> "us"); "" for a single word.
std::string Initials(std::string_view key);

// Whether a role description ("ukrainian leader", role words) fits a role a
// person is given in the story ("ukrainian president"): the same title, or
// a leader's title for "leader", "counterpart" or "head"; every other word
// of the description found among the role's words (by a shared stem of 5
// letters: "ukrainian" fits "ukraine"); and no rank in the role that the
// description lacks ("vice president" does not fit "the president").
bool RoleFits(const NameWords& description, const NameWords& role);

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_NAME_WORDS_H_
