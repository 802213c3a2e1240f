#include "newsfuse/entity_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fuse/fuse_testing.h"
#include "fuse/name_words.h"

namespace newsfuse {
namespace {

using fuse::testing::Analyzed;
using fuse::testing::Pointers;

const Entity* Named(const std::vector<Entity>& table, std::string_view alias) {
  for (const Entity& e : table) {
    for (const EntityAlias& a : e.aliases) {
      if (a.text == alias) return &e;
    }
  }
  return nullptr;
}

TEST(NameSkeletonTest, TransliterationVariantsMeet) {
  EXPECT_EQ(NameSkeleton("Zelenskyy"), NameSkeleton("Zelensky"));
  EXPECT_EQ(NameSkeleton("Zelenskiy"), NameSkeleton("Zelensky"));
  EXPECT_EQ(NameSkeleton("Dmitri"), NameSkeleton("Dmitry"));
  EXPECT_EQ(NameSkeleton("Erdoğan"), NameSkeleton("Erdogan"));
  EXPECT_NE(NameSkeleton("Putin"), NameSkeleton("Medinsky"));
}

TEST(NameWordsTest, PersonNamesAndRoles) {
  using fuse::NameKey;
  using fuse::SplitName;
  auto skel = [](const char* s) { return SplitName(NameKey(s), true); };
  auto words = [](const char* s) { return SplitName(NameKey(s), false); };
  EXPECT_TRUE(
      fuse::SamePersonName(skel("Dmitri Peskov"), skel("Dmitry Peskov")));
  EXPECT_TRUE(fuse::SamePersonName(skel("J. Smith"), skel("John Smith")));
  EXPECT_TRUE(
      fuse::SamePersonName(skel("State Marco Rubio"), skel("Marco Rubio")));
  EXPECT_FALSE(
      fuse::SamePersonName(skel("Vladimir Putin"), skel("Vladimir Medinsky")));
  EXPECT_FALSE(fuse::SamePersonName(skel("John Smith"), skel("Jane Smith")));
  EXPECT_TRUE(
      fuse::SamePersonName(skel("Muammar Gaddafi"), skel("Moammar Gadhafi")));
  EXPECT_TRUE(
      fuse::SamePersonName(skel("Dmitry Medvedev"), skel("Dmitrii Medvedyev")));
  EXPECT_FALSE(
      fuse::SamePersonName(skel("Vladimir Putin"),
                           skel("Vladimir Pugin")));  // too short to guess
  EXPECT_FALSE(fuse::SamePersonName(skel("Maria Lopez"), skel("Mario Lopes")));
  EXPECT_TRUE(fuse::NearSpelling("medvedev", "medvediev"));
  EXPECT_TRUE(fuse::NearSpelling("gadafi", "gadhafi"));
  EXPECT_TRUE(fuse::NearSpelling("abcdef", "abdcef"));
  EXPECT_FALSE(fuse::NearSpelling("abcdef", "abxyef"));
  EXPECT_EQ(fuse::Initials(NameKey("United States")), "us");
  EXPECT_EQ(NameKey("the U.S. President's"), "the us president");
  EXPECT_TRUE(fuse::RoleFits(words("the Ukrainian leader"),
                             words("Ukrainian President")));
  EXPECT_TRUE(
      fuse::RoleFits(words("the U.S. president"), words("US President")));
  EXPECT_FALSE(
      fuse::RoleFits(words("the US president"), words("US Vice President")));
  EXPECT_FALSE(fuse::RoleFits(words("the Ukrainian leader"),
                              words("Russian President")));
  EXPECT_TRUE(fuse::RoleFits(words("the Kremlin spokesman"),
                             words("Kremlin spokesman")));
}

TEST(EntityTableTest, SpellingsOfOnePersonMergeAcrossOutlets) {
  std::vector<Article> v;
  v.push_back(Analyzed("wire", {"Ukrainian President Volodymyr Zelensky met "
                                "Kremlin spokesperson Dmitri Peskov in Geneva. "
                                "Zelensky said little."}));
  v.push_back(Analyzed("daily", {"Ukrainian President Volodymyr Zelenskyy "
                                 "spoke after Dmitry Peskov arrived. "
                                 "Peskov said nothing. Zelenskyy left."}));
  v.push_back(Analyzed("post", {"Volodymyr Zelensky flew home."}));
  std::vector<Entity> table = BuildEntityTable(Pointers(v));
  const Entity* z = Named(table, "Zelensky");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z, Named(table, "Zelenskyy"));
  EXPECT_EQ(z, Named(table, "Volodymyr Zelenskyy"));
  EXPECT_EQ(z->name, "Volodymyr Zelensky");
  EXPECT_EQ(z->type, EntityType::kPerson);
  EXPECT_EQ(z->sources.size(), 3u);
  const Entity* p = Named(table, "Dmitri Peskov");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p, Named(table, "Dmitry Peskov"));
  EXPECT_EQ(p, Named(table, "Peskov"));
  EXPECT_NE(p, z);
  ASSERT_FALSE(p->roles.empty());
  EXPECT_EQ(p->roles[0], "Kremlin spokesperson");
}

