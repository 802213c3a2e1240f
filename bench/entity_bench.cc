// Speed of entity mention detection on the ECB+ texts.
//
//   build/bench/entity_bench
//
// Reads ../shared/data/ecbplus-dev/*/*.json (article files only) once and
// analyzes them; BM_FindEntities then times FindEntities alone over the
// analyzed articles, BM_EntitiesAndQuotes entities, quotes and their
// speakers together, in MB/s of article text and articles/s.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/ecb_corpus.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse {
namespace {

// Times `step` over a copy of the analyzed ECB+ articles, in MB/s of their
// text and articles/s.
template <typename Step>
void TimeOverArticles(benchmark::State& state, Step step) {
  const bench::AnalyzedCorpus& c = bench::AnalyzedEcb();
  if (c.articles.empty()) {
    state.SkipWithError(bench::kNoEcbData);
    return;
  }
  std::vector<Article> articles = c.articles;
  for (auto _ : state) {
    for (Article& a : articles) step(a);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["articles"] = benchmark::Counter(
      static_cast<double>(articles.size()) * state.iterations(),
      benchmark::Counter::kIsRate);
}

void BM_FindEntities(benchmark::State& state) {
  TimeOverArticles(state, [](Article& a) {
    FindEntities(a);
    benchmark::DoNotOptimize(a.entities.data());
  });
}
BENCHMARK(BM_FindEntities);

// The figure: entity mentions and quotations with their speakers,
// everything analyze does after tokens and stems.
void BM_EntitiesAndQuotes(benchmark::State& state) {
  TimeOverArticles(state, [](Article& a) {
    FindEntities(a);
    FindQuotes(a);
    LinkQuoteSpeakers(a);
    benchmark::DoNotOptimize(a.quotes.data());
  });
}
BENCHMARK(BM_EntitiesAndQuotes);

}  // namespace
}  // namespace newsfuse

BENCHMARK_MAIN();
