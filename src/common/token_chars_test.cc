#include "newsfuse/token_chars.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace newsfuse {
namespace {

TEST(TokenCharsTest, ViewsStayValidAsBlocksAreAdded) {
  TokenChars chars(8);  // a tiny first block: many blocks follow
  std::vector<std::string_view> views;
  std::vector<std::string> expected;
  for (int i = 0; i < 2000; ++i) {
    expected.push_back("word" + std::to_string(i));
    views.push_back(chars.Add(expected.back()));
  }
  for (size_t i = 0; i < views.size(); ++i) EXPECT_EQ(views[i], expected[i]);
  EXPECT_GE(chars.capacity(), 2000u * 5);
}

TEST(TokenCharsTest, AllocateGivesDisjointBytes) {
  TokenChars chars;
  char* a = chars.Allocate(3);
  char* b = chars.Allocate(3);
  a[0] = 'x';
  b[0] = 'y';
  EXPECT_EQ(a[0], 'x');
  EXPECT_GE(b - a, 3);
}

TEST(TokenCharsTest, LargeRequestGetsABlockOfItsOwn) {
  TokenChars chars(16);
  std::string big(100000, 'z');
  std::string_view v = chars.Add(big);
  EXPECT_EQ(v, big);
  EXPECT_EQ(chars.Add(""), "");
}

}  // namespace
}  // namespace newsfuse
