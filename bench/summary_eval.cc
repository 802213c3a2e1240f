// summary_eval: newsfuse's story summaries on ECB+, for comparison with the
// LexRank baseline (bench/lexrank_baseline.py, which runs this program and
// scores both systems).
//
//   summary_eval [--words N] DATA_DIR > stories.jsonl
//
// DATA_DIR holds ECB+ story folders (<topic>ecb, <topic>ecbplus), each with
// one JSON file per document. Every folder is one story (the gold one, so
// clustering errors do not enter the comparison) and every document its own
// origin. For each story this prints one JSON line:
//
//   {"story": "1ecb",
//    "docs": [{"doc_id": "1_10ecb", "sentences": ["...", ...]}, ...],
//    "newsfuse": [{"doc": 0, "sentence": 3, "fact": "f1", "sources": 4}]}
//
// "docs" are our sentence splits, so the baseline ranks the very same
// sentences; "newsfuse" is the summary in reading order, by index.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/ecb_corpus.h"
#include "newsfuse/brief.h"
#include "newsfuse/pipeline.h"

namespace fs = std::filesystem;

namespace {

nlohmann::json StoryJson(const std::string& name,
                         const std::vector<newsfuse::Article>& articles,
                         int words) {
  std::vector<const newsfuse::Article*> members;
  std::vector<std::string> origins;
  newsfuse::Story story;
  story.id = name;
  nlohmann::json docs = nlohmann::json::array();
  for (const newsfuse::Article& a : articles) {
    members.push_back(&a);
    origins.push_back(a.id);
    story.article_ids.push_back(a.id);
    nlohmann::json sentences = nlohmann::json::array();
    for (const newsfuse::Sentence& s : a.sentences) {
      sentences.push_back(std::string(a.SentenceText(s)));
    }
    docs.push_back({{"doc_id", fs::path(a.path).stem().string()},
                    {"sentences", sentences}});
  }
  newsfuse::FuseOptions options;
  options.summary_words = words;
  newsfuse::StoryBrief brief =
      newsfuse::FuseStory(story, members, origins, options);
  nlohmann::json summary = nlohmann::json::array();
  for (const newsfuse::SummarySentence& s : brief.summary) {
    summary.push_back({{"doc", s.from.article},
                       {"sentence", s.from.sentence},
                       {"fact", s.fact_id},
                       {"sources", s.sources.size()}});
  }
  return {{"story", name}, {"docs", docs}, {"newsfuse", summary}};
}

}  // namespace

int main(int argc, char** argv) {
  int words = 120;
  std::string data;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--words" && i + 1 < argc) {
      words = std::atoi(argv[++i]);
    } else {
      data = arg;
    }
  }
  if (data.empty() || !fs::is_directory(data)) {
    std::cerr << "usage: summary_eval [--words N] ECBPLUS_DIR\n";
    return 2;
  }
  std::vector<fs::path> folders;
  for (const auto& e : fs::directory_iterator(data)) {
    if (e.is_directory()) folders.push_back(e.path());
  }
  std::sort(folders.begin(), folders.end());
  for (const fs::path& folder : folders) {
    std::vector<newsfuse::Article> articles;
    newsfuse::RunPipeline(newsfuse::bench::EcbDocumentPaths(folder), {},
                          [&](newsfuse::Result<newsfuse::Article> r) {
                            if (r.ok()) articles.push_back(std::move(*r));
                          });
    if (articles.size() < 2) continue;
    std::cout << StoryJson(folder.filename().string(), articles, words).dump()
              << "\n";
  }
  return 0;
}
