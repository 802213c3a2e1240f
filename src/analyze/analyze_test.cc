#include "newsfuse/analyze.h"

#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "newsfuse/article.h"
#include "newsfuse/quantities.h"
#include "newsfuse/times.h"

namespace newsfuse {
namespace {

// An article whose text sits in `original` after a 7-byte prefix, with
// paragraphs separated by '\n' in both.
Article MakeArticle(std::string_view prefix, std::string_view body) {
  Article a;
  a.original = std::string(prefix) + std::string(body);
  a.text = std::string(body);
  a.text_map.AppendCopy(static_cast<uint32_t>(prefix.size()),
                        static_cast<uint32_t>(body.size()));
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= body.size(); ++i) {
    if (i == body.size() || body[i] == '\n') {
      a.paragraphs.push_back({{begin, i}, a.text_map.ToOriginal({begin, i})});
      begin = i + 1;
    }
  }
  return a;
}

TEST(AnalyzeTest, SentencesTokensAndOriginalSpans) {
  Article a = MakeArticle("HEADER\n",
                          "Mr. Lamb said talks would resume. They did.\n"
                          "Negotiations ended at 5 p.m.");
  Analyze(a);
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.SentenceText(a.sentences[0]),
            "Mr. Lamb said talks would resume.");
  EXPECT_EQ(a.SentenceText(a.sentences[1]), "They did.");
  EXPECT_EQ(a.SentenceText(a.sentences[2]), "Negotiations ended at 5 p.m.");
  EXPECT_EQ(a.sentences[0].paragraph, 0u);
  EXPECT_EQ(a.sentences[1].paragraph, 0u);
  EXPECT_EQ(a.sentences[2].paragraph, 1u);
  for (const Sentence& s : a.sentences) {
    EXPECT_EQ(s.original.In(a.original), a.SentenceText(s));
    EXPECT_EQ(s.original.begin, s.text.begin + 7);
  }
  // Tokens: 7 + 3 + 5, in order, each mapped to the original.
  EXPECT_EQ(a.sentences[0].first_token, 0u);
  EXPECT_EQ(a.sentences[0].token_count, 7u);
  EXPECT_EQ(a.sentences[1].first_token, 7u);
  EXPECT_EQ(a.sentences[1].token_count, 3u);
  EXPECT_EQ(a.sentences[2].first_token, 10u);
  EXPECT_EQ(a.sentences[2].token_count, 5u);
  ASSERT_EQ(a.tokens.size(), 15u);
  for (const Token& t : a.tokens) {
    EXPECT_EQ(t.original.In(a.original), t.text.In(a.text));
  }
}

TEST(AnalyzeTest, StemsStopWordsAndNorms) {
  Article a = MakeArticle("",
                          "The Negotiations on Russia\u2019s 1,000 "
                          "prisoners.");
  Analyze(a);
  ASSERT_EQ(a.tokens.size(), 7u);
  const Token& the = a.tokens[0];
  EXPECT_TRUE(the.stop);
  EXPECT_EQ(the.norm, "the");
  EXPECT_EQ(a.tokens[1].norm, "negotiations");
  EXPECT_EQ(a.tokens[1].stem, "negoti");
  EXPECT_FALSE(a.tokens[1].stop);
  EXPECT_TRUE(a.tokens[2].stop);  // "on"
  EXPECT_EQ(a.tokens[3].norm, "russia's");
  EXPECT_EQ(a.tokens[3].stem, "russia");
  EXPECT_EQ(a.tokens[4].kind, TokenKind::kNumber);
  EXPECT_EQ(a.tokens[4].stem, "1,000");  // numbers keep their norm
  EXPECT_EQ(a.tokens[5].stem, "prison");
  EXPECT_EQ(a.tokens[6].kind, TokenKind::kPunct);
  EXPECT_EQ(a.tokens[6].stem, ".");
}

