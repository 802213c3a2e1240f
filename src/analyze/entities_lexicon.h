// The word lists behind entity detection, looked up by matching form.
//
// Two tables: a small one of cue words (titles, role modifiers, demonyms,
// organization and place keywords, known organizations, multi-word phrases)
// and places (iso-codes countries and subdivisions, tzdata cities), consulted
// for every word; and a large one of wamerican common and proper words,
// consulted only for capitalized words whose case says little (sentence
// starts, headlines, all capitals). The Debian lists are generated at build
// time (cmake/gen_gazetteer.py). Both are open-addressing hash tables over string_views
// into static storage, built once on first use.
//
// Thread safety: Get() is thread-safe; lookups are const.
// Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_ENTITIES_LEXICON_H_
#define NEWSFUSE_ANALYZE_ENTITIES_LEXICON_H_

#include <cstdint>
#include <string_view>
#include <vector>

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
  uint32_t Cue(std::string_view norm) const { return Find(cues_, norm); }
  // Flags from the word list (kCommon, kProper), or 0. Asked only for
  // capitalized words, so a binary search in the generated sorted lists
  // serves: a hash table over the ~100K words cost 6 MiB at start-up.
  uint32_t Dict(std::string_view norm) const {
    return (Contains(common_, norm) ? uint32_t{kCommon} : 0u) |
           (Contains(proper_, norm) ? uint32_t{kProper} : 0u);
  }
  // Both.
  uint32_t All(std::string_view norm) const {
    return Find(cues_, norm) | Dict(norm);
  }

 private:
  struct Slot {
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t hash = 0;  // low bits of the key's hash: most misses stop here
    uint32_t flags = 0;
  };
  struct Table {
    std::vector<Slot> slots;  // power-of-two size, empty slots data==nullptr
    uint64_t mask = 0;
    size_t used = 0;
    // One bit per hash value modulo 2^16: a word most tables lack is
    // rejected without touching the slots.
    std::vector<uint64_t> filter = std::vector<uint64_t>(1024);
  };

  EntityLexicon();
  static void Add(Table& t, std::string_view key, uint32_t flags);
  static void Insert(Table& t, std::string_view key, uint64_t h,
                     uint32_t flags);
  static void AddList(Table& t, const char* list, uint32_t flags);
  static uint32_t Find(const Table& t, std::string_view key);
  void AddCues();

  // True when `word` is a line of `blob`, a newline-separated list sorted
  // in byte order (as cmake/gen_gazetteer.py writes it).
  static bool Contains(std::string_view blob, std::string_view word);

  Table cues_;
  std::string_view common_;  // lower-case dictionary words, sorted
  std::string_view proper_;  // capitalized ones, folded, sorted
};

// Matching form of a word without a possessive ending ("russia's" ->
// "russia", "ukrainians'" -> "ukrainians").
std::string_view StripPossessive(std::string_view norm);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_ENTITIES_LEXICON_H_
