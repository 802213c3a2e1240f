// Benchmark of the fuse stage.
//
//   build-release/bench/fuse_bench
//
// BM_FuseStories: FuseStory over the ECB+ gold stories (one per folder,
// every article its own origin), the articles read and analyzed once
// beforehand; in articles/s and MB/s of article text. This is the fuse
// part of `newsfuse brief` without clustering errors in the way.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/ecb_corpus.h"
#include "newsfuse/brief.h"
#include "newsfuse/pipeline.h"

namespace newsfuse {
namespace {

namespace fs = std::filesystem;

struct GoldStory {
  Story story;
  std::vector<Article> articles;
};

const std::vector<GoldStory>& Stories() {
  static auto* stories = [] {
    auto* out = new std::vector<GoldStory>;
    fs::path dir = fs::path(NEWSFUSE_SOURCE_DIR) / "../shared/data/ecbplus-dev";
    std::error_code ec;
    std::vector<fs::path> folders;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.is_directory()) folders.push_back(e.path());
    }
    std::sort(folders.begin(), folders.end());
    for (const fs::path& folder : folders) {
      GoldStory& g = out->emplace_back();
      g.story.id = folder.filename().string();
      RunPipeline(bench::EcbDocumentPaths(folder), {}, [&](Result<Article> r) {
        if (!r.ok()) return;
        g.story.article_ids.push_back(r->id);
        g.articles.push_back(std::move(*r));
      });
    }
    return out;
  }();
  return *stories;
}

void BM_FuseStories(benchmark::State& state) {
  const std::vector<GoldStory>& stories = Stories();
  if (stories.empty()) {
    state.SkipWithError("../shared/data/ecbplus-dev is absent or empty");
    return;
  }
  int64_t articles = 0, bytes = 0;
  for (const GoldStory& g : stories) {
    articles += static_cast<int64_t>(g.articles.size());
    for (const Article& a : g.articles) bytes += int64_t(a.text.size());
  }
  for (auto _ : state) {
    for (const GoldStory& g : stories) {
      std::vector<const Article*> members;
      std::vector<std::string> origins;
      for (const Article& a : g.articles) {
        members.push_back(&a);
        origins.push_back(a.id);
      }
      StoryBrief b = FuseStory(g.story, members, origins, FuseOptions());
      benchmark::DoNotOptimize(b.facts.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * articles);
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["stories"] = static_cast<double>(stories.size());
}
BENCHMARK(BM_FuseStories)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsfuse

BENCHMARK_MAIN();
