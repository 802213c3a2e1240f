#include "newsfuse/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cctype>
#include <filesystem>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "newsfuse/report.h"
#include "tests/testing.h"
#include "pipeline/handoff.h"
#include "pipeline/parallel.h"

namespace newsfuse {
namespace {

const std::vector<std::string> kCorpus = {"examples/corpus",
                                          "examples/corpus/missing.txt"};

// Every result of the pipeline in order: article ids, error messages.
std::vector<std::string> Results(bool background) {
  PipelineOptions options;
  options.background = background;
  std::vector<std::string> out;
  RunPipeline(kCorpus, options, [&](Result<Article> r) {
    out.push_back(r.ok() ? r->id + " " + std::to_string(r->tokens.size())
                         : r.status().message());
  });
  return out;
}

TEST(PipelineTest, BackgroundGivesTheSameResultsInTheSameOrder) {
  std::vector<std::string> plain = Results(false);
  ASSERT_GE(plain.size(), 6u);
  EXPECT_EQ(Results(true), plain);
}

TEST(PipelineTest, OnIdleRunsWhileTheCallbackLags) {
  PipelineOptions options;
  options.background = true;
  options.ahead = 1;
  std::atomic<int> calls{0};
  options.on_idle = [&] { return ++calls % 3 != 0; };  // busy twice, then not
  std::vector<std::string> results;
  RunPipeline(kCorpus, options, [&](Result<Article> r) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));  // lag
    results.push_back(r.ok() ? r->id + " " + std::to_string(r->tokens.size())
                             : r.status().message());
  });
  EXPECT_EQ(results, Results(false));
  EXPECT_GT(calls.load(), 0);
}

TEST(PipelineTest, ExceptionFromTheCallbackStopsTheBackgroundReader) {
  PipelineOptions options;
  options.background = true;
  int calls = 0;
  EXPECT_THROW(RunPipeline(kCorpus, options,
                           [&](Result<Article>) {
                             ++calls;
                             throw std::runtime_error("stop");
                           }),
               std::runtime_error);
  EXPECT_EQ(calls, 1);
}

std::vector<Article> CorpusArticles() {
  std::vector<Article> out;
  RunPipeline({"examples/corpus"}, {}, [&](Result<Article> r) {
    if (r.ok() && !r->sentences.empty()) out.push_back(std::move(*r));
  });
  return out;
}

TEST(BriefBuilderTest, SameBriefsAsBuildBriefsOnAnyNumberOfThreads) {
  std::vector<Article> articles = CorpusArticles();
  ASSERT_FALSE(articles.empty());
  std::string expected = BriefToJson(BuildBriefs(articles, {}), false);
  for (int threads : {1, 2, 4}) {
    BriefOptions options;
    options.threads = threads;
    BriefBuilder builder(options);
    for (const Article& a : articles) EXPECT_TRUE(builder.Add(a));
    EXPECT_FALSE(builder.Add(articles[0]));  // the same article twice
    EXPECT_EQ(BriefToJson(builder.Build(), false), expected) << threads;
  }
}

TEST(BriefBuilderTest, OnStorySeesEveryBriefOnceAsBuilt) {
  BriefOptions options;
  options.threads = 2;
  BriefBuilder builder(options);
  for (Article& a : CorpusArticles()) builder.Add(std::move(a));
  std::mutex mu;
  std::map<size_t, std::string> seen;
  std::vector<StoryBrief> briefs =
      builder.Build([&](size_t i, const StoryBrief& b) {
        std::string json = StoryToJson(b, true);
        std::lock_guard<std::mutex> lock(mu);
        EXPECT_TRUE(seen.emplace(i, std::move(json)).second) << i;
      });
  ASSERT_EQ(seen.size(), briefs.size());
  std::vector<std::string> parts;
  for (auto& [i, json] : seen) parts.push_back(json);
  EXPECT_EQ(JoinBriefJson(parts, true), BriefToJson(briefs, true));
}

