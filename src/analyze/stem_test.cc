#include <string>
#include <thread>
#include <vector>

#include "analyze/stop_words.h"
#include "analyze/word_table.h"
#include "gtest/gtest.h"
#include "newsfuse/analyze.h"

namespace newsfuse {
namespace {

TEST(StemTest, English) {
  EXPECT_EQ(Stem("negotiations"), "negoti");
  EXPECT_EQ(Stem("talks"), "talk");
  EXPECT_EQ(Stem("running", "en"), "run");
  EXPECT_EQ(Stem("russia's", "en-US"), "russia");
  EXPECT_EQ(Stem("ceasefire", "english"), "ceasefir");
  EXPECT_EQ(Stem("said", ""), "said");
}

TEST(StemTest, OtherLanguages) {
  EXPECT_EQ(Stem("verhandlungen", "de"), "verhandl");
  EXPECT_EQ(Stem("négociations", "fr"), "négoci");
  EXPECT_EQ(Stem("переговоры", "ru"), "переговор");
  EXPECT_EQ(Stem("negociaciones", "ES"), "negoci");
  EXPECT_EQ(Stem("negociações", "pt-BR"), "negoc");
}

TEST(StemTest, UnknownLanguageKeepsWord) {
  EXPECT_EQ(Stem("talks", "xx"), "talks");
  EXPECT_EQ(Stem("会谈", "zh"), "会谈");
  EXPECT_EQ(Stem("", "en"), "");
}

TEST(StemTest, ThreadsEachHaveAStemmer) {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&ok, i] {
      for (int j = 0; j < 2000; ++j) {
        ok[i] += Stem("negotiations") == "negoti" && Stem("talks") == "talk";
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int n : ok) EXPECT_EQ(n, 2000);
}

TEST(StopWordTest, FunctionWordsAreStopWords) {
  for (const char* w :
       {"the",   "a",    "an",      "of",    "to",   "in",        "and",
        "but",   "he",   "they",    "their", "is",   "was",       "have",
        "would", "it's", "they're", "which", "with", "yourselves"}) {
    EXPECT_TRUE(IsStopWord(w)) << w;
  }
}

TEST(StopWordTest, ContentNegationsAndQualifiersAreNot) {
  for (const char* w :
       {"said", "not", "no", "never", "nor", "don't", "more", "least", "each",
        "only", "ceasefire", "putin", "", "The", "themselvesx"}) {
    EXPECT_FALSE(IsStopWord(w)) << w;
  }
}

// The analyzer asks with the word's hash at hand: the same answers, at
// the edges of the list's word sizes too.
TEST(StopWordTest, HashedLookupAgrees) {
  for (const char* w :
       {"a", "i", "x", "the", "thee", "yourselves", "themselves", "throughout",
        "yourselvesx", "throughouts", "", "i'm", "I", "we've", "a ", "of\n",
        "abcdefghijklmnop", "said", "more", "its", "it's", "its'"}) {
    EXPECT_EQ(analyze_internal::IsStopWord(w, analyze_internal::HashWord(w)),
              IsStopWord(w))
        << w;
  }
  EXPECT_TRUE(IsStopWord("throughout"));
  EXPECT_TRUE(IsStopWord("a"));
  EXPECT_FALSE(IsStopWord("yourselvesx"));
}

}  // namespace
}  // namespace newsfuse
