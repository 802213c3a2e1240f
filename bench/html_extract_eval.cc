// Scores ExtractHtml on the scrapinghub article-extraction benchmark.
//
//   html_extract_eval [FOLDER] [--json] [--page HASH]
//
// FOLDER holds ground-truth.json and html/<hash>.html.gz (default
// ../shared/data/scrapinghub beside the checkout). Prints the 15 worst pages
// by F1, the benchmark's precision / recall / F1 (word 4-gram shingles,
// clean/shingle_f1.h) and the extraction speed (gunzip and I/O excluded).
// --json prints one summary line instead; --page HASH prints that page's
// blocks with their kind, main flag and reason.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "clean/shingle_f1.h"
#include "newsfuse/clean.h"

namespace {

namespace fs = std::filesystem;
using newsfuse::ShingleCounts;

bool Gunzip(const fs::path& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out->append(buf, n);
  gzclose(f);
  return n == 0;
}

struct Page {
  std::string hash;
  std::string html;
  std::string truth;
  std::string pred;
  ShingleCounts counts;
  double seconds = 0;
  bool span_error = false;
};

void ExtractAll(std::vector<Page>& pages) {
  for (Page& p : pages) {
    auto start = std::chrono::steady_clock::now();
    auto r = newsfuse::ExtractHtml(p.html);
    p.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    if (!r.ok()) continue;
    p.pred = r->MainText();
    for (const newsfuse::TextBlock& b : r->blocks) {
      newsfuse::Span s = b.map.ToOriginal({0, uint32_t(b.text.size())});
      if (s.end > p.html.size() || s.begin > s.end) p.span_error = true;
    }
  }
}

void PrintPage(const Page& p) {
  auto r = newsfuse::ExtractHtml(p.html);
  if (!r.ok()) {
    std::cout << r.status().ToString() << "\n";
    return;
  }
  for (const newsfuse::TextBlock& b : r->blocks) {
    std::cout << (b.main ? "+ " : "- ") << int(b.kind) << " "
              << (b.reason ? newsfuse::DropReasonName(*b.reason) : "") << " | "
              << b.text.substr(0, 160) << "\n";
  }
  std::cout << "=== gold ===\n" << p.truth << "\n";
}

int Run(const fs::path& dir, bool json, const std::string& only) {
  std::ifstream in(dir / "ground-truth.json");
  if (!in) {
    std::cerr << (dir / "ground-truth.json").string() << ": cannot read\n";
    return 1;
  }
  nlohmann::json truth = nlohmann::json::parse(in, nullptr, false);
  if (truth.is_discarded()) {
    std::cerr << "ground-truth.json: malformed JSON\n";
    return 1;
  }
  std::vector<Page> pages;
  for (auto& [hash, item] : truth.items()) {
    if (!only.empty() && hash.rfind(only, 0) != 0) continue;
    Page p;
    p.hash = hash;
    p.truth = item.value("articleBody", "");
    if (!Gunzip(dir / "html" / (hash + ".html.gz"), &p.html)) {
      std::cerr << hash << ": cannot read the page\n";
      return 1;
    }
    pages.push_back(std::move(p));
  }
  if (!only.empty() && pages.size() == 1) {
    PrintPage(pages[0]);
    return 0;
  }
  ExtractAll(pages);
  std::vector<ShingleCounts> counts;
  double seconds = 0, bytes = 0;
  int span_errors = 0;
  for (Page& p : pages) {
    p.counts = newsfuse::MatchShingles(p.truth, p.pred);
    counts.push_back(p.counts);
    seconds += p.seconds;
    bytes += p.html.size();
    span_errors += p.span_error;
  }
  newsfuse::ShingleScore score = newsfuse::AggregateShingles(counts);
  double mb_s = bytes / 1e6 / seconds, pages_s = pages.size() / seconds;
  if (json) {
    nlohmann::json j = {
        {"pages", pages.size()},     {"precision", score.precision},
        {"recall", score.recall},    {"f1", score.f1},
        {"seconds", seconds},        {"mb_per_s", mb_s},
        {"pages_per_s", pages_s},    {"bytes", bytes},
        {"span_errors", span_errors}};
    std::cout << j.dump() << "\n";
    return 0;
  }
  std::sort(pages.begin(), pages.end(), [](const Page& a, const Page& b) {
    return newsfuse::ShingleF1(a.counts) < newsfuse::ShingleF1(b.counts);
  });
  std::printf("worst pages (F1 P R):\n");
  for (size_t i = 0; i < std::min<size_t>(15, pages.size()); ++i) {
    const Page& p = pages[i];
    std::printf("  %.3f %.3f %.3f  %s\n", newsfuse::ShingleF1(p.counts),
                newsfuse::ShinglePrecision(p.counts),
                newsfuse::ShingleRecall(p.counts), p.hash.c_str());
  }
  std::printf("pages %zu  precision %.4f  recall %.4f  F1 %.4f\n", pages.size(),
              score.precision, score.recall, score.f1);
  std::printf("extraction %.3f s  %.1f MB/s  %.1f pages/s  span errors %d\n",
              seconds, mb_s, pages_s, span_errors);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = fs::path(NEWSFUSE_SOURCE_DIR).parent_path() / "shared" /
                 "data" / "scrapinghub";
  bool json = false;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--json") {
      json = true;
    } else if (a == "--page" && i + 1 < argc) {
      only = argv[++i];
    } else if (a == "--help" || a == "-h") {
      std::cout << "usage: html_extract_eval [FOLDER] [--json] [--page HASH]\n";
      return 0;
    } else {
      dir = a;
    }
  }
  return Run(dir, json, only);
}
