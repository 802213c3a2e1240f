// The entity table of the five seed articles (read from ../shared/seeds at
// run time; skipped without it): one entity per person however spelled,
// no two people merged.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "newsfuse/entity_table.h"
#include "newsfuse/pipeline.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

class SeedEntitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
    RunPipeline({dir.string()}, {}, [&](Result<Article> r) {
      if (r.ok()) articles_.push_back(std::move(r).value());
    });
    ASSERT_EQ(articles_.size(), 5u);
    for (const Article& a : articles_) pointers_.push_back(&a);
    table_ = BuildEntityTable(pointers_);
    if (std::getenv("NEWSFUSE_FUSE_DUMP") == nullptr) return;
    for (const Entity& e : table_) {
      std::cout << e.id << " " << e.name << " " << EntityTypeName(e.type)
                << " x" << e.mentions << " |";
      for (const EntityAlias& a : e.aliases) {
        std::cout << " " << a.text << "(" << a.sources.size() << ")";
      }
      std::cout << " | roles:";
      for (const std::string& r : e.roles) std::cout << " " << r << ";";
      std::cout << "\n";
    }
  }

  // The entity with an alias written exactly `text`, or null.
  const Entity* Find(std::string_view text) const {
    for (const Entity& e : table_) {
      for (const EntityAlias& a : e.aliases) {
        if (a.text == text) return &e;
      }
    }
    return nullptr;
  }

  std::vector<Article> articles_;
  std::vector<const Article*> pointers_;
  std::vector<Entity> table_;
};

TEST_F(SeedEntitiesTest, EachPersonIsOneEntityHoweverSpelled) {
  const Entity* zelensky = Find("Volodymyr Zelensky");
  ASSERT_NE(zelensky, nullptr);
  EXPECT_EQ(zelensky, Find("Volodymyr Zelenskyy"));
  EXPECT_EQ(zelensky, Find("Zelenskyy"));
  EXPECT_EQ(zelensky, Find("Zelensky"));
  EXPECT_EQ(zelensky->name, "Volodymyr Zelensky");
  EXPECT_EQ(zelensky->sources.size(), 5u);
  const Entity* peskov = Find("Dmitry Peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov, Find("Dmitri Peskov"));
  EXPECT_EQ(peskov, Find("Peskov"));
  EXPECT_EQ(Find("Donald Trump"), Find("Trump"));
  EXPECT_EQ(Find("Vladimir Putin"), Find("Putin"));
}

TEST_F(SeedEntitiesTest, NoTwoPeopleMerged) {
  std::vector<const Entity*> people = {
      Find("Donald Trump"),      Find("Vladimir Putin"),
      Find("Dmitry Peskov"),     Find("Volodymyr Zelensky"),
      Find("Vladimir Medinsky"), Find("Emmanuel Macron"),
      Find("Karoline Leavitt"),  Find("JD Vance"),
      Find("Marco Rubio")};
  for (size_t i = 0; i < people.size(); ++i) {
    ASSERT_NE(people[i], nullptr) << i;
    EXPECT_EQ(people[i]->type, EntityType::kPerson) << people[i]->name;
    for (size_t j = i + 1; j < people.size(); ++j) {
      EXPECT_NE(people[i], people[j]) << people[i]->name;
    }
  }
}

}  // namespace
}  // namespace newsfuse
