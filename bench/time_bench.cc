// Benchmarks of time expressions.
//
//   build-release/bench/time_bench
//
// BM_FindTimes: FindTimes alone over the ECB+ article texts (analyzed once
// beforehand, each anchored at 2025-05-19), in MB/s of article text.
// BM_FindTimesAndQuantities: FindTimes then FindQuantities on each article,
// as Analyze runs them: the issue's "time-expression and quantity finding
// in running text", in MB/s of article text.
// BM_NormalizeTime: NormalizeTime over standalone expressions, in
// strings/s: the lines of $NEWSFUSE_TIME_STRINGS when set (what
// bench/normalize_vs_peers.py passes, so that the peers get the same
// strings), else TimeStrings() below.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "bench/ecb_corpus.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"
#include "newsfuse/quantities.h"
#include "newsfuse/times.h"
#include "newsfuse/timestamp.h"

namespace newsfuse {
namespace {

// Anchored, so that relative expressions are resolved as in real use.
bench::AnalyzedCorpus& Corpus() {
  static auto* corpus = new bench::AnalyzedCorpus(
      bench::LoadAnalyzedEcb(ParseTimestamp("2025-05-19T10:00:00Z")));
  return *corpus;
}

void BM_FindTimes(benchmark::State& state) {
  bench::AnalyzedCorpus& c = Corpus();
  if (c.articles.empty()) {
    state.SkipWithError(bench::kNoEcbData);
    return;
  }
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (Article& a : c.articles) {
      FindTimes(a);
      found += a.times.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["articles"] = static_cast<double>(c.articles.size());
  state.counters["times"] = static_cast<double>(found);
}
BENCHMARK(BM_FindTimes)->Unit(benchmark::kMillisecond);

void BM_FindTimesAndQuantities(benchmark::State& state) {
  bench::AnalyzedCorpus& c = Corpus();
  if (c.articles.empty()) {
    state.SkipWithError(bench::kNoEcbData);
    return;
  }
  size_t times = 0, quantities = 0;
  for (auto _ : state) {
    times = quantities = 0;
    for (Article& a : c.articles) {
      FindTimes(a);
      FindQuantities(a);
      times += a.times.size();
      quantities += a.quantities.size();
    }
    benchmark::DoNotOptimize(times + quantities);
  }
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["times"] = static_cast<double>(times);
  state.counters["quantities"] = static_cast<double>(quantities);
}
BENCHMARK(BM_FindTimesAndQuantities)->Unit(benchmark::kMillisecond);

// Realistic standalone expressions, as news and the recognizers specs
// write them.
std::vector<std::string> TimeStrings() {
  if (const char* path = std::getenv("NEWSFUSE_TIME_STRINGS")) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) out.push_back(line);
    }
    return out;
  }
  return {"May 19, 2025",
          "19 May 2025",
          "2025-05-19",
          "5/19/2025",
          "May 2025",
          "2025",
          "on Monday",
          "Friday's talks",
          "today",
          "yesterday",
          "tomorrow",
          "last week",
          "next week",
          "over the weekend",
          "earlier in the day",
          "this morning",
          "three years ago",
          "in two weeks",
          "since March 2022",
          "last month",
          "5 p.m. Moscow time",
          "10 a.m. Eastern",
          "10 am",
          "17:00 GMT",
          "noon",
          "for three hours",
          "a 30-day ceasefire",
          "every week",
          "daily",
          "last Monday",
          "next Tuesday",
          "Monday at 5 p.m.",
          "late last year",
          "the past three years",
          "the third quarter of 2024",
          "the 1990s",
          "twice a year",
          "every Monday",
          "1400 GMT",
          "this week"};
}

void BM_NormalizeTime(benchmark::State& state) {
  static const std::vector<std::string> strings = TimeStrings();
  std::optional<Timestamp> anchor = ParseTimestamp("2016-11-07T00:00:00");
  size_t resolved = 0;
  for (auto _ : state) {
    resolved = 0;
    for (const std::string& s : strings) {
      Result<TimeExpression> t = NormalizeTime(s, anchor);
      resolved += t.ok() && !t->value.empty();
    }
    benchmark::DoNotOptimize(resolved);
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(strings.size()));
  state.counters["strings"] = static_cast<double>(strings.size());
  state.counters["resolved"] = static_cast<double>(resolved);
}
BENCHMARK(BM_NormalizeTime)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace newsfuse

BENCHMARK_MAIN();
