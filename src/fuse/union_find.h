// Disjoint sets over 0..n-1, each named by its smallest member. Internal to
// src/fuse (entity table, date discrepancies).
#ifndef NEWSFUSE_FUSE_UNION_FIND_H_
#define NEWSFUSE_FUSE_UNION_FIND_H_

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace newsfuse::fuse {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_UNION_FIND_H_
