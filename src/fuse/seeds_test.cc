// FuseStory on real and example stories: the five seed articles (read from
// ../shared/seeds at run time) and the example corpus of the repository.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

#include "fuse/fuse_testing.h"
#include "newsfuse/brief.h"
#include "newsfuse/pipeline.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

using fuse::testing::ExpectVerbatim;
using fuse::testing::Fuse;
using fuse::testing::Load;
using fuse::testing::Pointers;

// Prints the brief when NEWSFUSE_FUSE_DUMP is set, for tuning by eye.
void MaybeDump(const StoryBrief& brief) {
  if (std::getenv("NEWSFUSE_FUSE_DUMP") == nullptr) return;
  for (const Fact& f : brief.facts) {
    std::cout << f.id << " x" << f.independent_sources << " score " << f.score
              << (f.attributed ? " [" + f.speaker + "]" : "") << "\n";
    for (const SentenceRef& r : f.support) {
      const Article& a = *brief.articles[r.article];
      std::cout << "   " << a.outlet.substr(0, 3) << ":" << r.sentence << " "
                << a.SentenceText(a.sentences[r.sentence]) << "\n";
    }
  }
  std::cout << "SUMMARY\n";
  for (const SummarySentence& s : brief.summary) {
    std::cout << "  [" << s.fact_id << " " << s.sources.size() << "] " << s.text
              << "\n";
  }
}

const Fact* FactMatching(const StoryBrief& brief, const std::regex& re) {
  for (const Fact& f : brief.facts) {
    for (const SentenceRef& r : f.support) {
      const Article& a = *brief.articles[r.article];
      std::string text(a.SentenceText(a.sentences[r.sentence]));
      if (std::regex_search(text, re)) return &f;
    }
  }
  return nullptr;
}

TEST(SeedsTest, BriefOfTheCall) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  std::vector<Article> articles = Load(dir.string());
  ASSERT_EQ(articles.size(), 5u);
  std::vector<std::string> origins = {"o0", "o1", "o2", "o3", "o4"};
  StoryBrief brief = Fuse(Pointers(articles), origins);
  MaybeDump(brief);
  ASSERT_GE(brief.summary.size(), 3u);
  ExpectVerbatim(brief);
  // The lead reports the call as done.
  EXPECT_TRUE(std::regex_search(brief.summary[0].text,
                                std::regex("\\b(spoke|had|held|following)\\b")))
      << brief.summary[0].text;
  EXPECT_FALSE(std::regex_search(
      brief.summary[0].text, std::regex("\\bplans? to\\b|\\bwill hold\\b")));
  const Fact* swap = FactMatching(brief, std::regex("1,000 prisoners"));
  ASSERT_NE(swap, nullptr);
  EXPECT_GE(swap->sources.size(), 3u);
  EXPECT_GE(swap->independent_sources, 3);
  int words = fuse::testing::SummaryWords(brief);
  EXPECT_LE(words, 120 + 45);
  EXPECT_EQ(brief.coverage.size(), 5u);
}

TEST(SeedsTest, ExampleCorpusCountsTheWireOnce) {
  std::filesystem::path dir =
      std::filesystem::path(NEWSFUSE_SOURCE_DIR) / "examples" / "corpus";
  std::vector<Article> articles = Load(dir.string());
  ASSERT_EQ(articles.size(), 6u);
  std::vector<std::string> origins;
  int wire_origin = 0;
  for (const Article& a : articles) {
    bool copy = a.path.find("northport-wire") != std::string::npos ||
                a.path.find("coastal-daily") != std::string::npos;
    wire_origin += copy ? 1 : 0;
    origins.push_back(copy ? "wire" : "own-" + a.id);
  }
  ASSERT_EQ(wire_origin, 2);
  StoryBrief brief = Fuse(Pointers(articles), origins);
  MaybeDump(brief);
  ExpectVerbatim(brief);
  const Fact* toll = FactMatching(brief, std::regex("capsized.*at least 14"));
  ASSERT_NE(toll, nullptr);
  EXPECT_GE(toll->sources.size(), 2u);
  EXPECT_EQ(toll->independent_sources, int(toll->sources.size()) - 1);
}

}  // namespace
}  // namespace newsfuse
