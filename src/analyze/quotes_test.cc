// Quotations and their speakers, one test per pattern; made-up sentences.
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse {
namespace {

// An analyzed article whose text follows a 5-byte prefix in `original`,
// one paragraph per line.
Article Analyzed(std::string_view body) {
  Article a;
  a.original = "HEAD\n" + std::string(body);
  a.text = std::string(body);
  a.text_map.AppendCopy(5, static_cast<uint32_t>(body.size()));
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= body.size(); ++i) {
    if (i == body.size() || body[i] == '\n') {
      a.paragraphs.push_back({{begin, i}, a.text_map.ToOriginal({begin, i})});
      begin = i + 1;
    }
  }
  Analyze(a);
  return a;
}

std::string_view Original(const Article& a, const Quote& q) {
  return q.original.In(a.original);
}

struct Expected {
  std::string_view text;
  std::string_view speaker;
  std::string_view cue;
};

// Checks one quote's words (also through the original span), speaker, cue.
void ExpectQuote(const Article& a, size_t i, Expected e) {
  ASSERT_LT(i, a.quotes.size());
  const Quote& q = a.quotes[i];
  EXPECT_EQ(q.text.In(a.text), e.text);
  EXPECT_EQ(Original(a, q), e.text);
  EXPECT_EQ(q.speaker, e.speaker);
  EXPECT_EQ(q.cue, e.cue);
}

TEST(QuotesTest, QuoteThenNameSaid) {
  Article a = Analyzed("\u201cThe bridge will open in May,\u201d Mara Lind said.");
  ASSERT_EQ(a.quotes.size(), 1u);
  ExpectQuote(a, 0, {"The bridge will open in May,", "Mara Lind", "said"});
  EXPECT_FALSE(a.quotes[0].partial);
  EXPECT_FALSE(a.quotes[0].unclosed);
  EXPECT_EQ(a.quotes[0].speaker_text.In(a.text), "Mara Lind");
}

TEST(QuotesTest, QuoteThenSaidName) {
  Article a = Analyzed(
      "\"We have no comment,\" said harbour spokesperson Ivo Brant.");
  ExpectQuote(a, 0, {"We have no comment,", "harbour spokesperson Ivo Brant",
                     "said"});
}

TEST(QuotesTest, NameSaidColonQuote) {
  Article a = Analyzed("Mayor Olga Perrin said: \u201cThe budget is final.\u201d");
  ExpectQuote(a, 0, {"The budget is final.", "Mayor Olga Perrin", "said"});
  EXPECT_FALSE(a.quotes[0].partial);
}

TEST(QuotesTest, ToldReporters) {
  Article a = Analyzed(
      "Coach Ben Tallis told reporters \u201cWe played badly tonight.\u201d");
  ExpectQuote(a, 0,
              {"We played badly tonight.", "Coach Ben Tallis", "told reporters"});
}

TEST(QuotesTest, AccordingTo) {
  Article a = Analyzed(
      "\u201cThe river rose two metres overnight,\u201d according to "
      "hydrologist Pia Sorel.");
  ExpectQuote(a, 0, {"The river rose two metres overnight,",
                     "hydrologist Pia Sorel", "according to"});
}

TEST(QuotesTest, WroteAddedPosted) {
  Article a = Analyzed(
      "\u201cThe vote is rigged,\u201d Senator Dale Gunn wrote on his blog.\n"
      "\u201cWe will appeal,\u201d Gunn added.\n"
      "\u201cSee you all in court,\u201d Gunn posted late on Friday.");
  ExpectQuote(a, 0, {"The vote is rigged,", "Senator Dale Gunn", "wrote"});
  ExpectQuote(a, 1, {"We will appeal,", "Gunn", "added"});
  ExpectQuote(a, 2, {"See you all in court,", "Gunn", "posted"});
}

TEST(QuotesTest, SaidInAStatementAndAppositive) {
  Article a = Analyzed(
      "\u201cSafety comes first,\u201d Tom Aris, the airline's chief, said in "
      "a statement.");
  ExpectQuote(a, 0, {"Safety comes first,", "Tom Aris", "said"});
}

TEST(QuotesTest, PronounResolvesToLastSpeaker) {
  Article a = Analyzed(
      "Finance Minister Rita Vosk presented the plan on Tuesday.\n"
      "\u201cTaxes will not rise,\u201d she said.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Finance Minister Rita Vosk");
  EXPECT_EQ(a.quotes[0].speaker_text.In(a.text), "she");
  EXPECT_EQ(a.quotes[0].cue, "said");
}

TEST(QuotesTest, PronounPrefersTheNearerName) {
  Article a = Analyzed(
      "\u201cIt is over,\u201d Ada Renn said.\n"
      "Later, Milo Sand spoke to the crowd in Lyon.\n"
      "\u201cIt has just begun,\u201d he said.");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, "Ada Renn");
  EXPECT_EQ(a.quotes[1].speaker, "Milo Sand");
}

TEST(QuotesTest, MultiSentenceQuoteIsOne) {
  Article a = Analyzed(
      "\u201cThe dam held. The town is safe. This must not happen again,\u201d "
      "engineer Sal Ortiz said.");
  ASSERT_EQ(a.quotes.size(), 1u);
  ExpectQuote(a, 0, {"The dam held. The town is safe. This must not happen "
                     "again,", "engineer Sal Ortiz", "said"});
  EXPECT_EQ(a.quotes[0].first_sentence, 0u);
  EXPECT_EQ(a.quotes[0].last_sentence, 2u);
}

