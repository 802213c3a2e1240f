// Benchmark of quotation detection on the ECB+ article texts.
//
//   build/bench/quote_bench
//
// Reads ../shared/data/ecbplus-dev/*/[0-9]*.json ("text" field) once,
// builds one Article per text (one paragraph per line) and analyzes it;
// then times FindQuotes alone (BM_FindQuotes) and the whole Analyze
// (BM_Analyze) for comparison. Reports MB/s of article text.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/ecb_corpus.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse {
namespace {

void BM_FindQuotes(benchmark::State& state) {
  bench::AnalyzedCorpus& c = bench::AnalyzedEcb();
  if (c.articles.empty()) {
    state.SkipWithError(bench::kNoEcbData);
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
  bench::AnalyzedCorpus& c = bench::AnalyzedEcb();
  if (c.articles.empty()) {
    state.SkipWithError(bench::kNoEcbData);
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
