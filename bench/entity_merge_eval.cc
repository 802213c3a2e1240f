// Scores cross-article entity merging (the story's entity table) on ECB+.
//
//   entity_merge_eval [SHARED_DATA_DIR]   (default ../shared/data)
//
// ECB+ (ecbplus-dev, CC BY 3.0) gives gold cross-document coreference
// chains over entity mentions (entity_mentions_*.json). Each gold story
// (folder) is run through the pipeline and BuildEntityTable. Gold: the
// named mentions of people and places (head POS PROPN, type HUM or LOC).
// A gold mention is paired with a predicted one in the same document
// whose text contains the gold head word, one to one in text order per
// head. Over the paired mentions (those both find), B-cubed precision and
// recall compare newsfuse's entities with the gold chains; "mention
// recall" is the share of gold mentions paired. For reference, the same
// pairs are scored for a baseline that merges mentions with the same head
// word, and for one that never merges across articles.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bench/eval_files.h"
#include "newsfuse/entity_table.h"
#include "newsfuse/pipeline.h"

namespace {

namespace fs = std::filesystem;
using newsfuse::Article;
using newsfuse::bench::Attr;
using newsfuse::bench::ReadFile;
using newsfuse::bench::Unescape;

struct GoldMention {
  std::string doc, head, chain;
  int sentence = 0, head_token = 0;
};

// One mention scored: its gold chain and the clusters systems put it in.
struct Pair {
  std::string gold, ours, same_head, per_article;
};

int IntOr0(const nlohmann::json& m, const char* key) {
  auto it = m.find(key);
  return it != m.end() && it->is_number_integer() ? it->get<int>() : 0;
}

std::string StringOrEmpty(const nlohmann::json& m, const char* key) {
  auto it = m.find(key);
  return it != m.end() && it->is_string() ? it->get<std::string>() : "";
}

std::vector<GoldMention> LoadGold(const fs::path& file) {
  std::vector<GoldMention> out;
  auto j = nlohmann::json::parse(ReadFile(file), nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& m : j) {
    std::string type = StringOrEmpty(m, "mention_type");
    if (StringOrEmpty(m, "mention_head_pos") != "PROPN" ||
        (type != "HUM" && type != "LOC")) {
      continue;
    }
    out.push_back({StringOrEmpty(m, "doc_id"), StringOrEmpty(m, "mention_head"),
                   StringOrEmpty(m, "coref_chain"), IntOr0(m, "sent_id"),
                   IntOr0(m, "mention_head_id")});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.doc, a.sentence, a.head_token) <
           std::tie(b.doc, b.sentence, b.head_token);
  });
  return out;
}

// Pairs the gold mentions of one folder with predicted mentions.
std::vector<Pair> PairFolder(const fs::path& folder, int* gold_total) {
  std::vector<GoldMention> gold;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(folder)) {
    std::string name = e.path().filename().string();
    if (name.starts_with("entity_mentions")) gold = LoadGold(e.path());
    if (e.path().extension() == ".json" && !name.starts_with("entity_") &&
        !name.starts_with("event_")) {
      files.push_back(e.path().string());
    }
  }
  *gold_total += static_cast<int>(gold.size());
  std::sort(files.begin(), files.end());
  std::vector<Article> articles;
  newsfuse::RunPipeline(files, {}, [&](newsfuse::Result<Article> r) {
    if (r.ok()) articles.push_back(std::move(r).value());
  });
  std::vector<const Article*> ptrs;
  std::map<std::string, size_t> index_of_doc;
  for (size_t i = 0; i < articles.size(); ++i) {
    ptrs.push_back(&articles[i]);
    index_of_doc[fs::path(articles[i].path).stem().string()] = i;
  }
  newsfuse::MentionEntities where;
  newsfuse::BuildEntityTable(ptrs, &where);
  std::vector<Pair> out;
  std::map<std::pair<std::string, std::string>, size_t> used;  // doc, head
  std::string prefix = folder.filename().string() + "/";
  for (const GoldMention& g : gold) {
    auto d = index_of_doc.find(g.doc);
    if (d == index_of_doc.end()) continue;
    const Article& a = articles[d->second];
    size_t& next = used[{g.doc, g.head}];
    size_t seen = 0;
    for (size_t m = 0; m < a.entities.size(); ++m) {
      std::string_view text = a.entities[m].text.In(a.text);
      if (text.find(g.head) == std::string_view::npos) continue;
      if (seen++ < next) continue;
      ++next;
      int e = where[d->second][m];
      out.push_back({prefix + g.chain,
                     e < 0 ? prefix + g.doc + "#" + std::to_string(m)
                           : prefix + "e" + std::to_string(e),
                     prefix + g.head, prefix + g.doc + "/" + g.head});
      break;
    }
  }
  return out;
}

