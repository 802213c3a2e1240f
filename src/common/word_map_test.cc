#include "common/word_map.h"

#include <string>

#include "gtest/gtest.h"

namespace newsfuse {
namespace {

TEST(WordMapTest, FindsWhatWasAddedAndNothingElse) {
  WordMap map;
  EXPECT_EQ(map.Find("any"), WordMap::kAbsent);  // empty map
  std::vector<std::string> words;
  for (int i = 0; i < 1000; ++i) words.push_back("w" + std::to_string(i * 7));
  for (size_t i = 0; i < words.size(); ++i) map.Add(words[i], uint32_t(i));
  EXPECT_EQ(map.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(map.Find(words[i]), i) << words[i];
  }
  EXPECT_EQ(map.Find("w1"), WordMap::kAbsent);
  EXPECT_EQ(map.Find(""), WordMap::kAbsent);
}

TEST(WordMapTest, KeysDifferBySizeAndLaterBytes) {
  WordMap map;
  map.Add("ab", 1);
  map.Add(std::string("ab\0", 3), 2);  // a zero byte is part of the word
  map.Add("prisoners-of-war", 3);      // 16 bytes: the longest kept
  map.Add("prisoners-of-wars", 4);     // 17: ignored
  map.Add("ab", 9);                    // the first value stays
  EXPECT_EQ(map.Find("ab"), 1u);
  EXPECT_EQ(map.Find(std::string("ab\0", 3)), 2u);
  EXPECT_EQ(map.Find("prisoners-of-war"), 3u);
  EXPECT_EQ(map.Find("prisoners-of-wars"), WordMap::kAbsent);
  EXPECT_EQ(map.Find("prisoners-of-waR"), WordMap::kAbsent);
  EXPECT_EQ(map.size(), 3u);
}

TEST(WordMapTest, FindLettersIgnoresCase) {
  WordMap map;
  map.Add("monday", 7);
  EXPECT_EQ(map.FindLetters("Monday"), 7u);
  EXPECT_EQ(map.FindLetters("MONDAY"), 7u);
  EXPECT_EQ(map.Find("Monday"), WordMap::kAbsent);  // Find is exact
  EXPECT_EQ(map.FindLetters("Mondays"), WordMap::kAbsent);
}

// Keys are loaded in overlapping pieces whose split depends on the size:
// at every size, a change of any one byte makes another word, and
// FindLetters folds every byte.
TEST(WordMapTest, EveryByteCountsAtEverySize) {
  for (size_t n = 1; n <= WordMap::kMaxWord; ++n) {
    std::string word;
    for (size_t i = 0; i < n; ++i) word.push_back(char('a' + i));
    WordMap map;
    map.Add(word, 1);
    EXPECT_EQ(map.Find(word), 1u) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string other = word;
      other[i] = 'z';
      EXPECT_EQ(map.Find(other), WordMap::kAbsent) << n << " " << i;
      other[i] = char(word[i] - 32);  // upper case
      EXPECT_EQ(map.Find(other), WordMap::kAbsent) << n << " " << i;
      EXPECT_EQ(map.FindLetters(other), 1u) << n << " " << i;
    }
    EXPECT_EQ(map.Find(word.substr(0, n - 1)), WordMap::kAbsent) << n;
  }
}

}  // namespace
}  // namespace newsfuse
