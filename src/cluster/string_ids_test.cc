#include "cluster/string_ids.h"

#include <cstring>
#include <string>

#include "gtest/gtest.h"

namespace newsfuse::cluster {
namespace {

TEST(StringIdsTest, LoadTailIsALittleEndianLoad) {
  const std::string bytes = "\x81\x02\xf3\x04\x05\xa6\x07";
  for (size_t n = 1; n <= 7; ++n) {
    uint64_t want = 0;
    std::memcpy(&want, bytes.data(), n);  // little-endian hosts only
    EXPECT_EQ(LoadTail(bytes.data(), n), want) << n;
  }
}

TEST(StringIdsTest, SameKeyComparesEveryByte) {
  std::string a = "abcdefghijklmnopqrstu";
  for (size_t n = 0; n <= a.size(); ++n) {
    std::string x = a.substr(0, n);
    EXPECT_TRUE(SameKey(x, std::string(x)));
    if (n < a.size()) {
      EXPECT_FALSE(SameKey(x, a.substr(0, n + 1)));
    }
    for (size_t i = 0; i < n; ++i) {
      std::string y = x;
      y[i] ^= 1;
      EXPECT_FALSE(SameKey(x, y)) << n << " " << i;
    }
  }
}

TEST(StringIdsTest, IdsInOrderOfFirstInsertion) {
  StringIds ids;
  bool added = false;
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < 1000; ++i) {
      std::string key = "w:" + std::to_string(i);
      EXPECT_EQ(ids.Insert(key, KeyHash(key), &added), uint32_t(i));
      EXPECT_EQ(added, round == 0);
    }
  }
  EXPECT_EQ(ids.Find("w:17", KeyHash("w:17")), 17u);
  EXPECT_EQ(ids.Key(17), "w:17");
  EXPECT_EQ(ids.Find("w:1000", KeyHash("w:1000")), StringIds::kNone);
}

}  // namespace
}  // namespace newsfuse::cluster