// B-cubed precision and recall of `ours` against `gold` cluster labels.
void BCubed(const std::vector<Pair>& pairs, std::string Pair::*ours, double* p,
            double* r) {
  std::map<std::string, int> gold_size, our_size;
  std::map<std::pair<std::string, std::string>, int> both;
  for (const Pair& x : pairs) {
    ++gold_size[x.gold];
    ++our_size[x.*ours];
    ++both[{x.gold, x.*ours}];
  }
  *p = *r = 0;
  for (const Pair& x : pairs) {
    double overlap = both[{x.gold, x.*ours}];
    *p += overlap / our_size[x.*ours];
    *r += overlap / gold_size[x.gold];
  }
  if (!pairs.empty()) {
    *p /= pairs.size();
    *r /= pairs.size();
  }
}

void Report(const char* name, const std::vector<Pair>& pairs,
            std::string Pair::*ours) {
  double p, r;
  BCubed(pairs, ours, &p, &r);
  std::printf("  %-28s B-cubed P %.3f R %.3f F1 %.3f\n", name, p, r,
              p + r > 0 ? 2 * p * r / (p + r) : 0);
}

}  // namespace

int main(int argc, char** argv) {
  fs::path data = argc > 1 ? fs::path(argv[1])
                           : fs::path(NEWSFUSE_SOURCE_DIR) / "../shared/data";
  fs::path ecb = data / "ecbplus-dev";
  if (!fs::is_directory(ecb)) {
    std::fprintf(stderr, "entity_merge_eval: no data under %s\n", data.c_str());
    return 1;
  }
  std::vector<fs::path> folders;
  for (const auto& e : fs::directory_iterator(ecb)) {
    if (e.is_directory()) folders.push_back(e.path());
  }
  std::sort(folders.begin(), folders.end());
  std::vector<Pair> pairs;
  int gold_total = 0;
  for (const fs::path& f : folders) {
    std::vector<Pair> p = PairFolder(f, &gold_total);
    pairs.insert(pairs.end(), p.begin(), p.end());
  }
  std::printf(
      "ECB+ dev, cross-article entity merging (named HUM/LOC mentions, %zu "
      "of %d gold mentions paired: mention recall %.3f)\n",
      pairs.size(), gold_total,
      gold_total ? static_cast<double>(pairs.size()) / gold_total : 0.0);
  if (std::getenv("NEWSFUSE_EVAL_DEBUG") != nullptr) {
    std::map<std::string, std::map<std::string, std::set<std::string>>> split;
    for (const Pair& x : pairs) split[x.gold][x.ours].insert(x.same_head);
    for (const auto& [chain, ours] : split) {
      if (ours.size() < 2) continue;
      std::printf("%s:", chain.c_str());
      for (const auto& [o, heads] : ours) {
        std::printf(" {%s", o.c_str());
        for (const std::string& h : heads) std::printf(" %s", h.c_str());
        std::printf("}");
      }
      std::printf("\n");
    }
  }
  Report("newsfuse entity table", pairs, &Pair::ours);
  Report("baseline: same head word", pairs, &Pair::same_head);
  Report("baseline: no merging across", pairs, &Pair::per_article);
  return 0;
}
