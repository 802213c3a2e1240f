// Speed of entity mention detection on the ECB+ texts.
//
//   build/bench/entity_bench
//
// Reads ../shared/data/ecbplus-dev/*/*.json (article files only) once and
// analyzes them; BM_FindEntities then times FindEntities alone over the
// analyzed articles, in MB/s of article text and articles/s.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse {
namespace {

namespace fs = std::filesystem;

// One article per ECB+ text, one paragraph per line, analyzed.
Article Analyzed(const std::string& text) {
  Article a;
  a.text = text;
  a.original = text;
  a.text_map = OffsetMap::Identity(static_cast<uint32_t>(text.size()));
  uint32_t begin = 0;
  while (begin <= a.text.size()) {
    size_t end = a.text.find('\n', begin);
    if (end == std::string::npos) end = a.text.size();
    Span s{begin, static_cast<uint32_t>(end)};
    if (!s.empty()) a.paragraphs.push_back({s, s});
    begin = static_cast<uint32_t>(end) + 1;
  }
  Analyze(a);
  return a;
}

struct Corpus {
  std::vector<Article> articles;
  int64_t bytes = 0;
};

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    fs::path dir = fs::path(NEWSFUSE_SOURCE_DIR) / "../shared/data/ecbplus-dev";
    std::error_code ec;
    for (const auto& f : fs::recursive_directory_iterator(dir, ec)) {
      std::string name = f.path().filename().string();
      if (f.path().extension() != ".json" ||
          name.find("mentions") != std::string::npos) {
        continue;
      }
      std::ifstream in(f.path());
      auto j = nlohmann::json::parse(in, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) {
        continue;
      }
      c->articles.push_back(Analyzed(j["text"].get<std::string>()));
      c->bytes += static_cast<int64_t>(c->articles.back().text.size());
    }
    return c;
  }();
  return *corpus;
}

void BM_FindEntities(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (c.articles.empty()) {
    state.SkipWithError("../shared/data/ecbplus-dev is absent or empty");
    return;
  }
  std::vector<Article> articles = c.articles;
  for (auto _ : state) {
    for (Article& a : articles) {
      FindEntities(a);
      benchmark::DoNotOptimize(a.entities.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["articles"] = benchmark::Counter(
      static_cast<double>(articles.size()) * state.iterations(),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FindEntities);

}  // namespace
}  // namespace newsfuse

BENCHMARK_MAIN();
