#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cluster/cluster_metrics.h"
#include "gtest/gtest.h"
#include "newsfuse/ingest.h"
#include "newsfuse/pipeline.h"
#include "newsfuse/story.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

namespace fs = std::filesystem;

// An analyzed article from plain text (first line the headline).
Article Make(const std::string& path, const std::string& text) {
  std::vector<Article> out;
  ReadBytes(path, text, {}, [&](Result<Article> r) {
    if (r.ok() && ProcessArticle(*r).ok()) out.push_back(std::move(r).value());
  });
  EXPECT_EQ(out.size(), 1u) << path;
  return out.empty() ? Article{} : out[0];
}

std::vector<Article> ReadAll(const std::vector<std::string>& paths) {
  std::vector<Article> out;
  RunPipeline(paths, {}, [&](Result<Article> r) {
    if (r.ok()) out.push_back(std::move(r).value());
  });
  return out;
}

const char kFerryA1[] =
    "Ferry capsizes on Lake Orrin near Dunmore, 14 dead\n\n"
    "The MV Kestrel Star capsized on Lake Orrin on Monday evening near the "
    "port of Dunmore, killing at least 14 people, officials said. Governor "
    "Mirela Hadzic said rescuers pulled 151 people from the water. The "
    "Kestrel Star was run by Orrin Lines.\n";
const char kFerryA2[] =
    "Kestrel Star death toll rises as divers search Lake Orrin\n\n"
    "Divers searched Lake Orrin on Tuesday after the Kestrel Star went down "
    "off Dunmore on Monday. Orrin Lines said 212 people were on board; "
    "Governor Hadzic said 14 people died and 151 survived.\n";
const char kFerryB[] =
    "Ferry sinks in Baltan Strait off Port Ilvi, 31 dead\n\n"
    "The ferry Sea Wren sank in the Baltan Strait on Friday morning off Port "
    "Ilvi, killing at least 31 people, officials said. Mayor Tomas Veer said "
    "rescuers pulled 88 people from the water. The Sea Wren was run by "
    "Strait Ferries.\n";

TEST(StoryIndexTest, JoinsReportsOfOneEventAndSeparatesAnotherOfItsKind) {
  StoryIndex index;
  Placement a1 = index.Add(Make("a1.txt", kFerryA1));
  Placement b = index.Add(Make("b.txt", kFerryB));
  Placement a2 = index.Add(Make("a2.txt", kFerryA2));
  EXPECT_TRUE(a1.new_story);
  EXPECT_TRUE(b.new_story);
  EXPECT_NE(a1.story_id, b.story_id);
  EXPECT_FALSE(a2.new_story);
  EXPECT_EQ(a2.story_id, a1.story_id);
  std::vector<Story> stories = index.Stories();
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].article_ids.size(), 2u);
  EXPECT_NE(stories[0].why.find("Kestrel Star"), std::string::npos)
      << stories[0].why;
  EXPECT_TRUE(stories[1].why.empty());  // one article shares nothing
}

// Two deaths of Watergate figures: the topic words are the same, the
// person the headlines name is not.
const char kFelt1[] =
    "Mark Felt, Watergate's Deep Throat, dies at 95\n\n"
    "Mark Felt, the FBI official who as Deep Throat guided the Watergate "
    "reporting of the Washington Post, died on Thursday in Santa Rosa, "
    "California. Felt was 95. President Richard Nixon resigned in 1974 "
    "after the Watergate scandal.\n";
const char kFelt2[] =
    "Deep Throat source Mark Felt dead at 95\n\n"
    "Mark Felt, who was Deep Throat in the Watergate scandal, has died in "
    "Santa Rosa at 95, his family said on Thursday. Felt guided the "
    "Washington Post reporters whose Watergate stories brought down Nixon.\n";
const char kLaRue[] =
    "Fred LaRue, Watergate figure, dies at 75\n\n"
    "Fred LaRue, the Nixon aide who delivered hush money in the Watergate "
    "scandal, died on Thursday in Biloxi. LaRue was 75. He served four "
    "months in prison after the Watergate scandal brought down Nixon.\n";

TEST(StoryIndexTest, HeadlineNamingAnotherPersonStartsAnotherStory) {
  StoryIndex index;
  Placement f1 = index.Add(Make("felt1.txt", kFelt1));
  Placement f2 = index.Add(Make("felt2.txt", kFelt2));
  Placement larue = index.Add(Make("larue.txt", kLaRue));
  EXPECT_EQ(f2.story_id, f1.story_id);
  EXPECT_TRUE(larue.new_story);
  EXPECT_NE(larue.story_id, f1.story_id);
}

