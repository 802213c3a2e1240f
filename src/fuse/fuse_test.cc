// Unit tests of FuseStory on small made-up stories.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fuse/fuse_testing.h"
#include "newsfuse/brief.h"

namespace newsfuse {
namespace {

using fuse::testing::Analyzed;
using fuse::testing::ExpectVerbatim;
using fuse::testing::FactOf;
using fuse::testing::Fuse;
using fuse::testing::SummaryWords;

TEST(FuseTest, DifferentlyWordedStatementsAlign) {
  Article a = Analyzed(
      "alpha",
      {"Both countries agreed to exchange 300 prisoners on Friday.",
       "Heavy rain flooded the northern valley overnight, cutting off roads."});
  Article b = Analyzed(
      "beta", {"On Friday the two sides agreed on a swap of 300 prisoners.",
               "The national football final was postponed until next month."});
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  const Fact* swap = FactOf(brief, 0, 0);
  ASSERT_NE(swap, nullptr);
  EXPECT_EQ(swap, FactOf(brief, 1, 0));
  EXPECT_EQ(swap->independent_sources, 2);
  EXPECT_FALSE(swap->single_source);
  EXPECT_EQ(swap->id, "f1");
  EXPECT_NE(FactOf(brief, 0, 1), FactOf(brief, 1, 1));
  EXPECT_NE(FactOf(brief, 0, 1), swap);
}

TEST(FuseTest, AttributedAndOwnStatementsStayApart) {
  Article a = Analyzed(
      "alpha", {"The bridge collapsed because its steel cables had corroded, "
                "engineer Maria Lopez said."});
  Article b = Analyzed(
      "beta",
      {"The bridge collapsed because its steel cables had corroded badly."});
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  const Fact* said = FactOf(brief, 0, 0);
  const Fact* own = FactOf(brief, 1, 0);
  ASSERT_NE(said, nullptr);
  ASSERT_NE(own, nullptr);
  EXPECT_NE(said, own);
  EXPECT_TRUE(said->attributed);
  EXPECT_EQ(said->speaker, "engineer Maria Lopez");
  EXPECT_FALSE(own->attributed);
}

TEST(FuseTest, DifferentSpeakersStayApart) {
  Article a = Analyzed(
      "alpha",
      {"The flood barrier will be rebuilt before June, Mayor Tom Reed said."});
  Article b = Analyzed(
      "beta",
      {"The flood barrier will be rebuilt before June, Governor Ann Cole "
       "said."});
  Article c = Analyzed(
      "gamma",
      {"Mayor Tom Reed told reporters the flood barrier would be rebuilt "
       "before June."});
  StoryBrief brief = Fuse({&a, &b, &c}, {"o1", "o2", "o3"});
  EXPECT_NE(FactOf(brief, 0, 0), FactOf(brief, 1, 0));
  EXPECT_EQ(FactOf(brief, 0, 0), FactOf(brief, 2, 0));
  EXPECT_EQ(FactOf(brief, 0, 0)->speaker, "Mayor Tom Reed");
}

TEST(FuseTest, IndependentSourcesCountOrigins) {
  const std::vector<std::string> text = {
      "A fire destroyed 40 homes in the hill town of Varna on Sunday."};
  Article wire = Analyzed("wire", text);
  Article reprint = Analyzed("reprint", text);
  Article own = Analyzed(
      "own",
      {"On Sunday a blaze in Varna destroyed 40 homes in the hill town."});
  StoryBrief brief = Fuse({&wire, &reprint, &own}, {"o1", "o1", "o2"});
  const Fact* fire = FactOf(brief, 0, 0);
  ASSERT_NE(fire, nullptr);
  EXPECT_EQ(fire->sources.size(), 3u);
  EXPECT_EQ(fire->independent_sources, 2);

  StoryBrief copies = Fuse({&wire, &reprint}, {"o1", "o1"});
  EXPECT_EQ(FactOf(copies, 0, 0)->independent_sources, 1);
  EXPECT_TRUE(FactOf(copies, 0, 0)->single_source);
}

TEST(FuseTest, SameArticleTwiceCountsOnce) {
  Article a = Analyzed(
      "alpha",
      {"The central bank raised its main rate to 4.5 percent on Thursday."});
  StoryBrief brief = Fuse({&a, &a}, {"o1", "o2"});
  ASSERT_EQ(brief.facts.size(), 1u);
  EXPECT_EQ(brief.facts[0].independent_sources, 1);
  EXPECT_EQ(brief.facts[0].sources.size(), 1u);
  EXPECT_EQ(brief.coverage.size(), 1u);
  EXPECT_EQ(brief.coverage[a.id].size(), 1u);
}

TEST(FuseTest, CoverageListsEveryArticle) {
  Article a = Analyzed(
      "alpha",
      {"The museum reopened on Saturday after a two-year renovation."});
  Article b = Analyzed(
      "beta", {"After two years of renovation the museum reopened on Saturday.",
               "Tickets for the first week sold out within an hour."});
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  ASSERT_EQ(brief.coverage.size(), 2u);
  EXPECT_EQ(brief.coverage[a.id], std::vector<std::string>{"f1"});
  EXPECT_EQ(brief.coverage[b.id].size(), 2u);
}

TEST(FuseTest, ReportOutranksPreview) {
  Article early = Analyzed(
      "early",
      {"Prime Minister Lena Novak is expected to meet the striking rail "
       "workers' union on Tuesday.",
       "The talks are scheduled to begin at noon in the capital."});
  Article early2 = Analyzed(
      "early2",
      {"Prime Minister Lena Novak will meet leaders of the rail workers' "
       "union on Tuesday, hoping to end the strike."});
  Article late = Analyzed(
      "late",
      {"Prime Minister Lena Novak met the rail workers' union on Tuesday and "
       "held three hours of talks.",
       "Following the meeting, the union suspended the strike for a week."});
  StoryBrief brief = Fuse({&early, &early2, &late}, {"o1", "o2", "o3"});
  ASSERT_FALSE(brief.summary.empty());
  EXPECT_EQ(brief.summary[0].from.article, 2u);
  for (const SummarySentence& s : brief.summary) {
    EXPECT_EQ(s.text.find("expected"), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find(" will "), std::string::npos) << s.text;
  }
}

TEST(FuseTest, SummaryIsVerbatimNonRedundantAndWithinBudget) {
  Article a = Analyzed(
      "alpha",
      {"Storm Petra brought winds of 140 kilometres an hour to the coast on "
       "Monday.",
       "Two fishermen died when their boat sank near the harbour.", "Ok then.",
       "Power was cut to 80,000 homes across the region overnight.",
       "Schools in six districts will stay closed on Tuesday."});
  Article b = Analyzed(
      "beta",
      {"Winds of 140 kilometres an hour hit the coast on Monday as Storm "
       "Petra arrived.",
       "About 80,000 homes lost power across the region overnight.",
       "Two fishermen were killed when their boat sank close to the "
       "harbour."});
  Article c = Analyzed(
      "gamma",
      {"Storm Petra hit the coast on Monday with winds of 140 kilometres an "
       "hour.",
       "The two fishermen who died were brothers from the village of Mola."});
  StoryBrief brief = Fuse({&a, &b, &c}, {"o1", "o2", "o3"}, 30);
  ASSERT_FALSE(brief.summary.empty());
  ExpectVerbatim(brief);
  int longest = 0;
  for (const Article* art : brief.articles) {
    for (const Sentence& s : art->sentences) {
      longest = std::max(longest, int(s.token_count));
    }
  }
  EXPECT_LE(SummaryWords(brief), 30 + longest);
  std::vector<std::string> facts;
  for (const SummarySentence& s : brief.summary) {
    EXPECT_NE(s.text, "Ok then.");
    for (const std::string& f : facts) EXPECT_NE(f, s.fact_id);
    facts.push_back(s.fact_id);
    EXPECT_FALSE(s.sources.empty());
    // Marked as its fact is: one outlet alone, or several.
    EXPECT_EQ(s.single_source, s.sources.size() == 1) << s.text;
  }
  EXPECT_EQ(brief.summary[0].sources.size(), 3u);
  EXPECT_FALSE(brief.summary[0].single_source);
}

TEST(FuseTest, NoFragmentsOrQuoteContinuations) {
  Article a = Analyzed(
      "alpha",
      {"\"We will rebuild every house in this street. Nobody will be left "
       "behind,\" Mayor Ines Kraft said on Friday.",
       "\"It will take time.\"",
       "Crews cleared debris from 12 streets in the old town on Friday."});
  Article b = Analyzed(
      "beta",
      {"Crews cleared debris from 12 streets of the old town on Friday.",
       "Mayor Ines Kraft said every house in the street would be rebuilt."});
  StoryBrief brief = Fuse({&a, &b}, {"o1", "o2"});
  ExpectVerbatim(brief);
  for (const SummarySentence& s : brief.summary) {
    EXPECT_NE(s.text.front(), '"') << s.text;
    EXPECT_NE(s.text,
              "Nobody will be left behind,\" Mayor Ines Kraft said "
              "on Friday.");
  }
}

TEST(FuseTest, EmptyStoryGivesEmptyBrief) {
  StoryBrief brief = Fuse({}, {});
  EXPECT_TRUE(brief.facts.empty());
  EXPECT_TRUE(brief.summary.empty());
  EXPECT_TRUE(brief.coverage.empty());
}

}  // namespace
}  // namespace newsfuse

