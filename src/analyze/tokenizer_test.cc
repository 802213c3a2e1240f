#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "newsfuse/analyze.h"

namespace newsfuse {
namespace {

using ::testing::ElementsAre;

// The norms live as long as the test program (TokenChars never moves them).
std::vector<Token> Tokens(std::string_view text, uint32_t base = 0) {
  static TokenChars* chars = new TokenChars();
  std::vector<Token> out;
  Tokenize(text, base, &out, chars);
  return out;
}

// The token texts, taken from `text` through the spans (base 0).
std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokens(text)) out.emplace_back(t.text.In(text));
  return out;
}

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokens(text)) out.emplace_back(t.norm);
  return out;
}

TEST(TokenizeTest, SpansKindsAndNorms) {
  std::vector<Token> t = Tokens("The Talks, 2022!", 100);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].text, (Span{100, 103}));
  EXPECT_EQ(t[1].text, (Span{104, 109}));
  EXPECT_EQ(t[2].text, (Span{109, 110}));
  EXPECT_EQ(t[3].text, (Span{111, 115}));
  EXPECT_EQ(t[4].text, (Span{115, 116}));
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_EQ(t[2].kind, TokenKind::kPunct);
  EXPECT_EQ(t[3].kind, TokenKind::kNumber);
  EXPECT_EQ(t[0].norm, "the");
  EXPECT_EQ(t[1].norm, "talks");
  EXPECT_EQ(t[3].norm, "2022");
  EXPECT_TRUE(t[0].stem.empty());  // Tokenize leaves stems to Analyze
}

TEST(TokenizeTest, Numbers) {
  EXPECT_THAT(Texts("1,000 and 5,000,000 or 5.5 at 10:30 in 2022"),
              ElementsAre("1,000", "and", "5,000,000", "or", "5.5", "at",
                          "10:30", "in", "2022"));
  EXPECT_THAT(Texts("$2.5 billion, 3.14. 10am 5th 30-day 1.2.3"),
              ElementsAre("$", "2.5", "billion", ",", "3.14", ".", "10am",
                          "5th", "30-day", "1.2.3"));
  std::vector<Token> t = Tokens("$5,000 rose 7%");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].kind, TokenKind::kSymbol);
  EXPECT_EQ(t[1].kind, TokenKind::kNumber);
  EXPECT_EQ(t[4].kind, TokenKind::kSymbol);
  // A comma not followed by exactly three digits separates.
  EXPECT_THAT(Texts("in 2021,22 and 3,1415"),
              ElementsAre("in", "2021", ",", "22", "and", "3", ",", "1415"));
}

TEST(TokenizeTest, ApostrophesStayInWords) {
  EXPECT_THAT(
      Texts("Russia\u2019s envoy didn't go to O'Brien's"),
      ElementsAre("Russia\u2019s", "envoy", "didn't", "go", "to", "O'Brien's"));
  EXPECT_THAT(Norms("Russia\u2019s"), ElementsAre("russia's"));
  // A plural possessive's apostrophe is punctuation.
  EXPECT_THAT(Texts("the Nationals' offer"),
              ElementsAre("the", "Nationals", "'", "offer"));
}

TEST(TokenizeTest, HyphensJoinDashesSplit) {
  EXPECT_THAT(Texts("Ukraine-Russia talks, a Zelensky\u2013Putin meeting"),
              ElementsAre("Ukraine-Russia", "talks", ",", "a", "Zelensky",
                          "\u2013", "Putin", "meeting"));
  EXPECT_THAT(Texts("could happen\u2014but only -- maybe - COVID-19"),
              ElementsAre("could", "happen", "\u2014", "but", "only", "--",
                          "maybe", "-", "COVID-19"));
  EXPECT_THAT(Norms("A\u2014B \u2013"), ElementsAre("a", "-", "b", "-"));
}

TEST(TokenizeTest, AbbreviationsKeepTheirPeriod) {
  EXPECT_THAT(Texts("U.S. officials met Mr. Lamb at 9 a.m. in the U.S."),
              ElementsAre("U.S.", "officials", "met", "Mr.", "Lamb", "at", "9",
                          "a.m.", "in", "the", "U.S."));
  EXPECT_THAT(Texts("Donald J. Trump, Ph.D., said e.g. this."),
              ElementsAre("Donald", "J.", "Trump", ",", "Ph.D.", ",", "said",
                          "e.g.", "this", "."));
  EXPECT_THAT(Texts("U.S.-led example.com"),
              ElementsAre("U.S.", "-", "led", "example", ".", "com"));
}

TEST(TokenizeTest, PunctuationAndQuotes) {
  EXPECT_THAT(Texts("\u201cStop\u2026\u201d he said... (yes) \"no\""),
              ElementsAre("\u201c", "Stop", "\u2026", "\u201d", "he", "said",
                          "...", "(", "yes", ")", "\"", "no", "\""));
  EXPECT_THAT(Norms("\u201cStop\u2026\u201d"),
              ElementsAre("\"", "stop", "...", "\""));
}

TEST(TokenizeTest, NonAsciiLetters) {
  EXPECT_THAT(
      Texts("Café Zelenskyy Зеленский ёлка 東京 Ünal"),
      ElementsAre("Café", "Zelenskyy", "Зеленский", "ёлка", "東京", "Ünal"));
  EXPECT_THAT(Norms("Café Зеленский Ünal"),
              ElementsAre("café", "зеленский", "ünal"));
  // Combining marks stay in the word.
  EXPECT_THAT(Texts("Cafe\u0301 open"), ElementsAre("Cafe\u0301", "open"));
}

TEST(TokenizeTest, UnicodeSpacesSeparate) {
  EXPECT_THAT(Texts("5\u00a0000 a\u2009b"), ElementsAre("5", "000", "a", "b"));
}

TEST(TokenizeTest, InvalidUtf8DoesNotStall) {
  std::string bad = "ab\xff\xfe cd";
  std::vector<Token> t = Tokens(bad);
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.back().text.In(bad), "cd");
}

}  // namespace
}  // namespace newsfuse
