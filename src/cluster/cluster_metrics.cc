#include "cluster/cluster_metrics.h"

#include <algorithm>
#include <map>
#include <utility>

namespace newsfuse::cluster {
namespace {

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

PrecisionRecall Make(double p, double r) { return {p, r, F1(p, r)}; }

// Pairs within groups of the given sizes.
double PairsOf(const std::map<std::string, size_t>& sizes) {
  double pairs = 0;
  for (const auto& [label, n] : sizes) pairs += 0.5 * n * (n - 1.0);
  return pairs;
}

}  // namespace

ClusterScores ScoreClustering(const std::vector<std::string>& gold,
                              const std::vector<std::string>& found) {
  ClusterScores s;
  s.items = std::min(gold.size(), found.size());
  if (s.items == 0) return s;
  std::map<std::string, size_t> gold_size, found_size;
  std::map<std::pair<std::string, std::string>, size_t> both;
  for (size_t i = 0; i < s.items; ++i) {
    ++gold_size[gold[i]];
    ++found_size[found[i]];
    ++both[{gold[i], found[i]}];
  }
  s.gold_clusters = gold_size.size();
  s.found_clusters = found_size.size();
  // B-cubed: every item in cell (g, f) has precision |cell| / |f| and
  // recall |cell| / |g|.
  double p = 0, r = 0, together = 0;
  for (const auto& [key, n] : both) {
    p += n * static_cast<double>(n) / found_size[key.second];
    r += n * static_cast<double>(n) / gold_size[key.first];
    together += 0.5 * n * (n - 1.0);
  }
  s.bcubed = Make(p / s.items, r / s.items);
  double found_pairs = PairsOf(found_size), gold_pairs = PairsOf(gold_size);
  s.pairwise = Make(found_pairs > 0 ? together / found_pairs : 1.0,
                    gold_pairs > 0 ? together / gold_pairs : 1.0);
  return s;
}

}  // namespace newsfuse::cluster
