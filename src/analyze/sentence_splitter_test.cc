#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "newsfuse/analyze.h"

namespace newsfuse {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Split(std::string_view p) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(p)) out.emplace_back(s.In(p));
  return out;
}

TEST(SplitSentencesTest, EmptyAndBlank) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \t ").empty());
}

TEST(SplitSentencesTest, PlainSentencesAndExactSpans) {
  std::string_view p = "  The talks began. They ended late.  ";
  std::vector<Span> s = SplitSentences(p);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], (Span{2, 18}));
  EXPECT_EQ(s[1], (Span{19, 35}));
}

TEST(SplitSentencesTest, QuestionAndExclamation) {
  EXPECT_THAT(
      Split("Will the truce hold? Nobody knows! Officials wait."),
      ElementsAre("Will the truce hold?", "Nobody knows!", "Officials wait."));
  EXPECT_THAT(Split("Really?! Yes."), ElementsAre("Really?!", "Yes."));
}

// Terminators are looked for eight bytes at a time: the same sentences
// wherever they fall in a step, after ASCII or multi-byte text.
TEST(SplitSentencesTest, TerminatorsAtEveryOffset) {
  for (size_t k = 0; k < 17; ++k) {
    for (std::string lead : {"x", "\xc3\xa9"}) {
      std::string first;
      for (size_t n = 0; n < k; ++n) first += lead;
      first += "A";
      std::string p = first + " ends. Why? Now! Then\xe2\x80\xa6 He left.";
      EXPECT_THAT(Split(p), ElementsAre(first + " ends.", "Why?", "Now!",
                                        "Then\xe2\x80\xa6", "He left."))
          << k;
    }
  }
}

TEST(SplitSentencesTest, TitlesNeverEnd) {
  EXPECT_THAT(
      Split("Mr. Lamb met Dr. Ortiz and Gen. Hale. Sen. Ruiz and Rep. Kay "
            "came later with Lt. Col. Park, Sgt. Diaz and Gov. Moss."),
      ElementsAre("Mr. Lamb met Dr. Ortiz and Gen. Hale.",
                  "Sen. Ruiz and Rep. Kay came later with Lt. Col. Park, "
                  "Sgt. Diaz and Gov. Moss."));
  EXPECT_THAT(Split("She lives on St. Mark Street, e.g. Paris vs. Rome."),
              ElementsAre("She lives on St. Mark Street, e.g. Paris vs. "
                          "Rome."));
}

TEST(SplitSentencesTest, UsFollowedByLowercaseOrNameContinues) {
  EXPECT_THAT(Split("U.S. officials met U.K. and U.N. envoys. U.S. President "
                    "Hale spoke."),
              ElementsAre("U.S. officials met U.K. and U.N. envoys.",
                          "U.S. President Hale spoke."));
}

TEST(SplitSentencesTest, AbbreviationAtSentenceEndBeforeStarter) {
  EXPECT_THAT(
      Split("The envoy landed in the U.S. The next day he left."),
      ElementsAre("The envoy landed in the U.S.", "The next day he left."));
  EXPECT_THAT(Split("It opens at 9 a.m. Officials expect crowds."),
              ElementsAre("It opens at 9 a.m.", "Officials expect crowds."));
  EXPECT_THAT(Split("The call ended at 5 p.m. local time."),
              ElementsAre("The call ended at 5 p.m. local time."));
  EXPECT_THAT(Split("He joined Acme Inc. But he quit."),
              ElementsAre("He joined Acme Inc.", "But he quit."));
  EXPECT_THAT(Split("Acme Inc. Chief Executive Jo Tan resigned."),
              ElementsAre("Acme Inc. Chief Executive Jo Tan resigned."));
  EXPECT_THAT(Split("They sold fruit, bread, etc. and left."),
              ElementsAre("They sold fruit, bread, etc. and left."));
}

TEST(SplitSentencesTest, Initials) {
  EXPECT_THAT(
      Split("Donald J. Trump called. J. R. R. Tolkien wrote books."),
      ElementsAre("Donald J. Trump called.", "J. R. R. Tolkien wrote books."));
  EXPECT_THAT(
      Split("The agency hired George W. Bush Jr. He declined."),
      ElementsAre("The agency hired George W. Bush Jr.", "He declined."));
}

TEST(SplitSentencesTest, MonthsAndNumberAbbreviations) {
  EXPECT_THAT(Split("The vote is set for Jan. 12 and Sept. 3. No. 10 said "
                    "nothing."),
              ElementsAre("The vote is set for Jan. 12 and Sept. 3.",
                          "No. 10 said nothing."));
  EXPECT_THAT(Split("He arrived on Mon. The meeting began."),
              ElementsAre("He arrived on Mon.", "The meeting began."));
}

