// Google Benchmark of ExtractHtml over the scrapinghub pages (decompressed
// once, in memory). Skips when ../shared/data/scrapinghub is absent.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "newsfuse/clean.h"

namespace {

namespace fs = std::filesystem;

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    fs::path dir = fs::path(NEWSFUSE_SOURCE_DIR).parent_path() / "shared" /
                   "data" / "scrapinghub" / "html";
    if (const char* env = std::getenv("NEWSFUSE_SHARED")) {
      dir = fs::path(env) / "data" / "scrapinghub" / "html";
    }
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      gzFile f = gzopen(entry.path().c_str(), "rb");
      if (f == nullptr) continue;
      std::string html;
      char buf[1 << 16];
      int n;
      while ((n = gzread(f, buf, sizeof(buf))) > 0) html.append(buf, n);
      gzclose(f);
      out.push_back(std::move(html));
    }
    return out;
  }();
  return pages;
}

void BM_ExtractHtml(benchmark::State& state) {
  const std::vector<std::string>& pages = Pages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/scrapinghub is absent");
    return;
  }
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const std::string& html = pages[i++ % pages.size()];
    auto r = newsfuse::ExtractHtml(html);
    benchmark::DoNotOptimize(r);
    bytes += html.size();
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExtractHtml);

}  // namespace

BENCHMARK_MAIN();
