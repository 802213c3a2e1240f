// Scores the cluster stage (StoryIndex) against gold story labels.
//
//   cluster_eval [ECB_DIR] [--json] [--threshold T]
//   cluster_eval --uci PATH/uci-news-aggregator.csv [--json] [--threshold T]
//
// ECB+ (default ../shared/data/ecbplus-dev): every `<topic>ecb[plus]/*.json`
// article (mention files skipped), in sorted path order; the gold story is
// the folder (`10ecb` and `10ecbplus` are different events). UCI: each CSV
// row's headline is one article (plain text), its STORY column the gold.
// Prints B-cubed and pairwise precision/recall/F1, stories found vs gold,
// and the time and speed of clustering (pipeline time apart); --json prints
// one line instead.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cluster/cluster_metrics.h"
#include "newsfuse/ingest.h"
#include "newsfuse/pipeline.h"
#include "newsfuse/story.h"

namespace {

namespace fs = std::filesystem;
using newsfuse::Article;
using Clock = std::chrono::steady_clock;

struct Labelled {
  std::vector<Article> articles;
  std::vector<std::string> gold;
  double pipeline_seconds = 0;
  size_t errors = 0;
};

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

Labelled LoadEcb(const fs::path& dir) {
  std::vector<std::string> paths;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (!e.is_regular_file() || e.path().extension() != ".json") continue;
    if (name.starts_with("entity_mentions") || name.starts_with("event_mentions")) continue;
    paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  Labelled out;
  auto start = Clock::now();
  newsfuse::RunPipeline(paths, {}, [&](newsfuse::Result<Article> r) {
    if (!r.ok()) {
      ++out.errors;
      return;
    }
    out.gold.push_back(fs::path(r->path).parent_path().filename().string());
    out.articles.push_back(std::move(r).value());
  });
  out.pipeline_seconds = Since(start);
  return out;
}

// Splits one CSV record (RFC 4180 quoting, no embedded newlines in UCI).
std::vector<std::string> CsvFields(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

Labelled LoadUci(const fs::path& csv) {
  std::ifstream in(csv);
  std::string line;
  std::getline(in, line);  // ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,...
  Labelled out;
  auto start = Clock::now();
  newsfuse::IngestOptions options;
  while (std::getline(in, line)) {
    std::vector<std::string> f = CsvFields(line);
    if (f.size() < 6) continue;
    options.outlet = f[3];
    newsfuse::ReadBytes("uci/" + f[0] + ".txt", f[1], options,
                        [&](newsfuse::Result<Article> r) {
      if (!r.ok() || !newsfuse::ProcessArticle(*r).ok()) {
        ++out.errors;
        return;
      }
      out.gold.push_back(f[5]);
      out.articles.push_back(std::move(r).value());
    });
  }
  out.pipeline_seconds = Since(start);
  return out;
}

struct Args {
  std::string path;
  bool uci = false;
  bool json = false;
  bool dump = false;  // one line per article: gold, story, path, title
  double threshold = -1;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    if (s == "--json") {
      a->json = true;
    } else if (s == "--dump") {
      a->dump = true;
    } else if (s == "--uci" && i + 1 < argc) {
      a->uci = true;
      a->path = argv[++i];
    } else if (s == "--threshold" && i + 1 < argc) {
      a->threshold = std::stod(argv[++i]);
    } else if (!s.starts_with("--")) {
      a->path = s;
    } else {
      return false;
    }
  }
  if (a->path.empty()) {
    a->path = std::string(NEWSFUSE_SOURCE_DIR) + "/../shared/data/ecbplus-dev";
  }
  return true;
}

void Print(const Args& args, const Labelled& data,
           const newsfuse::cluster::ClusterScores& s, double seconds) {
  double speed = seconds > 0 ? data.articles.size() / seconds : 0;
  if (args.json) {
    nlohmann::json j = {
        {"data", args.uci ? "uci" : "ecbplus"}, {"articles", s.items},
        {"bcubed_p", s.bcubed.precision}, {"bcubed_r", s.bcubed.recall},
        {"bcubed_f1", s.bcubed.f1}, {"pairwise_p", s.pairwise.precision},
        {"pairwise_r", s.pairwise.recall}, {"pairwise_f1", s.pairwise.f1},
        {"stories", s.found_clusters}, {"gold_stories", s.gold_clusters},
        {"cluster_seconds", seconds}, {"pipeline_seconds", data.pipeline_seconds},
        {"articles_per_second", speed}};
    std::cout << j.dump() << "\n";
    return;
  }
  std::printf("data:      %s (%zu articles, %zu unreadable)\n", args.path.c_str(),
              s.items, data.errors);
  std::printf("B-cubed:   P %.3f  R %.3f  F1 %.3f\n", s.bcubed.precision,
              s.bcubed.recall, s.bcubed.f1);
  std::printf("pairwise:  P %.3f  R %.3f  F1 %.3f\n", s.pairwise.precision,
              s.pairwise.recall, s.pairwise.f1);
  std::printf("stories:   %zu found, %zu gold\n", s.found_clusters, s.gold_clusters);
  std::printf("time:      cluster %.3f s (%.0f articles/s); pipeline %.3f s\n",
              seconds, speed, data.pipeline_seconds);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::fprintf(stderr, "usage: cluster_eval [ECB_DIR | --uci CSV] [--json] [--dump] [--threshold T]\n");
    return 2;
  }
  if (!fs::exists(args.path)) {
    std::fprintf(stderr, "cluster_eval: %s not found\n", args.path.c_str());
    return 1;
  }
  Labelled data = args.uci ? LoadUci(args.path) : LoadEcb(args.path);
  newsfuse::StoryIndexOptions options;
  options.story_threshold = args.threshold;
  auto start = Clock::now();
  newsfuse::StoryIndex index(options);
  std::vector<std::string> found;
  for (const Article& a : data.articles) index.Add(a);
  double seconds = Since(start);
  // Stories may absorb one another as articles arrive: score the final
  // partition.
  std::map<std::string, std::string> story_of;
  for (const newsfuse::Story& s : index.Stories()) {
    for (const std::string& id : s.article_ids) story_of[id] = s.id;
  }
  for (const Article& a : data.articles) found.push_back(story_of[a.id]);
  for (size_t i = 0; args.dump && i < found.size(); ++i) {
    std::printf("%s\t%s\t%s\t%s\n", data.gold[i].c_str(), found[i].c_str(),
                data.articles[i].path.c_str(), data.articles[i].title.c_str());
  }
  Print(args, data, newsfuse::cluster::ScoreClustering(data.gold, found), seconds);
  return 0;
}