namespace newsfuse {
namespace {

TEST(FuseTest, SummaryNeverOpensASentenceOnABarePronoun) {
  Article a = fuse::testing::Analyzed(
      "alpha",
      {"Mayor Tom Reed opened the rebuilt harbour bridge on Saturday morning.",
       "He thanked the engineers who worked through the winter storms."});
  StoryBrief brief = fuse::testing::Fuse({&a}, {"o1"});
  ASSERT_FALSE(brief.summary.empty());
  for (const SummarySentence& s : brief.summary) {
    EXPECT_NE(s.text.rfind("He ", 0), 0u) << s.text;
  }
}

}  // namespace
}  // namespace newsfuse

namespace newsfuse {
namespace {

TEST(FuseTest, SpeakerIsTheNameNotAnAdverbOrTheVerbsObject) {
  Article a = fuse::testing::Analyzed(
      "alpha",
      {"Reed, 61, also said the harbour bridge would reopen in the spring.",
       "Mayor Reed's office said repairs had cost less than planned this year.",
       "Port officials on Monday said the harbour had handled record cargo."});
  StoryBrief brief = fuse::testing::Fuse({&a}, {"o1"});
  const Fact* appositive = fuse::testing::FactOf(brief, 0, 0);
  const Fact* possessive = fuse::testing::FactOf(brief, 0, 1);
  const Fact* dated = fuse::testing::FactOf(brief, 0, 2);
  ASSERT_TRUE(appositive && possessive && dated);
  EXPECT_EQ(appositive->speaker, "Reed");
  EXPECT_EQ(possessive->speaker, "Mayor Reed's office");
  EXPECT_EQ(dated->speaker, "Port officials");
}

}  // namespace
}  // namespace newsfuse

namespace newsfuse {
namespace {

TEST(FuseTest, PronounSpeakerShowsTheResolvedName) {
  Article a = fuse::testing::Analyzed(
      "alpha",
      {"Mayor Tom Reed visited the damaged harbour bridge on Saturday.",
       "\"We will rebuild the bridge before the summer season,\" he said."});
  StoryBrief brief = fuse::testing::Fuse({&a}, {"o1"});
  const Fact* quote = fuse::testing::FactOf(brief, 0, 1);
  ASSERT_NE(quote, nullptr);
  EXPECT_TRUE(quote->attributed);
  EXPECT_NE(quote->speaker.find("Reed"), std::string::npos) << quote->speaker;
}

}  // namespace
}  // namespace newsfuse
