#include "cluster/bucket_sort.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace newsfuse::cluster {
namespace {

TEST(BucketSortTest, SortsHashesAsStdSortDoes) {
  std::mt19937_64 rng(7);
  for (size_t n : {0, 1, 2, 255, 256, 300, 5000}) {
    std::vector<uint64_t> v(n);
    for (uint64_t& x : v) x = rng();
    if (n > 2) v[1] = v[0];  // a duplicate
    std::vector<uint64_t> expected = v;
    std::sort(expected.begin(), expected.end());
    BucketSort(v, 64, [](uint64_t h) { return h; });
    EXPECT_EQ(v, expected) << n;
  }
}

TEST(BucketSortTest, SortsPairsByASmallKey) {
  std::vector<std::pair<uint32_t, float>> v = {{5, 0.5f}, {0, 1.0f}, {3, 2.0f},
                                               {6, 0.0f}, {1, 3.0f}};
  BucketSort(v, 3, [](const std::pair<uint32_t, float>& x) { return x.first; });
  std::vector<std::pair<uint32_t, float>> expected = {
      {0, 1.0f}, {1, 3.0f}, {3, 2.0f}, {5, 0.5f}, {6, 0.0f}};
  EXPECT_EQ(v, expected);
}

TEST(BucketSortTest, CrowdedBucketsAreSortedToo) {
  std::vector<uint64_t> v;  // all in the first of 256 buckets
  for (uint64_t x = 1000; x > 0; --x) v.push_back(x);
  BucketSort(v, 64, [](uint64_t h) { return h; });
  EXPECT_TRUE(std::is_sorted(v.begin(), v.end()));
  EXPECT_EQ(v.size(), 1000u);
}

}  // namespace
}  // namespace newsfuse::cluster