TEST(AnalyzeTest, LanguageChoosesStemmer) {
  Article a = MakeArticle("", "Les négociations continuent.");
  a.language = "fr-FR";
  Analyze(a);
  ASSERT_EQ(a.tokens.size(), 4u);
  EXPECT_EQ(a.tokens[1].stem, "négoci");
  Article b = MakeArticle("", "Talks continue.");
  b.language = "zz";  // unknown: stems are the norms
  Analyze(b);
  EXPECT_EQ(b.tokens[0].stem, "talks");
}

TEST(AnalyzeTest, MappedThroughReplacedPieces) {
  // Original "A &amp; B met. They left." decoded to "A & B met. They left."
  Article a;
  a.original = "A &amp; B met. They left.";
  a.text = "A & B met. They left.";
  a.text_map.AppendCopy(0, 2);
  a.text_map.AppendReplaced(2, 7, 1);
  a.text_map.AppendCopy(7, 18);
  a.paragraphs.push_back({{0, 21}, {0, 25}});
  Analyze(a);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].original, (Span{0, 14}));
  EXPECT_EQ(a.sentences[1].original, (Span{15, 25}));
  EXPECT_EQ(a.tokens[1].original.In(a.original), "&amp;");
}

TEST(AnalyzeTest, ReanalyzeReplacesAndEmptyTextGivesNothing) {
  Article a = MakeArticle("", "One. Two.");
  Analyze(a);
  Analyze(a);
  EXPECT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.tokens.size(), 4u);
  Article empty;
  Analyze(empty);
  EXPECT_TRUE(empty.sentences.empty());
  EXPECT_TRUE(empty.tokens.empty());
}

TEST(AnalyzeTest, NumericMarksNumbersAndNumberWordPrefixes) {
  Article a = MakeArticle("", "Seven drones and 270 missiles raised the tension.");
  Analyze(a);
  std::string numeric;
  for (const Token& t : a.tokens) {
    if (t.numeric) numeric += std::string(t.norm) + " ";
  }
  // "tension" begins like "ten": the flag is a cheap superset.
  EXPECT_EQ(numeric, "seven 270 tension ");
}

// Copies share the bytes behind norms and stems: a copy's tokens stay
// valid after the original is gone.
TEST(AnalyzeTest, CopiedTokensOutliveTheOriginal) {
  Article copy;
  {
    Article a = MakeArticle("", "Negotiators were meeting in Istanbul.");
    Analyze(a);
    copy = a;
  }
  ASSERT_EQ(copy.tokens.size(), 6u);
  EXPECT_EQ(copy.tokens[0].norm, "negotiators");
  EXPECT_EQ(copy.tokens[0].stem, "negoti");
  EXPECT_EQ(copy.tokens[4].norm, "istanbul");
}

// Times and quantities found later (as `brief` does on its other thread)
// are those Analyze would have found.
TEST(AnalyzeTest, TimesAndQuantitiesMayBeFoundLater) {
  const char* text =
      "Both sides swapped 1,000 prisoners each on Friday. More than 270 "
      "drones were launched overnight, officials said on Sunday.";
  Article full = MakeArticle("", text);
  Analyze(full);
  Article later = MakeArticle("", text);
  AnalyzeOptions options;
  options.times_and_quantities = false;
  Analyze(later, options);
  EXPECT_TRUE(later.times.empty());
  EXPECT_TRUE(later.quantities.empty());
  EXPECT_EQ(later.entities.size(), full.entities.size());
  FindQuantities(later);
  FindTimes(later);
  ASSERT_EQ(later.times.size(), full.times.size());
  ASSERT_EQ(later.quantities.size(), full.quantities.size());
  ASSERT_GE(full.times.size(), 2u);
  ASSERT_GE(full.quantities.size(), 2u);
  for (size_t i = 0; i < full.times.size(); ++i) {
    EXPECT_EQ(later.times[i].text, full.times[i].text);
    EXPECT_EQ(later.times[i].value, full.times[i].value);
  }
  for (size_t i = 0; i < full.quantities.size(); ++i) {
    EXPECT_EQ(later.quantities[i].text, full.quantities[i].text);
    EXPECT_EQ(later.quantities[i].low, full.quantities[i].low);
  }
}

}  // namespace
}  // namespace newsfuse
