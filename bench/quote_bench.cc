// Benchmark of quotation detection on the ECB+ article texts.
//
//   build/bench/quote_bench
//
// Reads ../shared/data/ecbplus-dev/*/[0-9]*.json ("text" field) once,
// builds one Article per text (one paragraph per line) and analyzes it;
// then times FindQuotes alone (BM_FindQuotes) and the whole Analyze
// (BM_Analyze) for comparison. Reports MB/s of article text.
#include <benchmark/benchmark.h>

#include <cctype>
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

Article MakeArticle(std::string text) {
  Article a;
  a.original = text;
  a.text = std::move(text);
  a.text_map = OffsetMap::Identity(static_cast<uint32_t>(a.text.size()));
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= a.text.size(); ++i) {
    if (i < a.text.size() && a.text[i] != '\n') continue;
    if (i > begin) a.paragraphs.push_back({{begin, i}, {begin, i}});
    begin = i + 1;
  }
  return a;
}

struct Corpus {
  std::vector<Article> articles;
  int64_t bytes = 0;
};

Corpus LoadCorpus() {
  Corpus c;
  fs::path dir = fs::path(NEWSFUSE_SOURCE_DIR) / "../shared/data/ecbplus-dev";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return c;
  for (const auto& topic : fs::directory_iterator(dir, ec)) {
    if (!topic.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(topic.path(), ec)) {
      std::string name = f.path().filename().string();
      if (f.path().extension() != ".json" || name.empty() ||
          !std::isdigit(static_cast<unsigned char>(name[0]))) {
        continue;
      }
      std::ifstream in(f.path());
      nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) {
        continue;
      }
      Article& a = c.articles.emplace_back(MakeArticle(j["text"]));
      Analyze(a);
      c.bytes += static_cast<int64_t>(a.text.size());
    }
  }
  return c;
}

Corpus& GetCorpus() {
  static Corpus* corpus = new Corpus(LoadCorpus());
  return *corpus;
}

void BM_FindQuotes(benchmark::State& state) {
  Corpus& c = GetCorpus();
  if (c.articles.empty()) {
    state.SkipWithError("../shared/data/ecbplus-dev is absent or empty");
    return;
  }
  size_t quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (Article& a : c.articles) {
      FindQuotes(a);
      quotes += a.quotes.size();
    }
    benchmark::DoNotOptimize(quotes);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["articles"] = static_cast<double>(c.articles.size());
  state.counters["quotes"] = static_cast<double>(quotes);
}
BENCHMARK(BM_FindQuotes)->Unit(benchmark::kMillisecond);

void BM_Analyze(benchmark::State& state) {
  Corpus& c = GetCorpus();
  if (c.articles.empty()) {
    state.SkipWithError("../shared/data/ecbplus-dev is absent or empty");
    return;
  }
  for (auto _ : state) {
    for (Article& a : c.articles) Analyze(a);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace newsfuse

BENCHMARK_MAIN();