TEST(EntityTableTest, SharedFirstNameIsNotAnIdentity) {
  std::vector<Article> v;
  v.push_back(Analyzed("a", {"Russian President Vladimir Putin sent "
                             "Vladimir Medinsky to the talks. Putin stayed "
                             "home while Medinsky flew."}));
  std::vector<Entity> table = BuildEntityTable(Pointers(v));
  const Entity* putin = Named(table, "Vladimir Putin");
  const Entity* medinsky = Named(table, "Vladimir Medinsky");
  ASSERT_NE(putin, nullptr);
  ASSERT_NE(medinsky, nullptr);
  EXPECT_NE(putin, medinsky);
  EXPECT_EQ(putin, Named(table, "Putin"));
  EXPECT_EQ(medinsky, Named(table, "Medinsky"));
}

TEST(EntityTableTest, UnambiguousDescriptionJoinsItsPerson) {
  std::vector<Article> v;
  v.push_back(Analyzed("a", {"Ukrainian President Volodymyr Zelensky and "
                             "Russian President Vladimir Putin spoke."}));
  v.push_back(Analyzed("b", {"The talks went on for hours. The Ukrainian "
                             "leader left early, the paper said."}));
  MentionEntities where;
  std::vector<Entity> table = BuildEntityTable(Pointers(v), &where);
  const Entity* z = Named(table, "Volodymyr Zelensky");
  ASSERT_NE(z, nullptr);
  auto it = std::find_if(z->aliases.begin(), z->aliases.end(),
                         [](const EntityAlias& a) { return a.description; });
  ASSERT_NE(it, z->aliases.end());
  EXPECT_EQ(it->sources, std::vector<std::string>{v[1].id});
  // Every mention of article b that is in the table points at an entity.
  ASSERT_EQ(where.size(), 2u);
  ASSERT_EQ(where[1].size(), v[1].entities.size());
}

TEST(EntityTableTest, AmbiguousDescriptionIsLeftOut) {
  std::vector<Article> v;
  v.push_back(Analyzed("a", {"Ukrainian President Volodymyr Zelensky and "
                             "Russian President Vladimir Putin spoke. The "
                             "president said nothing more."}));
  MentionEntities where;
  std::vector<Entity> table = BuildEntityTable(Pointers(v), &where);
  for (const Entity& e : table) {
    for (const EntityAlias& a : e.aliases) {
      EXPECT_FALSE(a.description) << a.text << " joined " << e.name;
    }
  }
}

TEST(EntityTableTest, AcronymJoinsTheNameItAbbreviates) {
  std::vector<Article> v;
  v.push_back(Analyzed("a", {"Officials in the United States said the US "
                             "would reply. Britain agreed."}));
  std::vector<Entity> table = BuildEntityTable(Pointers(v));
  ASSERT_NE(Named(table, "United States"), nullptr);
  EXPECT_EQ(Named(table, "United States"), Named(table, "US"));
}

}  // namespace
}  // namespace newsfuse
