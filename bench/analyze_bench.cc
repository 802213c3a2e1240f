// Benchmarks of the analyze stage on the ECB+ article texts.
//
//   build/bench/analyze_bench --benchmark_filter=Split
//
// Reads ../shared/data/ecbplus-dev/*/*.json (the article files, not the
// entity_mentions_* / event_mentions_* annotation files) once; each
// benchmark reports MB/s of article text and articles/s.
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

#include "bench/ecb_corpus.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse {
namespace {

struct Corpus {
  std::vector<std::string> texts;
  int64_t bytes = 0;
};

Corpus LoadCorpus() {
  Corpus c;
  c.texts = bench::LoadEcbTexts();
  for (const std::string& t : c.texts)
    c.bytes += static_cast<int64_t>(t.size());
  return c;
}

const Corpus& GetCorpus() {
  static const Corpus* corpus = new Corpus(LoadCorpus());
  return *corpus;
}

// The lines of `text` (the paragraphs, as the clean stage joins them).
template <typename F>
void ForEachLine(std::string_view text, F f) {
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    f(text.substr(begin, end - begin), static_cast<uint32_t>(begin));
    begin = end + 1;
  }
}

bool Ready(benchmark::State& state, const Corpus& c) {
  if (!c.texts.empty()) return true;
  state.SkipWithError(bench::kNoEcbData);
  return false;
}

void SetRates(benchmark::State& state, const Corpus& c) {
  state.SetBytesProcessed(state.iterations() * c.bytes);
  state.counters["articles"] = benchmark::Counter(
      static_cast<double>(c.texts.size()) * state.iterations(),
      benchmark::Counter::kIsRate);
}

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!Ready(state, c)) return;
  for (auto _ : state) {
    for (const std::string& t : c.texts) {
      ForEachLine(t, [](std::string_view line, uint32_t) {
        benchmark::DoNotOptimize(SplitSentences(line));
      });
    }
  }
  SetRates(state, c);
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!Ready(state, c)) return;
  std::vector<Token> tokens;
  for (auto _ : state) {
    for (const std::string& t : c.texts) {
      tokens.clear();
      TokenChars chars(t.size());  // per article, as Analyze does
      Tokenize(t, 0, &tokens, &chars);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  SetRates(state, c);
}
BENCHMARK(BM_Tokenize);

void BM_SplitAndTokenize(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!Ready(state, c)) return;
  std::vector<Token> tokens;
  for (auto _ : state) {
    for (const std::string& t : c.texts) {
      tokens.clear();
      TokenChars chars(t.size());
      ForEachLine(t, [&](std::string_view line, uint32_t base) {
        for (Span s : SplitSentences(line)) {
          Tokenize(s.In(line), base + s.begin, &tokens, &chars);
        }
      });
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  SetRates(state, c);
}
BENCHMARK(BM_SplitAndTokenize);

void BM_Stem(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!Ready(state, c)) return;
  std::vector<std::string> words;
  int64_t bytes = 0;
  for (const std::string& t : c.texts) {
    std::vector<Token> tokens;
    TokenChars chars(t.size());
    Tokenize(t, 0, &tokens, &chars);
    for (Token& tok : tokens) {
      if (tok.kind != TokenKind::kWord) continue;
      bytes += static_cast<int64_t>(tok.norm.size());
      words.emplace_back(tok.norm);
    }
  }
  for (auto _ : state) {
    for (const std::string& w : words) benchmark::DoNotOptimize(Stem(w));
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(words.size()));
}
BENCHMARK(BM_Stem);

void BM_AnalyzeArticle(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  if (!Ready(state, c)) return;
  std::vector<Article> articles;
  for (const std::string& t : c.texts)
    articles.push_back(bench::ArticleFromText(t));
  for (auto _ : state) {
    for (Article& a : articles) {
      Analyze(a);
      benchmark::DoNotOptimize(a.tokens.data());
    }
  }
  SetRates(state, c);
}
BENCHMARK(BM_AnalyzeArticle);

}  // namespace
}  // namespace newsfuse

BENCHMARK_MAIN();
