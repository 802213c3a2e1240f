#include "cluster/features.h"

#include <algorithm>

#include "gtest/gtest.h"
#include "newsfuse/ingest.h"
#include "newsfuse/pipeline.h"

namespace newsfuse::cluster {
namespace {

Article Make(const std::string& text) {
  Article out;
  ReadBytes("x.txt", text, {}, [&](Result<Article> r) {
    if (r.ok() && ProcessArticle(*r).ok()) out = std::move(r).value();
  });
  return out;
}

const Feature* Find(const std::vector<Feature>& f, const std::string& key) {
  auto it = std::find_if(f.begin(), f.end(),
                         [&](const Feature& x) { return x.key == key; });
  return it == f.end() ? nullptr : &*it;
}

TEST(FeaturesTest, NamesNumbersDatesAndTitleTerms) {
  Article a = Make(
      "Ferry capsizes on Lake Orrin\n\n"
      "A ferry capsized on Lake Orrin near Dunmore on Monday, and 14 people died. Rescuers "
      "said the MV Kestrel Star sank fast.\n");
  CaseStats stats;
  stats.Observe(a);
  std::vector<Feature> f = ExtractFeatures(a, stats);
  ASSERT_NE(Find(f, "e:dunmore"), nullptr);
  const Feature* phrase = Find(f, "p:mv kestrel star");
  ASSERT_NE(phrase, nullptr);
  EXPECT_EQ(phrase->display, "MV Kestrel Star");
  EXPECT_NE(Find(f, "d:monday"), nullptr);
  const Feature* number = Find(f, "n:14 peopl");
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->display, "14 people");
  EXPECT_EQ(Find(f, "e:rescuers"), nullptr);  // capitalized at the start only
  // Title case tells nothing, but the body capitalizes these words.
  const Feature* lake = Find(f, "p:lake orrin");
  ASSERT_NE(lake, nullptr);
  EXPECT_TRUE(lake->in_title);
  EXPECT_GT(Find(f, "w:ferri")->weight, Find(f, "w:sank")->weight);
}

TEST(FeaturesTest, PossessivesAndPeople) {
  Article a = Make(
      "Felt's family mourns\n\n"
      "The family of Mark Felt said on Friday that Felt's death came after a "
      "long illness. Mark Felt was 95. The Washington Post's editors said "
      "Felt helped them.\n");
  CaseStats stats;
  stats.Observe(a);
  std::vector<Feature> f = ExtractFeatures(a, stats);
  EXPECT_EQ(Find(f, "e:felt's"), nullptr);
  const Feature* felt = Find(f, "e:felt");
  ASSERT_NE(felt, nullptr);
  EXPECT_TRUE(felt->person);
  EXPECT_TRUE(felt->in_title);
  EXPECT_NE(Find(f, "p:washington post"), nullptr);
  const Feature* post = Find(f, "e:washington");
  ASSERT_NE(post, nullptr);
  EXPECT_FALSE(post->person);
  EXPECT_EQ(NameForm("williams'"), "williams");
  EXPECT_EQ(NameForm("felt's"), "felt");
  EXPECT_EQ(NameForm("'s"), "'s");
}

TEST(FeaturesTest, SplitTitleTrimsPunctuationAndPossessives) {
  std::vector<TitleWord> w = SplitTitle("“Orrin’s ferry,” sinks: 14 dead");
  ASSERT_EQ(w.size(), 5u);
  EXPECT_EQ(w[0].norm, "orrin");
  EXPECT_EQ(w[1].norm, "ferry");
  EXPECT_EQ(w[3].norm, "14");
}

}  // namespace
}  // namespace newsfuse::cluster
