#include "cluster/cluster_metrics.h"

#include "gtest/gtest.h"

namespace newsfuse::cluster {
namespace {

TEST(ClusterMetricsTest, PerfectClusteringScoresOne) {
  ClusterScores s = ScoreClustering({"a", "a", "b"}, {"x", "x", "y"});
  EXPECT_DOUBLE_EQ(s.bcubed.f1, 1.0);
  EXPECT_DOUBLE_EQ(s.pairwise.f1, 1.0);
  EXPECT_EQ(s.gold_clusters, 2u);
  EXPECT_EQ(s.found_clusters, 2u);
}

TEST(ClusterMetricsTest, OneBigClusterHasFullRecallLowPrecision) {
  ClusterScores s = ScoreClustering({"a", "a", "b", "b"}, {"x", "x", "x", "x"});
  EXPECT_DOUBLE_EQ(s.bcubed.recall, 1.0);
  EXPECT_DOUBLE_EQ(s.bcubed.precision, 0.5);  // each item: 2 of 4 right
  EXPECT_DOUBLE_EQ(s.pairwise.precision, 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 1.0);
}

TEST(ClusterMetricsTest, SingletonsHaveFullPrecision) {
  ClusterScores s = ScoreClustering({"a", "a", "a"}, {"x", "y", "z"});
  EXPECT_DOUBLE_EQ(s.bcubed.precision, 1.0);
  EXPECT_NEAR(s.bcubed.recall, 1.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(s.pairwise.recall, 0.0);
}

}  // namespace
}  // namespace newsfuse::cluster