TEST(QuotesTest, ParagraphSpanningQuote) {
  Article a = Analyzed(
      "Judge Lena Hart said: \u201cThe law is clear.\n"
      "\u201cNo one is above it.\u201d\n"
      "The court rose at noon.");
  ASSERT_EQ(a.quotes.size(), 1u);
  const Quote& q = a.quotes[0];
  EXPECT_EQ(q.text.In(a.text), "The law is clear.\n\u201cNo one is above it.");
  EXPECT_FALSE(q.unclosed);
  EXPECT_EQ(q.speaker, "Judge Lena Hart");
  EXPECT_EQ(a.sentences[q.last_sentence].paragraph, 1u);
}

TEST(QuotesTest, PartialQuote) {
  Article a = Analyzed(
      "Envoy Kai Moro called the talks a \u201cnext step\u201d toward peace.");
  ASSERT_EQ(a.quotes.size(), 1u);
  ExpectQuote(a, 0, {"next step", "Envoy Kai Moro", "called"});
  EXPECT_TRUE(a.quotes[0].partial);
}

TEST(QuotesTest, ApostrophesAreNotQuotes) {
  Article a = Analyzed(
      "Don't blame Norway’s fleet for the ’90s slump, the farmers' union "
      "said. It's the '80s all over again.");
  EXPECT_TRUE(a.quotes.empty());
}

TEST(QuotesTest, SingleQuotedQuote) {
  Article a = Analyzed(
      "Rescuers said the lake was \u2018very dangerous\u2019 on Sunday.\n"
      "'We found nobody,' diver Eli Marsh said.");
  ASSERT_EQ(a.quotes.size(), 2u);
  ExpectQuote(a, 0, {"very dangerous", "Rescuers", "said"});
  EXPECT_TRUE(a.quotes[0].partial);
  ExpectQuote(a, 1, {"We found nobody,", "diver Eli Marsh", "said"});
}

TEST(QuotesTest, NestedSingleQuotesBelongToTheOuterQuote) {
  Article a = Analyzed(
      "\u201cThey told us \u2018wait\u2019 for hours,\u201d Nia Cole said.");
  ASSERT_EQ(a.quotes.size(), 1u);
  ExpectQuote(a, 0, {"They told us \u2018wait\u2019 for hours,", "Nia Cole",
                     "said"});
}

TEST(QuotesTest, UnclosedQuoteEndsAtParagraph) {
  Article a = Analyzed(
      "Pilot Rob Hale said: \u201cWe lost an engine over the sea.\n"
      "The plane landed safely.\n"
      "\u201cEveryone is fine,\u201d the airline's head Una Beck said.");
  ASSERT_EQ(a.quotes.size(), 2u);
  ExpectQuote(a, 0, {"We lost an engine over the sea.", "Pilot Rob Hale",
                     "said"});
  EXPECT_TRUE(a.quotes[0].unclosed);
  EXPECT_EQ(a.quotes[0].last_sentence, 0u);
  ExpectQuote(a, 1, {"Everyone is fine,", "airline's head Una Beck", "said"});
  EXPECT_FALSE(a.quotes[1].unclosed);
}

TEST(QuotesTest, NoSpeakerStaysEmpty) {
  Article a = Analyzed(
      "The sign read \u201cClosed for repairs\u201d on Monday.\n"
      "\u201cNobody warned us.\u201d");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[0].speaker, "");
  EXPECT_TRUE(a.quotes[0].speaker_text.empty());
  EXPECT_EQ(a.quotes[1].speaker, "");
  EXPECT_EQ(a.quotes[1].cue, "");
}

TEST(QuotesTest, UnattributedQuoteParagraphContinuesSpeaker) {
  Article a = Analyzed(
      "\u201cWe won the seat,\u201d candidate Ivo Petrov said.\n"
      "\u201cNow the work starts.\u201d");
  ASSERT_EQ(a.quotes.size(), 2u);
  EXPECT_EQ(a.quotes[1].speaker, "candidate Ivo Petrov");
  EXPECT_EQ(a.quotes[1].cue, "said");
}

TEST(QuotesTest, CapitalsBracketsEllipsesAndTypewriterQuotes) {
  Article a = Analyzed(
      "\"STOP THE [PLANT] NOW ... OR ELSE,\" activist Jo Ring wrote.\n"
      "\"We are ready, '' the mayor Ed Vale said.");
  ASSERT_EQ(a.quotes.size(), 2u);
  ExpectQuote(a, 0, {"STOP THE [PLANT] NOW ... OR ELSE,", "activist Jo Ring",
                     "wrote"});
  ExpectQuote(a, 1, {"We are ready,", "mayor Ed Vale", "said"});
}

TEST(QuotesTest, SpeakerLinksToEntityMention) {
  Article a = Analyzed("\u201cFine,\u201d Mara Lind said.");
  a.entities.clear();
  EntityMention m;
  m.text = {static_cast<uint32_t>(a.text.find("Mara")),
            static_cast<uint32_t>(a.text.find(" said"))};
  m.type = EntityType::kPerson;
  a.entities.push_back(m);
  LinkQuoteSpeakers(a);
  EXPECT_EQ(a.quotes[0].speaker_mention, 0);
}

TEST(QuotesTest, SurnameSpeakerLinksToEarlierFullName) {
  Article a = Analyzed("Mara Lind arrived.\n\u201cFine,\u201d Lind said.");
  a.entities.clear();
  EntityMention m;
  m.text = {0, 9};  // "Mara Lind"
  m.type = EntityType::kPerson;
  a.entities.push_back(m);
  LinkQuoteSpeakers(a);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Lind");
  EXPECT_EQ(a.quotes[0].speaker_mention, 0);
}

}  // namespace
}  // namespace newsfuse
