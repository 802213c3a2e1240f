// Clustering scores against a gold partition: B-cubed and pairwise
// precision, recall and F1.
//
//   std::vector<std::string> gold = {"e1", "e1", "e2"};
//   std::vector<std::string> found = {"s1", "s1", "s1"};
//   ClusterScores s = ScoreClustering(gold, found);  // s.bcubed.precision...
//
// B-cubed (Bagga & Baldwin 1998): for each item, precision is the share of
// its found cluster that shares its gold label, recall the share of its
// gold cluster that shares its found cluster; both are averaged over items.
// Pairwise: precision and recall over the pairs of items put together.
// Thread safety: reentrant. Errors: none; vectors of unequal length are
// scored over their common prefix.
#ifndef NEWSFUSE_CLUSTER_CLUSTER_METRICS_H_
#define NEWSFUSE_CLUSTER_CLUSTER_METRICS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace newsfuse::cluster {

struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct ClusterScores {
  PrecisionRecall bcubed;
  PrecisionRecall pairwise;
  size_t items = 0;
  size_t gold_clusters = 0;
  size_t found_clusters = 0;
};

// Item i has gold label gold[i] and found label found[i].
ClusterScores ScoreClustering(const std::vector<std::string>& gold,
                              const std::vector<std::string>& found);

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_CLUSTER_METRICS_H_
