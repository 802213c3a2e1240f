// Stable hashing for ids and shingles: the same bytes give the same value
// on every platform and run (FNV-1a, 64 bits).
#ifndef NEWSFUSE_CLUSTER_STABLE_HASH_H_
#define NEWSFUSE_CLUSTER_STABLE_HASH_H_

#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace newsfuse::cluster {

inline uint64_t StableHash(std::string_view s,
                           uint64_t seed = 14695981039346656037ull) {
  uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// `prefix` + 10 hex digits of the hash of `key`: "s" for stories, "o" for
// origins (the same shape as article ids).
inline std::string StableId(char prefix, std::string_view key) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%c%010" PRIx64, prefix,
                StableHash(key) >> 24);
  return buf;
}

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_STABLE_HASH_H_
