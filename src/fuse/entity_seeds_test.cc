// The entity and quote tables of the five seed articles (read from
// ../shared/seeds at run time; skipped without it): one entity per person
// however spelled, no two people merged, and the weekend post that several
// outlets print differently merged into one quote with its variants.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "fuse/fuse_testing.h"
#include "newsfuse/entity_table.h"
#include "newsfuse/pipeline.h"
#include "newsfuse/quote_table.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

class SeedEntitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
    articles_ = fuse::testing::Load(dir.string());
    ASSERT_EQ(articles_.size(), 5u);
    pointers_ = fuse::testing::Pointers(articles_);
    table_ = BuildEntityTable(pointers_, &where_);
    quotes_ = BuildQuoteTable(pointers_, table_, where_);
    if (std::getenv("NEWSFUSE_FUSE_DUMP") == nullptr) return;
    for (const StoryQuote& q : quotes_) {
      std::cout << q.id << " [" << q.speaker_name << "] " << q.text << "\n";
      for (const QuoteVariant& v : q.variants) {
        std::cout << "    " << VariantKindName(v.kind) << " x"
                  << v.sources.size() << " " << v.text << "  {" << v.diff
                  << "}\n";
      }
    }
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
  MentionEntities where_;
  std::vector<StoryQuote> quotes_;
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

TEST_F(SeedEntitiesTest, WeekendPostIsOneQuoteWithItsVariants) {
  const Entity* trump = Find("Donald Trump");
  ASSERT_NE(trump, nullptr);
  const StoryQuote* post = nullptr;
  for (const StoryQuote& q : quotes_) {
    if (q.text.find("ceasefire") != std::string::npos &&
        q.text.find("violent") != std::string::npos) {
      ASSERT_EQ(post, nullptr) << "printed as two quotes: " << q.text;
      post = &q;
    }
  }
  ASSERT_NE(post, nullptr);
  EXPECT_EQ(post->speaker_name, "Donald Trump");
  EXPECT_GE(post->sources.size(), 3u);
  // Mixed case wins over the all-capitals printing.
  EXPECT_NE(post->text.find("Hopefully"), std::string::npos);
  bool capitals = false, wording = false, cut = false;
  for (const QuoteVariant& v : post->variants) {
    capitals = capitals || (v.text.find("HOPEFULLY") != std::string::npos &&
                            v.diff.find("capitals") != std::string::npos);
    wording = wording || (v.kind == VariantKind::kWording &&
                          v.diff.find("+[happen]") != std::string::npos);
    cut = cut ||
          (v.kind == VariantKind::kTruncated && v.text == "productive day");
  }
  EXPECT_TRUE(capitals);
  EXPECT_TRUE(wording);
  EXPECT_TRUE(cut);
}

}  // namespace
}  // namespace newsfuse
