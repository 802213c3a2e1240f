// BucketSort: sorts a few hundred values by an integer key spread over its
// range (hashes, term ids), faster than std::sort. Such keys make each of
// std::sort's comparisons a coin toss for the branch predictor; here each
// value goes to a bucket by the top bits of its key (at least as many
// buckets as values, so about one a bucket) and only buckets holding more
// than one value are sorted, by std::sort.
//
//   std::vector<uint64_t> hashes = ...;
//   BucketSort(hashes, 64, [](uint64_t h) { return h; });
//
// The order is std::sort's by key: values with equal keys end in an
// unspecified order.
#ifndef NEWSFUSE_CLUSTER_BUCKET_SORT_H_
#define NEWSFUSE_CLUSTER_BUCKET_SORT_H_

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace newsfuse::cluster {

// Sorts `v` by key(x), a uint64_t below 2^key_bits (1..64).
template <typename T, typename Key>
void BucketSort(std::vector<T>& v, int key_bits, Key key) {
  int bits = std::max(8, static_cast<int>(std::bit_width(v.size())));
  int shift = std::max(0, key_bits - bits);
  std::vector<uint32_t> end((size_t{1} << (key_bits - shift)), 0);
  for (const T& x : v) ++end[key(x) >> shift];
  uint32_t sum = 0;
  for (uint32_t& e : end) {  // counts to bucket starts
    uint32_t n = e;
    e = sum;
    sum += n;
  }
  std::vector<T> out(v.size());
  for (const T& x : v) out[end[key(x) >> shift]++] = x;  // starts to ends
  uint32_t begin = 0;
  for (uint32_t e : end) {
    if (e - begin > 1) {
      std::sort(out.begin() + begin, out.begin() + e,
                [&key](const T& a, const T& b) { return key(a) < key(b); });
    }
    begin = e;
  }
  v.swap(out);
}

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_BUCKET_SORT_H_
