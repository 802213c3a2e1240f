// The entities of a story: the entity mentions of its articles merged into
// one entry per person, organization or place, however each outlet spells
// or describes it.
//
// Merging, in order:
//   1. names written alike (matching form, possessive stripped) are one;
//   2. full names of people with the same surname and compatible first
//      names, compared by a transliteration skeleton (Zelensky/Zelenskyy,
//      Dmitri/Dmitry Peskov), or one a word-suffix of the other;
//   3. a single word ("Peskov", "Donald") joins the one full name it
//      ends (or else starts), and only when exactly one entity fits:
//      "Vladimir" next to Vladimir Putin and Vladimir Medinsky stays alone;
//   4. a role description ("the Ukrainian leader", "the US president")
//      joins the one person whose roles in the story fit it (same title,
//      or a leader's title for "leader"/"counterpart", and every modifier
//      found among the roles); descriptions that fit no one or several
//      people are left out of the table.
// The canonical name is the full name most articles use (then the longest).
//
// Ownership: the result copies what it shows; it keeps no pointers into the
// articles. Thread safety: a pure function. Errors: none (no mentions, no
// entities).
#ifndef NEWSFUSE_ENTITY_TABLE_H_
#define NEWSFUSE_ENTITY_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsfuse/article.h"

namespace newsfuse {

// One way the story's articles write an entity.
struct EntityAlias {
  std::string text;                  // as written ("Zelenskyy")
  std::vector<std::string> sources;  // ids of the articles that write it
  bool description = false;          // a role description, not a name
};

struct Entity {
  std::string id;    // "e1", "e2"... most mentioned first
  std::string name;  // canonical name
  EntityType type = EntityType::kOther;
  std::vector<std::string> roles;    // "Kremlin spokesperson", distinct
  std::vector<EntityAlias> aliases;  // every written form, canonical first
  std::vector<std::string> sources;  // ids of the articles that mention it
  int mentions = 0;                  // mentions across the story
};

// Where each mention went: entity index per mention of each article
// (-1: left out), parallel to articles[i]->entities.
using MentionEntities = std::vector<std::vector<int>>;

std::vector<Entity> BuildEntityTable(
    const std::vector<const Article*>& articles,
    MentionEntities* assignment = nullptr);

// The transliteration skeleton used for names: matching form without
// diacritics, y and j as i, w as v, doubled letters once ("Zelenskyy" ->
// "zelenski", "Dmitry" -> "dmitri").
std::string NameSkeleton(std::string_view name);

}  // namespace newsfuse

#endif  // NEWSFUSE_ENTITY_TABLE_H_
