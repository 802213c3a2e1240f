// ThreadStemmer's cache against libstemmer called directly.
#include "analyze/stemmer.h"

#include <libstemmer.h>

#include <string>
#include <string_view>
#include <vector>

#include "analyze/word_table.h"
#include "gtest/gtest.h"

namespace newsfuse::analyze_internal {
namespace {

class Snowball {
 public:
  Snowball() : s_(sb_stemmer_new("english", "UTF_8")) {}
  ~Snowball() { sb_stemmer_delete(s_); }
  std::string Stem(std::string_view w) {
    const sb_symbol* r = sb_stemmer_stem(
        s_, reinterpret_cast<const sb_symbol*>(w.data()),
        static_cast<int>(w.size()));
    return std::string(reinterpret_cast<const char*>(r),
                       static_cast<size_t>(sb_stemmer_length(s_)));
  }

 private:
  sb_stemmer* s_;
};

// Words at the cache's edges: sizes 12 to 14 around the longest kept word,
// stems with a one-byte tail ("happi"), a two-byte one ("die") and none,
// and a word with a NUL byte.
const std::vector<std::string>& EdgeWords() {
  static const auto* words = new std::vector<std::string>{
      "a",          "is",           "happy",         "happiness",
      "dying",      "lying",        "studies",       "accompanying",
      "academy's",  "international", "internationals", "responsibility",
      "generously", "agreed",       "running",       std::string("ab\0y", 4),
      "russia's",   "ukrainians'",  "x"};
  return *words;
}

TEST(ThreadStemmerTest, RepeatedWordsGetSnowballStems) {
  ThreadStemmer* stemmer = ThreadStemmer::For("english");
  ASSERT_NE(stemmer, nullptr);
  Snowball snowball;
  for (int round = 0; round < 3; ++round) {  // a miss, then hits
    for (const std::string& w : EdgeWords()) {
      EXPECT_EQ(stemmer->Stem(w), snowball.Stem(w)) << w << " " << round;
      EXPECT_EQ(stemmer->Stem(w, HashWord(w)), snowball.Stem(w)) << w;
    }
  }
}

TEST(ThreadStemmerTest, EvictedAndReplacedSlotsStayRight) {
  ThreadStemmer* stemmer = ThreadStemmer::For("english");
  Snowball snowball;
  // More words than slots, with and without tails, seen twice over in a
  // different order, so that sets fill, evict and hit.
  std::vector<std::string> words;
  for (int i = 0; i < 6000; ++i) {
    static const char* const kEnds[] = {"y", "ies", "ing", "ed", "", "ly"};
    words.push_back("w" + std::to_string(i * 7919 % 10007) + "ab" +
                    kEnds[i % 6]);
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[pass == 0 ? k : (k * 31) % words.size()];
      ASSERT_EQ(stemmer->Stem(w), snowball.Stem(w)) << w;
      const std::string& again = words[k / 2];
      ASSERT_EQ(stemmer->Stem(again), snowball.Stem(again)) << again;
    }
  }
}

}  // namespace
}  // namespace newsfuse::analyze_internal
