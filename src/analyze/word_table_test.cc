#include "analyze/word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyze/entities_lexicon.h"

namespace newsfuse::analyze_internal {
namespace {

// Every byte of a word, at every size, changes its hash: the short words'
// overlapping loads leave none out.
TEST(HashWordTest, EveryByteCounts) {
  for (size_t n = 1; n <= 40; ++n) {
    std::string w(n, 'a');
    for (size_t i = 0; i < w.size(); ++i) w[i] = static_cast<char>('a' + i);
    uint64_t h = HashWord(w);
    EXPECT_EQ(h, HashWord(std::string(w))) << n;  // a pure function
    for (size_t i = 0; i < n; ++i) {
      std::string v = w;
      v[i] = 'Z';
      EXPECT_NE(HashWord(v), h) << n << " " << i;
    }
    EXPECT_NE(HashWord(w.substr(0, n - 1)), h) << n;
  }
  EXPECT_NE(HashWord(""), HashWord(std::string(1, '\0')));
}

TEST(FlagTableTest, FindsFlagsAndMergesRepeatedKeys) {
  FlagTable::Builder b;
  b.Add("kyiv", 1);
  b.Add("president", 2);
  b.Add("kyiv", 4);
  FlagTable t = std::move(b).Build();
  EXPECT_EQ(t.size(), 2u);
  EXPECT_EQ(t.Find("kyiv"), 5u);
  EXPECT_EQ(t.Find("president"), 2u);
  EXPECT_EQ(t.Find("kyi"), 0u);
  EXPECT_EQ(t.Find("kyivv"), 0u);
  EXPECT_EQ(t.Find(""), 0u);
}

TEST(FlagTableTest, ManyKeysAllFoundAndNoStrangers) {
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("w" + std::to_string(i));
  FlagTable::Builder b;
  for (size_t i = 0; i < keys.size(); ++i) b.Add(keys[i], 1u << (i % 20));
  FlagTable t = std::move(b).Build();
  for (size_t i = 0; i < keys.size(); ++i) {
    ASSERT_EQ(t.Find(keys[i]), 1u << (i % 20)) << keys[i];
  }
  for (int i = 5000; i < 6000; ++i) {
    ASSERT_EQ(t.Find("w" + std::to_string(i)), 0u);
  }
}

TEST(FlagTableTest, EmptyTableFindsNothing) {
  FlagTable t;
  EXPECT_EQ(t.Find("anything"), 0u);
}

// Entries: shared-prefix byte, rest of the word, '\n'; blocks of two.
constexpr char kWords[] =
    "\0apple\n\x05s\n"   // block 0: apple, apples
    "\0apply\n\x01rt\n"  // block 1: apply, art
    "\0zoo\n";           // block 2: zoo
constexpr uint32_t kBlocks[] = {0, 10, 21};

FrontCodedWords TestWords() {
  return FrontCodedWords(kWords, sizeof(kWords) - 1, kBlocks, 3);
}

TEST(FrontCodedWordsTest, ContainsEveryWordAndNothingElse) {
  FrontCodedWords w = TestWords();
  for (const char* word : {"apple", "apples", "apply", "art", "zoo"}) {
    EXPECT_TRUE(w.Contains(word)) << word;
  }
  for (const char* word :
       {"", "a", "appl", "applesauce", "aq", "zo", "zoos", "zzz", "0"}) {
    EXPECT_FALSE(w.Contains(word)) << word;
  }
}

TEST(FrontCodedWordsTest, ForEachDecodesInOrder) {
  std::vector<std::string> seen;
  TestWords().ForEach([&](std::string_view s) { seen.emplace_back(s); });
  EXPECT_EQ(seen, (std::vector<std::string>{"apple", "apples", "apply", "art",
                                            "zoo"}));
}

TEST(FrontCodedWordsTest, CorruptPrefixStopsInsteadOfReadingGarbage) {
  constexpr char kBad[] = "\0ab\n\x09x\n";  // shares 9 bytes of a 2-byte word
  constexpr uint32_t kBadBlocks[] = {0};
  FrontCodedWords w(kBad, sizeof(kBad) - 1, kBadBlocks, 1);
  EXPECT_TRUE(w.Contains("ab"));
  EXPECT_FALSE(w.Contains("abx"));
  int n = 0;
  w.ForEach([&](std::string_view) { ++n; });
  EXPECT_EQ(n, 1);
}

// The generated Debian lists behind the entity lexicon.
TEST(EntityLexiconTest, GeneratedListsAreFound) {
  const EntityLexicon& lex = EntityLexicon::Get();
  EXPECT_TRUE(lex.Dict("house") & kCommon);
  EXPECT_TRUE(lex.Dict("zucchini") & kCommon);
  EXPECT_TRUE(lex.Dict("aardvark") & kCommon);
  EXPECT_FALSE(lex.Dict("zelenskyy") & kCommon);
  EXPECT_TRUE(lex.Dict("mark") & kProper);
  EXPECT_TRUE(lex.Cue("ukraine") & kPlace);
  EXPECT_TRUE(lex.Cue("arizona") & kPlace);
  EXPECT_TRUE(lex.Cue("abu dhabi") & kPlace);
  EXPECT_TRUE(lex.Cue("abu") & kPhraseStart);
  EXPECT_TRUE(lex.Cue("president") & kTitle);
  EXPECT_EQ(lex.Cue("xqzt"), 0u);
}

}  // namespace
}  // namespace newsfuse::analyze_internal