TEST(SplitSentencesTest, Numbers) {
  EXPECT_THAT(Split("About 1,000 people came. Prices rose 5.5 percent to "
                    "$2.5 billion. Pi is 3.14. Version 1.2.3 shipped."),
              ElementsAre("About 1,000 people came.",
                          "Prices rose 5.5 percent to $2.5 billion.",
                          "Pi is 3.14.", "Version 1.2.3 shipped."));
  EXPECT_THAT(Split("Sales fell in 2023. 2024 was better."),
              ElementsAre("Sales fell in 2023.", "2024 was better."));
}

TEST(SplitSentencesTest, Ellipses) {
  EXPECT_THAT(Split("We're ... going to win, he said."),
              ElementsAre("We're ... going to win, he said."));
  EXPECT_THAT(Split("We're \u2026 going to win."),
              ElementsAre("We're \u2026 going to win."));
  EXPECT_THAT(Split("He paused... Then he left."),
              ElementsAre("He paused...", "Then he left."));
  EXPECT_THAT(Split("He paused\u2026 Then he left."),
              ElementsAre("He paused\u2026", "Then he left."));
  EXPECT_THAT(Split("... and then the talks resumed."),
              ElementsAre("... and then the talks resumed."));
}

TEST(SplitSentencesTest, QuotesEndingSentences) {
  EXPECT_THAT(Split("He said \"go.\" Then he left."),
              ElementsAre("He said \"go.\"", "Then he left."));
  EXPECT_THAT(Split("\u201cStop.\u201d Then the crowd fell silent."),
              ElementsAre("\u201cStop.\u201d", "Then the crowd fell silent."));
  EXPECT_THAT(Split("It ended (finally.) Talks resume."),
              ElementsAre("It ended (finally.)", "Talks resume."));
  EXPECT_THAT(Split("She called it the \u201cnext step\u201d. Others "
                    "disagreed."),
              ElementsAre("She called it the \u201cnext step\u201d.",
                          "Others disagreed."));
}

TEST(SplitSentencesTest, QuoteSpanningSentences) {
  EXPECT_THAT(Split("\u201cWe will talk. We will not give up. Peace is "
                    "near,\u201d she said. Then she left."),
              ElementsAre("\u201cWe will talk.", "We will not give up.",
                          "Peace is near,\u201d she said.", "Then she left."));
  EXPECT_THAT(
      Split("He said: \"It is over. We lost.\" The room emptied."),
      ElementsAre("He said: \"It is over.", "We lost.\"", "The room emptied."));
}

TEST(SplitSentencesTest, QuestionInsideQuoteWithAttribution) {
  EXPECT_THAT(Split("\u201cWhy now?\u201d she asked. \u201cWhy not?\u201d "
                    "Hale replied."),
              ElementsAre("\u201cWhy now?\u201d she asked.",
                          "\u201cWhy not?\u201d Hale replied."));
  EXPECT_THAT(Split("\u201cWho won?\u201d Nobody knew."),
              ElementsAre("\u201cWho won?\u201d", "Nobody knew."));
}

TEST(SplitSentencesTest, OpeningQuoteStartsSentence) {
  EXPECT_THAT(Split("The talks failed. \u201cWe tried,\u201d he said."),
              ElementsAre("The talks failed.",
                          "\u201cWe tried,\u201d he "
                          "said."));
  EXPECT_THAT(Split("The talks failed. \"We tried,\" he said."),
              ElementsAre("The talks failed.", "\"We tried,\" he said."));
}

TEST(SplitSentencesTest, HeadlineWithoutTerminalPunctuation) {
  EXPECT_THAT(Split("Leaders Agree to Talks in Geneva  "),
              ElementsAre("Leaders Agree to Talks in Geneva"));
  EXPECT_THAT(Split("Talks end. Next round in May"),
              ElementsAre("Talks end.", "Next round in May"));
}

TEST(SplitSentencesTest, NoSplitInsideTokens) {
  EXPECT_THAT(Split("The U.S.-led talks at example.com ended.Then more."),
              ElementsAre("The U.S.-led talks at example.com ended.Then "
                          "more."));
}

TEST(SplitSentencesTest, ListMarkerIsNotASentence) {
  EXPECT_THAT(Split("1. The first point."), ElementsAre("1. The first point."));
}

TEST(SplitSentencesTest, UnicodeSpacesAndLetters) {
  // A no-break space after the period; a capital É starting the next one.
  EXPECT_THAT(Split("Il est parti.\u00a0\u00c9lise reste.\u00a0"),
              ElementsAre("Il est parti.", "\u00c9lise reste."));
  EXPECT_THAT(Split("Он ушёл. Она осталась."),
              ElementsAre("Он ушёл.", "Она осталась."));
  EXPECT_THAT(Split("会谈结束。双方同意。"),
              ElementsAre("会谈结束。", "双方同意。"));
}

}  // namespace
}  // namespace newsfuse
