#include "newsfuse/quote_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fuse/fuse_testing.h"
#include "fuse/word_diff.h"

namespace newsfuse {
namespace {

using fuse::testing::Analyzed;

std::vector<StoryQuote> Table(const std::vector<Article>& v) {
  std::vector<const Article*> ptrs = fuse::testing::Pointers(v);
  MentionEntities where;
  std::vector<Entity> entities = BuildEntityTable(ptrs, &where);
  return BuildQuoteTable(ptrs, entities, where);
}

const QuoteVariant* VariantOf(const StoryQuote& q, std::string_view text) {
  for (const QuoteVariant& v : q.variants) {
    if (v.text == text) return &v;
  }
  return nullptr;
}

TEST(WordDiffTest, RunsAndContiguity) {
  fuse::WordDiff d =
      fuse::DiffWords({"we", "will", "win", "today"}, {"will", "win"});
  EXPECT_EQ(d.common, 2u);
  EXPECT_TRUE(d.ContiguousRun());
  d = fuse::DiffWords({"we", "will", "win"}, {"we", "shall", "win"});
  EXPECT_FALSE(d.ContiguousRun());
  EXPECT_EQ(fuse::DescribeDiff(VariantKind::kWording, d), "-[will] +[shall]");
}

TEST(QuoteTableTest, PrintingsOfOneUtteranceMergeWithTheirKinds) {
  std::vector<Article> v;
  v.push_back(Analyzed("a", {"Mayor Anna Berg said: \"We will rebuild the "
                             "harbour wall before the winter storms.\""}));
  v.push_back(Analyzed("b", {"\"WE WILL REBUILD THE HARBOUR WALL BEFORE THE "
                             "WINTER STORMS,\" Mayor Anna Berg said."}));
  v.push_back(Analyzed("c", {"Berg said the town would \"rebuild the harbour "
                             "wall\" soon."}));
  v.push_back(Analyzed("d", {"\"We shall rebuild the harbour wall before "
                             "the storms,\" Berg said."}));
  v.push_back(Analyzed("e", {"\"Nobody drowned,\" Berg said."}));
  std::vector<StoryQuote> quotes = Table(v);
  ASSERT_GE(quotes.size(), 2u);
  const StoryQuote& q = quotes[0];
  EXPECT_EQ(q.text,
            "We will rebuild the harbour wall before the winter storms.");
  EXPECT_EQ(q.speaker_name, "Anna Berg");
  EXPECT_EQ(q.sources.size(), 4u);
  const QuoteVariant* caps = VariantOf(
      q, "WE WILL REBUILD THE HARBOUR WALL BEFORE THE WINTER STORMS,");
  ASSERT_NE(caps, nullptr);
  EXPECT_EQ(caps->kind, VariantKind::kCase);
  const QuoteVariant* cut = VariantOf(q, "rebuild the harbour wall");
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->kind, VariantKind::kTruncated);
  const QuoteVariant* words =
      VariantOf(q, "We shall rebuild the harbour wall before the storms,");
  ASSERT_NE(words, nullptr);
  EXPECT_EQ(words->kind, VariantKind::kWording);
  EXPECT_EQ(words->diff, "-[will] +[shall] -[winter]");
  // Another utterance of the same speaker is its own quote.
  EXPECT_EQ(quotes[1].text, "Nobody drowned,");
}

TEST(QuoteTableTest, UnattributedQuoteKeepsNoSpeaker) {
  std::vector<Article> v;
  v.push_back(Analyzed("a", {"The ferry was \"unsinkable\" until Tuesday."}));
  std::vector<StoryQuote> quotes = Table(v);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, -1);
}

// Without mention links a speaker is found by name among the entities'
// aliases (keyed once per table, for all its quotes).
TEST(QuoteTableTest, SpeakersResolveByAliasWithoutMentionLinks) {
  std::vector<Article> v;
  v.push_back(Analyzed("a", {"Anna Berg said: \"The wall will hold.\" "
                             "Tom Hale said: \"Nobody drowned.\""}));
  v.push_back(Analyzed("b", {"\"The ferry sank fast,\" Tom Hale said."}));
  std::vector<const Article*> ptrs = fuse::testing::Pointers(v);
  MentionEntities where;
  std::vector<Entity> entities = BuildEntityTable(ptrs, &where);
  std::vector<StoryQuote> linked = BuildQuoteTable(ptrs, entities, where);
  std::vector<StoryQuote> by_name = BuildQuoteTable(ptrs, entities, {});
  ASSERT_EQ(by_name.size(), 3u);
  ASSERT_EQ(linked.size(), 3u);
  for (size_t i = 0; i < by_name.size(); ++i) {
    EXPECT_GE(by_name[i].speaker, 0) << by_name[i].text;
    EXPECT_EQ(by_name[i].speaker, linked[i].speaker) << by_name[i].text;
  }
  EXPECT_NE(by_name[0].speaker, by_name[1].speaker);
}

}  // namespace
}  // namespace newsfuse