TEST(StoryIndexTest, IdsAreStableAndShaped) {
  std::vector<Article> articles = {Make("a1.txt", kFerryA1),
                                   Make("b.txt", kFerryB),
                                   Make("a2.txt", kFerryA2)};
  std::vector<Placement> first, second;
  StoryIndex one, two;
  for (const Article& a : articles) first.push_back(one.Add(a));
  for (const Article& a : articles) second.push_back(two.Add(a));
  for (size_t i = 0; i < articles.size(); ++i) {
    EXPECT_EQ(first[i].story_id, second[i].story_id);
    EXPECT_EQ(first[i].origin_id, second[i].origin_id);
    ASSERT_EQ(first[i].story_id.size(), 11u);
    EXPECT_EQ(first[i].story_id[0], 's');
    EXPECT_EQ(first[i].origin_id[0], 'o');
    EXPECT_EQ(first[i].story_id.find_first_not_of("0123456789abcdef", 1),
              std::string::npos);
  }
  EXPECT_EQ(one.OriginOf(articles[1].id), first[1].origin_id);
  EXPECT_EQ(one.OriginOf("nope"), "");
}

TEST(StoryIndexTest, ReprintSharesAnOriginAndIndependentReportsDoNot) {
  std::string reprint = kFerryA1;
  reprint.replace(reprint.find("officials said"), 14, "regional officials said");
  reprint.replace(reprint.find("pulled"), 6, "had pulled");
  StoryIndex index;
  Placement wire = index.Add(Make("wire.txt", kFerryA1));
  Placement copy = index.Add(Make("copy.txt", reprint));
  Placement same = index.Add(Make("mirror/wire.txt", kFerryA1));
  Placement other = index.Add(Make("other.txt", kFerryA2));
  EXPECT_TRUE(wire.new_origin);
  EXPECT_FALSE(copy.new_origin);
  EXPECT_EQ(copy.origin_id, wire.origin_id);
  EXPECT_EQ(same.origin_id, wire.origin_id);
  EXPECT_TRUE(other.new_origin);
  EXPECT_NE(other.origin_id, wire.origin_id);
  EXPECT_EQ(other.story_id, wire.story_id);
}

// Story and origin counts over the articles of a folder.
struct Counts {
  size_t stories = 0;
  size_t origins = 0;
  std::map<std::string, std::string> origin_of_path;
};

Counts CountFolder(const fs::path& dir) {
  std::vector<Article> articles = ReadAll({dir.string()});
  StoryIndex index;
  std::set<std::string> origins;
  Counts c;
  for (const Article& a : articles) {
    Placement p = index.Add(a);
    origins.insert(p.origin_id);
    c.origin_of_path[fs::path(a.path).filename().string()] = p.origin_id;
  }
  c.stories = index.Stories().size();
  c.origins = origins.size();
  return c;
}

TEST(StoryIndexTest, ExampleCorpusIsOneStoryWithFiveOrigins) {
  Counts c = CountFolder(testing::SourceDir() / "examples" / "corpus");
  EXPECT_EQ(c.stories, 1u);
  EXPECT_EQ(c.origins, 5u);
  EXPECT_EQ(c.origin_of_path["northport-wire.txt"],
            c.origin_of_path["coastal-daily.txt"]);
}

TEST(StoryIndexTest, SeedsAreOneStoryWithFiveOrigins) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  Counts c = CountFolder(dir);
  EXPECT_EQ(c.stories, 1u);
  EXPECT_EQ(c.origins, 5u);
}

TEST(StoryIndexTest, EcbPlusBCubedF1) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "data/ecbplus-dev");
  std::vector<std::string> paths;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (e.path().extension() == ".json" && !name.starts_with("entity_") &&
        !name.starts_with("event_")) {
      paths.push_back(e.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Article> articles = ReadAll(paths);
  ASSERT_GT(articles.size(), 700u);
  StoryIndex index;
  std::vector<std::string> gold, found;
  for (const Article& a : articles) {
    gold.push_back(fs::path(a.path).parent_path().filename().string());
    found.push_back(index.Add(a).story_id);
  }
  cluster::ClusterScores s = cluster::ScoreClustering(gold, found);
  EXPECT_GE(s.bcubed.f1, 0.89) << "P " << s.bcubed.precision << " R "
                               << s.bcubed.recall;
}

}  // namespace
}  // namespace newsfuse
