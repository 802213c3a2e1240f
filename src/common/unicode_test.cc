#include "newsfuse/unicode.h"

#include <gtest/gtest.h>

namespace newsfuse {
namespace {

TEST(NormalizeUtf8Test, AsciiAndPrecomposedTextIsCopiedExactly) {
  std::string in = "Zelensky met \xE2\x80\x9Cofficials\xE2\x80\x9D in Kyiv.";
  NormalizedText n = NormalizeUtf8(in);
  EXPECT_EQ(n.text, in);
  EXPECT_EQ(n.repaired, 0u);
  EXPECT_EQ(n.map.ToOriginal({0, 8}), (Span{0, 8}));
}

TEST(NormalizeUtf8Test, ComposesDecomposedCharacters) {
  std::string in = "Cafe\xCC\x81 noir";  // e + combining acute
  NormalizedText n = NormalizeUtf8(in);
  EXPECT_EQ(n.text, "Caf\xC3\xA9 noir");
  // "é" (2 bytes at 3) maps to "e" + U+0301 (3 bytes at 3).
  EXPECT_EQ(n.map.ToOriginal({3, 5}), (Span{3, 6}));
  EXPECT_EQ(n.map.ToOriginal({6, 10}), (Span{7, 11}));
}

TEST(NormalizeUtf8Test, RepairsInvalidBytesWithReplacementCharacter) {
  std::string in = "ok \xFF\xFE then \xE2\x80 end";
  NormalizedText n = NormalizeUtf8(in);
  EXPECT_TRUE(IsValidUtf8(n.text));
  EXPECT_EQ(n.repaired, 3u);  // FF, FE, and the truncated E2 80
  EXPECT_EQ(n.first_bad, 3u);
  EXPECT_EQ(n.text, "ok \xEF\xBF\xBD\xEF\xBF\xBD then \xEF\xBF\xBD end");
  // The last word still points at its own bytes.
  size_t at = n.text.find("end");
  EXPECT_EQ(n.map.ToOriginal({uint32_t(at), uint32_t(at + 3)}),
            (Span{uint32_t(in.size() - 3), uint32_t(in.size())}));
}

TEST(NormalizeUtf8Test, RejectsOverlongAndSurrogates) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));
}

TEST(AsciiRunEndTest, StopsAtTheFirstOtherByteAtEveryOffset) {
  for (size_t at = 0; at < 40; ++at) {
    std::string s(40, 'x');
    s[at] = '\xC3';
    for (size_t from = 0; from <= at; ++from) {
      EXPECT_EQ(AsciiRunEnd(s, from), at) << at << " " << from;
    }
    EXPECT_EQ(AsciiRunEnd(s, at + 1), 40u) << at;
  }
  EXPECT_EQ(AsciiRunEnd("", 0), 0u);
}

// MatchingForm maps character by character: a long line gives what its
// characters give one by one, whatever the runs of ASCII between them.
TEST(MatchingFormTest, LongTextFoldsAsItsCharacters) {
  const std::string pieces[] = {"A", "z", "Q", " ", "\xE2\x80\x9C", "\xC3\x89",
                                "\xE2\x80\x94", "\xC2\xA0", "7", "\xD0\x96"};
  std::string line, expected;
  for (size_t i = 0; i < 300; ++i) {
    const std::string& p = pieces[(i * 7 + i / 13) % std::size(pieces)];
    line += p;
    expected += MatchingForm(p);
  }
  EXPECT_EQ(MatchingForm(line), expected);
  EXPECT_EQ(MatchingForm(std::string(100, 'Z') + "@[`{"),
            std::string(100, 'z') + "@[`{");
}

TEST(MatchingFormTest, FoldsCaseQuotesDashesAndSpaces) {
  EXPECT_EQ(MatchingForm("\xE2\x80\x9CNEXT STEP\xE2\x80\x9D"), "\"next step\"");
  EXPECT_EQ(MatchingForm("Zelensky\xE2\x80\x93Putin"), "zelensky-putin");
  EXPECT_EQ(MatchingForm("Russia\xE2\x80\x99s"), "russia's");
  EXPECT_EQ(MatchingForm("a\xC2\xA0"
                         "b\xE2\x80\xA6"),
            "a b...");
  EXPECT_EQ(MatchingForm("\xC3\x89LYS\xC3\x89"), "\xC3\xA9lys\xC3\xA9");
}

TEST(StripMarksTest, RemovesCombiningMarksOnly) {
  EXPECT_EQ(StripMarks("Zelenskyy"), "Zelenskyy");
  EXPECT_EQ(StripMarks("\u0160koda"), "Skoda");
  EXPECT_EQ(StripMarks("Erdo\u011Fan"), "Erdogan");
  EXPECT_EQ(StripMarks("Se\u0301rgio"), "Sergio");  // already decomposed
  EXPECT_EQ(StripMarks("\u041F\u0443\u0442\u0438\u043D"),
            "\u041F\u0443\u0442\u0438\u043D");  // Cyrillic stays
  EXPECT_EQ(StripMarks("bad \xff byte"), "bad \xff byte");
}

}  // namespace
}  // namespace newsfuse
