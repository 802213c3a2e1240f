// Speed of quantity finding on the ECB+ texts and of ParseQuantity on
// standalone phrases.
//
//   build-release/bench/quantity_bench
//
// BM_FindQuantities times FindQuantities alone over the analyzed ECB+
// articles (MB/s of article text); BM_ParseQuantity parses a list of
// phrases (items/s is strings/s).
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "bench/ecb_corpus.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"
#include "newsfuse/quantities.h"

namespace newsfuse {
namespace {

void BM_FindQuantities(benchmark::State& state) {
  const bench::AnalyzedCorpus& c = bench::AnalyzedEcb();
  if (c.articles.empty()) {
    state.SkipWithError(bench::kNoEcbData);
    return;
  }
  std::vector<Article> articles = c.articles;
  size_t found = 0;
  for (auto _ : state) {
    for (Article& a : articles) {
      FindQuantities(a);
      found += a.quantities.size();
      benchmark::DoNotOptimize(a.quantities.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["quantities"] =
      static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_FindQuantities);

constexpr std::string_view kPhrases[] = {
    "more than 270 drones",
    "1,000 prisoners each",
    "at least six people",
    "$2bn",
    "1.5 million",
    "twenty-one",
    "a dozen",
    "tens of thousands of people",
    "between 5 and 7",
    "10-15",
    "about 40 percent",
    "€3bn",
    "5 million dollars",
    "a 30-day ceasefire",
    "aged 45",
    "up to 15",
    "fewer than 10 soldiers a week",
    "99999999999999999999999",
    "two hundred and five",
    "in 2022",
};

void BM_ParseQuantity(benchmark::State& state) {
  for (auto _ : state) {
    for (std::string_view p : kPhrases) {
      Result<Quantity> q = ParseQuantity(p);
      benchmark::DoNotOptimize(q.ok());
    }
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(std::size(kPhrases)));
}
BENCHMARK(BM_ParseQuantity);

}  // namespace
}  // namespace newsfuse

BENCHMARK_MAIN();
