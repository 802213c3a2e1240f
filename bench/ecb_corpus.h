// The ECB+ article texts that the stage benchmarks share.
#ifndef NEWSFUSE_BENCH_ECB_CORPUS_H_
#define NEWSFUSE_BENCH_ECB_CORPUS_H_

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse::bench {

inline constexpr char kNoEcbData[] =
    "../shared/data/ecbplus-dev is absent or empty";

// The "text" of every ECB+ article file, ../shared/data/ecbplus-dev/*/
// [0-9]*.json (the *_mentions_* files beside them are annotations), in
// sorted path order; empty when the folder is absent.
inline std::vector<std::string> LoadEcbTexts() {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(NEWSFUSE_SOURCE_DIR) / "../shared/data/ecbplus-dev";
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& f : fs::recursive_directory_iterator(dir, ec)) {
    std::string name = f.path().filename().string();
    if (f.path().extension() == ".json" && !name.empty() &&
        std::isdigit(static_cast<unsigned char>(name[0]))) {
      files.push_back(f.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const fs::path& p : files) {
    std::ifstream in(p);
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (!j.is_discarded() && j.contains("text") && j["text"].is_string()) {
      texts.push_back(j["text"].get<std::string>());
    }
  }
  return texts;
}

// An Article as clean leaves plain prose: `text` is its cleaned text, one
// paragraph per non-empty line, spans mapped by identity.
inline Article ArticleFromText(std::string text) {
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

// The ECB+ texts as analyzed Articles, and the bytes of their text.
struct AnalyzedCorpus {
  std::vector<Article> articles;
  int64_t bytes = 0;
};

// Builds it; `published` (when given) anchors the time expressions.
inline AnalyzedCorpus LoadAnalyzedEcb(
    std::optional<Timestamp> published = std::nullopt) {
  AnalyzedCorpus c;
  for (std::string& t : LoadEcbTexts()) {
    Article& a = c.articles.emplace_back(ArticleFromText(std::move(t)));
    a.published = published;
    Analyze(a);
    c.bytes += static_cast<int64_t>(a.text.size());
  }
  return c;
}

// The document files of one ECB+ story folder, sorted (not the
// *_mentions_* annotation files beside them).
inline std::vector<std::string> EcbDocumentPaths(
    const std::filesystem::path& folder) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    std::string name = e.path().filename().string();
    if (e.path().extension() == ".json" &&
        name.find("mentions") == std::string::npos) {
      out.push_back(e.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The same without a publication time, built once per process.
inline AnalyzedCorpus& AnalyzedEcb() {
  static AnalyzedCorpus* corpus = new AnalyzedCorpus(LoadAnalyzedEcb());
  return *corpus;
}

}  // namespace newsfuse::bench

#endif  // NEWSFUSE_BENCH_ECB_CORPUS_H_
