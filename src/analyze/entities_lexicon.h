// The word lists behind entity detection, looked up by matching form.
//
// Consulted for every word: a small table of cue words (titles, role
// modifiers, demonyms, organization and place keywords, known
// organizations, multi-word phrases), and the places (iso-codes countries
// and subdivisions, tzdata cities) behind a Bloom filter. Consulted only
// for capitalized words whose case says little (sentence starts,
// headlines, all capitals): the wamerican common and proper words. The
// Debian lists are generated at build time (cmake/gen_gazetteer.py) as
// FrontCodedWords lists; the cue table is a FlagTable built on first use
// (see word_table.h).
//
// Thread safety: Get() is thread-safe; lookups are const.
// Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_ENTITIES_LEXICON_H_
#define NEWSFUSE_ANALYZE_ENTITIES_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/word_table.h"

namespace newsfuse::analyze_internal {

// Properties of a word (or of a space-joined phrase), as bit flags.
enum LexFlag : uint32_t {
  kCommon = 1u << 0,        // a lower-case dictionary word ("mark", "will")
  kProper = 1u << 1,        // a capitalized dictionary word ("Mark")
  kPlace = 1u << 2,         // a country, region or city ("ukraine", "kyiv")
  kOrg = 1u << 3,           // a known organization ("kremlin", "nato")
  kEvent = 1u << 4,         // a known event phrase ("world war ii")
  kTitle = 1u << 5,         // a role noun ("president", "spokesperson")
  kDescTitle = 1u << 6,     // a role noun that may stand for a person alone
  kRoleMod = 1u << 7,       // a role modifier ("prime", "deputy", "former")
  kDemonym = 1u << 8,       // "russian", "ukrainians", "french"
  kOrgSuffix = 1u << 9,     // ends an organization ("ministry", "inc.")
  kOrgHead = 1u << 10,      // may head "X of Y" ("ministry", "university")
  kPlaceSuffix = 1u << 11,  // ends a place ("region", "island", "county")
  kEventSuffix = 1u << 12,  // ends an event ("summit", "games", "war")
  kDeterminer = 1u << 13,   // opens a description ("the", "his")
  kTime = 1u << 14,         // a month or weekday: never a name
  kParticle = 1u << 15,     // inside a name ("von", "der", "bin")
  kHonorific = 1u << 16,    // "mr.", "mrs.", "dr."
  kPlaceCue = 1u << 17,     // a preposition before places ("in", "near")
  kPhraseStart = 1u << 18,  // first word of a multi-word entry
  kNotName = 1u << 19,      // capitalized but never a name ("i", "ok", "tv")
  kPersonCue = 1u << 20,    // a speech verb after a person ("said", "told")
};

class EntityLexicon {
 public:
  static const EntityLexicon& Get();

  // Flags of a cue word or phrase (0 if none).
  uint32_t Cue(std::string_view norm) const {
    return Cue(norm, HashWord(norm));
  }
  // The same with the word's HashWord already at hand.
  uint32_t Cue(std::string_view norm, uint64_t hash) const {
    return cues_.Find(norm, hash) | Place(norm, hash);
  }
  // Flags from the word list (kCommon, kProper), or 0. Asked only for
  // capitalized words, so a binary search in the generated front-coded
  // lists serves: a hash table over the ~75K words cost 6 MiB at start-up,
  // the plain sorted lists 0.7 MB, these 0.35 MB.
  uint32_t Dict(std::string_view norm) const {
    return (common_.Contains(norm) ? uint32_t{kCommon} : 0u) |
           (proper_.Contains(norm) ? uint32_t{kProper} : 0u);
  }
  // Both.
  uint32_t All(std::string_view norm) const { return Cue(norm) | Dict(norm); }

  // False when no multi-word entry (cue or place) starts with `words` and
  // a space, `hash` being HashWord(words) for two or more space-joined
  // words; true when one may.
  bool MayContinue(uint64_t hash) const {
    return filter_.MayContain(hash ^ kPrefixSalt);
  }

 private:
  EntityLexicon();
  void AddCues(FlagTable::Builder& cues);
  void AddPlaces(FlagTable::Builder& cues);

  // kPlace for a generated place name, or 0. Most words fail the filter.
  uint32_t Place(std::string_view norm, uint64_t hash) const {
    return filter_.MayContain(hash) && places_.Contains(norm)
               ? uint32_t{kPlace}
               : 0u;
  }
  // Adds the beginnings of `entry` of two or more words that a space
  // follows to filter_, for MayContinue.
  void AddBeginnings(std::string_view entry);

  // Multi-word beginnings are kept in filter_ with their hash changed by
  // this, apart from the place names.
  static constexpr uint64_t kPrefixSalt = 0x5bd1e9955bd1e995ull;

  FlagTable cues_;
  FrontCodedWords common_;  // lower-case dictionary words
  FrontCodedWords proper_;  // capitalized ones, folded
  FrontCodedWords places_;  // iso-codes and tzdata place names
  // The place names, and the multi-word beginnings of all multi-word
  // entries (salted): one Bloom filter for both, as the beginnings are few.
  WordFilter filter_;
  // First words of multi-word place names ("abu" of "abu dhabi"), each
  // followed by '\n', which cues_ marks kPhraseStart; cues_ holds views
  // into this buffer.
  std::string place_phrase_starts_;
};

// Matching form of a word without a possessive ending ("russia's" ->
// "russia", "ukrainians'" -> "ukrainians"). Inline: asked for every word.
inline std::string_view StripPossessive(std::string_view norm) {
  size_t n = norm.size();
  if (n > 2 && norm[n - 1] == 's' && norm[n - 2] == '\'') {
    return norm.substr(0, n - 2);
  }
  if (n > 2 && norm[n - 1] == '\'' && norm[n - 2] == 's') {
    return norm.substr(0, n - 1);
  }
  return norm;
}

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_ENTITIES_LEXICON_H_
