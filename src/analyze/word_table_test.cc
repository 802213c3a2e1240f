#include "analyze/word_table.h"

#include <gtest/gtest.h>

#include <array>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "analyze/entities_lexicon.h"
#include "analyze/gazetteer_data.h"

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

// Tables built at compile time (the stop words) hash as lookups do at run
// time, for every way a word's bytes are loaded.
TEST(HashWordTest, CompileTimeHashesEqualRunTimeOnes) {
  static constexpr std::string_view kWords[] = {
      "", "a", "of", "the", "they", "there", "within", "because", "although",
      "yourselves", "abcdefghijklmnop", "abcdefghijklmnopq", "\xc3\xa9t\xc3\xa9"};
  static constexpr auto kHashes = [] {
    std::array<uint64_t, std::size(kWords)> h{};
    for (size_t i = 0; i < h.size(); ++i) h[i] = HashWord(kWords[i]);
    return h;
  }();
  for (size_t i = 0; i < std::size(kWords); ++i) {
    std::string copy(kWords[i]);  // not a constant: hashed at run time
    EXPECT_EQ(HashWord(copy), kHashes[i]) << copy;
  }
}

// SameWord agrees with memcmp at every size and for a difference at every
// byte (the loads overlap; none may be left out).
TEST(SameWordTest, AgreesWithMemcmp) {
  for (size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'x');
    for (size_t i = 0; i < n; ++i) a[i] = static_cast<char>('a' + i % 26);
    EXPECT_TRUE(SameWord(a.data(), std::string(a).data(), n)) << n;
    for (size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = '\x80';
      EXPECT_FALSE(SameWord(a.data(), b.data(), n)) << n << " " << i;
    }
  }
}

constexpr std::array<std::string_view, 7> kIndexed = {
    "a", "ab", "abc", "abcd", "abcdefgh", "abcdefghi", "\xc3\xa9"};
constexpr WordIndex<kIndexed.size(), 16> kIndexedIndex(kIndexed);

TEST(WordIndexTest, FindsEachWordAtItsIndexAndNothingElse) {
  for (size_t i = 0; i < kIndexed.size(); ++i) {
    std::string copy(kIndexed[i]);  // hashed at run time
    EXPECT_EQ(kIndexedIndex.Find(copy), static_cast<int>(i)) << copy;
    EXPECT_EQ(kIndexedIndex.Find(copy, HashWord(copy)), static_cast<int>(i));
  }
  for (const char* w : {"", "b", "A", "abcde", "abcdefg", "abcdefghij",
                        "\xc3", "ba", "abcdefgi"}) {
    EXPECT_EQ(kIndexedIndex.Find(w), -1) << w;
  }
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

TEST(FrontCodedWordsTest, LongEntriesAndPrefixRuns) {
  // Blocks of four: runs of shared prefixes that grow and shrink, an
  // entry that is a prefix of the next, and bytes above 0x7f.
  constexpr char kData[] =
      "\0ab\n\x02" "c\n\x03" "d\n\x01" "x\n"  // ab abc abcd ax
      "\0b\n\x01u\n\x01\xc3\xa9\n\x03t\n"    // b bu bé bét
      "\0zz\n";
  constexpr uint32_t kDataBlocks[] = {0, 13, 26};
  FrontCodedWords w(kData, sizeof(kData) - 1, kDataBlocks, 3);
  std::vector<std::string> words;
  w.ForEach([&](std::string_view s) { words.emplace_back(s); });
  std::set<std::string> set(words.begin(), words.end());
  ASSERT_EQ(set.size(), 9u);
  for (const std::string& s : words) {
    EXPECT_TRUE(w.Contains(s)) << s;
    for (size_t n = 0; n < s.size(); ++n) {
      EXPECT_EQ(w.Contains(s.substr(0, n)), set.count(s.substr(0, n)) > 0);
    }
    for (char c : {'\0', 'a', 'c', 'e', 'z', '\xff'}) {
      EXPECT_EQ(w.Contains(s + c), set.count(s + c) > 0) << s << c;
    }
  }
}

// Lookups in the generated lists agree with the decoded words: every word
// is found, and its neighbours (one byte more, less or changed) are found
// exactly when they are words too.
TEST(FrontCodedWordsTest, GeneratedListsAgreeWithTheirWords) {
  const FrontCodedWords lists[] = {
      {kCommonWords, kCommonWordsSize, kCommonWordsBlocks,
       kCommonWordsBlockCount},
      {kProperWords, kProperWordsSize, kProperWordsBlocks,
       kProperWordsBlockCount},
      {kPlaceNames, kPlaceNamesSize, kPlaceNamesBlocks, kPlaceNamesBlockCount},
  };
  for (const FrontCodedWords& list : lists) {
    std::set<std::string> words;
    list.ForEach([&](std::string_view s) { words.emplace(s); });
    ASSERT_GT(words.size(), 1000u);
    for (const std::string& s : words) {
      ASSERT_LT(s.size(), FrontCodedWords::kMaxWord) << s;
      ASSERT_TRUE(list.Contains(s)) << s;
      std::string more = s + "s", less = s.substr(0, s.size() - 1);
      std::string up = s, down = s;
      up.back() = static_cast<char>(up.back() + 1);
      down.back() = static_cast<char>(down.back() - 1);
      for (const std::string& v : {more, less, up, down}) {
        ASSERT_EQ(list.Contains(v), words.count(v) > 0) << v;
      }
    }
  }
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

TEST(StripPossessiveTest, EndingsAndShortWords) {
  EXPECT_EQ(StripPossessive("russia's"), "russia");
  EXPECT_EQ(StripPossessive("ukrainians'"), "ukrainians");
  EXPECT_EQ(StripPossessive("x's"), "x");
  EXPECT_EQ(StripPossessive("xs'"), "xs");
  for (const char* w : {"'s", "s'", "s", "'", "", "as", "its", "it'", "x''",
                        "s's'"}) {
    std::string_view expected = w;
    if (std::string_view(w) == "s's'") expected = "s's";
    EXPECT_EQ(StripPossessive(w), expected) << w;
  }
}

// Every multi-word beginning of a multi-word entry may be continued (a
// Bloom filter never says no to what it holds); FindPhrase relies on it.
TEST(EntityLexiconTest, BeginningsOfLongEntriesMayContinue) {
  const EntityLexicon& lex = EntityLexicon::Get();
  for (const char* words :
       {"zaporizhzhia nuclear", "zaporizhzhia nuclear power", "world war",
        "house of", "united states of", "bosnia and"}) {
    EXPECT_TRUE(lex.MayContinue(HashWord(words))) << words;
  }
  const FrontCodedWords places(kPlaceNames, kPlaceNamesSize,
                               kPlaceNamesBlocks, kPlaceNamesBlockCount);
  int checked = 0;
  places.ForEach([&](std::string_view place) {
    // Beginnings of two words or more: up to the second space, the third...
    size_t space = place.find(' ');
    while (space != std::string_view::npos &&
           (space = place.find(' ', space + 1)) != std::string_view::npos) {
      ASSERT_TRUE(lex.MayContinue(HashWord(place.substr(0, space)))) << place;
      ++checked;
    }
  });
  EXPECT_GT(checked, 100);
}

}  // namespace
}  // namespace newsfuse::analyze_internal