// Articles of the first ECB+ topics, in path order (grouped by event).
std::vector<Article> EcbArticles(const std::filesystem::path& dir,
                                 size_t count) {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (e.path().extension() == ".json" && std::isdigit(name[0])) {
      paths.push_back(e.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  paths.resize(std::min(paths.size(), count));
  std::vector<Article> out;
  RunPipeline(paths, {}, [&](Result<Article> r) {
    if (r.ok() && !r->sentences.empty()) out.push_back(std::move(*r));
  });
  return out;
}

// Fusing ahead must not change the briefs, whatever the helper managed to
// fuse (here one step after each article): in input order most stories are
// fused ahead, in reverse order many are fused again or not reused.
TEST(BriefBuilderTest, FusingAheadGivesTheSameBriefs) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "data/ecbplus-dev");
  std::vector<Article> articles = EcbArticles(dir, 150);
  ASSERT_GT(articles.size(), 100u);
  for (bool reverse : {false, true}) {
    if (reverse) std::reverse(articles.begin(), articles.end());
    std::string expected = BriefToJson(BuildBriefs(articles, {}), false);
    BriefOptions options;
    options.threads = 2;
    BriefBuilder builder(options);
    int fused_ahead = 0;
    for (const Article& a : articles) {
      builder.Add(a);
      fused_ahead += builder.FuseAheadStep() ? 1 : 0;
    }
    EXPECT_EQ(BriefToJson(builder.Build(), false), expected) << reverse;
    EXPECT_GT(fused_ahead, 0);
  }
}

TEST(ParallelForTest, RunsEveryItemOnceAndPassesOnAnException) {
  std::vector<int> hits(100, 0);
  pipeline::ParallelFor(hits.size(), 3, [&](size_t i) { ++hits[i]; });
  EXPECT_EQ(hits, std::vector<int>(100, 1));
  EXPECT_THROW(pipeline::ParallelFor(10, 2,
                                     [](size_t i) {
                                       if (i == 3) throw std::logic_error("x");
                                     }),
               std::logic_error);
}

TEST(HandoffTest, CancelFailsPushAndEndsPop) {
  pipeline::Handoff<int> q(1);
  EXPECT_TRUE(q.Push(1));
  std::thread producer([&] {
    q.Push(2);  // blocks: the queue is full
    EXPECT_FALSE(q.Push(3));
  });
  q.Cancel();
  producer.join();
  EXPECT_FALSE(q.Pop().has_value());
}

// The consumer works while nothing waits, and still gets every item in
// order once the producer catches up.
TEST(HandoffTest, PopCallsIdleWhileEmpty) {
  pipeline::Handoff<int> q(4);
  std::atomic<int> idle_calls{0};
  std::atomic<bool> go{false};
  std::thread producer([&] {
    while (!go.load()) std::this_thread::yield();
    for (int i = 1; i <= 3; ++i) q.Push(i);
    q.Close();
  });
  std::vector<int> got;
  auto idle = [&] {
    if (++idle_calls == 5) go.store(true);  // lets the producer start
    return idle_calls < 10;                  // then waits as usual
  };
  while (std::optional<int> item = q.Pop(idle)) got.push_back(*item);
  producer.join();
  EXPECT_EQ(got, (std::vector<int>{1, 2, 3}));
  EXPECT_GE(idle_calls.load(), 5);
}

// Both threads may fuse ahead at once (the reader while the caller lags,
// the caller while the reader lags): the briefs stay the same.
TEST(BriefBuilderTest, FusingAheadOnBothThreadsGivesTheSameBriefs) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "data/ecbplus-dev");
  std::vector<Article> articles = EcbArticles(dir, 150);
  ASSERT_GT(articles.size(), 100u);
  std::string expected = BriefToJson(BuildBriefs(articles, {}), false);
  BriefOptions options;
  options.threads = 2;
  BriefBuilder builder(options);
  std::atomic<bool> done{false};
  std::thread helper([&] {
    while (!done.load()) {
      if (!builder.FuseAheadStep()) std::this_thread::yield();
    }
  });
  for (const Article& a : articles) {
    builder.Add(a);
    builder.FuseAheadStep();
  }
  done.store(true);
  helper.join();
  EXPECT_EQ(BriefToJson(builder.Build(), false), expected);
}

}  // namespace
}  // namespace newsfuse
