// Unit tests of the line classifier, the dateline prefix and the Markdown
// stripper. Every example line here is made up.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "clean/clean_internal.h"
#include "newsfuse/clean.h"

namespace newsfuse {
namespace {

// A context for a line in the middle of an article.
LineContext Middle() {
  LineContext c;
  c.index = 3;
  c.count = 10;
  c.prev = "The committee met on Tuesday to review the budget.";
  c.next = "Members agreed to postpone the vote until next month.";
  return c;
}

std::optional<DropReason> Classify(std::string_view line) {
  return ClassifyLine(line, Middle());
}

void ExpectReason(DropReason want, std::initializer_list<const char*> lines) {
  for (const char* line : lines) {
    std::optional<DropReason> got = Classify(line);
    ASSERT_TRUE(got.has_value()) << "kept: " << line;
    EXPECT_EQ(DropReasonName(*got), DropReasonName(want)) << line;
  }
}

void ExpectProse(std::initializer_list<const char*> lines) {
  for (const char* line : lines) {
    std::optional<DropReason> got = Classify(line);
    EXPECT_FALSE(got.has_value())
        << "dropped as " << DropReasonName(*got) << ": " << line;
  }
}

TEST(ClassifyLineTest, ShareWidgets) {
  ExpectReason(DropReason::kShare,
               {"Share this @example-news.com", "Share on Facebook", "Tweet",
                "Copy link", "Facebook Twitter WhatsApp Email",
                "Share | Tweet | Print", "Share this article"});
}

TEST(ClassifyLineTest, Promotions) {
  ExpectReason(DropReason::kPromo,
               {"Follow Harbour Daily on WhatsApp", "Follow us on X",
                "Scan the QR code to get our evening bulletin on your phone",
                "Sign up for our newsletter", "Download our app", "Subscribe",
                "Subscribe to the morning briefing",
                "Read more: Harbour council approves new ferry route",
                "Related: Bridge repairs delayed again",
                "Click here for live updates", "READ MORE"});
}

TEST(ClassifyLineTest, AgencyCredits) {
  ExpectReason(DropReason::kAgencyCredit,
               {"The Associated Press contributed to this report.",
                "Reuters contributed reporting.", "Agencies via Xinhua",
                "\xE2\x80\x94 Reuters", "(AFP)", "With AFP", "AFP/Reuters",
                "Reporting by Jane Doe; Editing by John Roe",
                "Additional reporting by Mary Major in Oslo",
                "With inputs from agencies"});
}

TEST(ClassifyLineTest, CaptionsBylinesBoilerplate) {
  ExpectReason(DropReason::kCaption,
               {"Photo: Jane Doe/Harbour Daily", "(Photo by Jane Doe)",
                "Image copyright Harbour Images", "Getty Images",
                "File photo of the old harbour bridge",
                "The mayor at the ceremony. (AP Photo/Jane Doe)"});
  ExpectReason(DropReason::kByline,
               {"By Jane Doe", "By Jane Doe and John Roe, CNN", "BY JANE DOE",
                "Written by Mary Major"});
  ExpectReason(DropReason::kDateline,
               {"Updated 10:32 GMT", "Published May 19, 2025",
                "Mon 19 May 2025 10.32 BST", "Last updated: 2 hours ago",
                "2025-05-19", "10:32"});
  ExpectReason(
      DropReason::kBoilerplate,
      {"Advertisement", "ADVERTISEMENT", "All rights reserved.",
       "\xC2\xA9 2025 Harbour Daily",
       "We use cookies to improve your experience on our site.",
       "Story continues below advertisement", "* * *", "17", "02-751-1500"});
}

TEST(ClassifyLineTest, HeadingsBetweenProse) {
  ExpectReason(DropReason::kHeading,
               {"Talks Stall Over Harbour Fees", "Ferries and fares",
                "Budget fight in the council chamber",
                "Mayor: the bridge will reopen in spring", "Background"});
  // The markup says so.
  LineContext c = Middle();
  c.kind = BlockKind::kHeading;
  EXPECT_EQ(ClassifyLine("What comes next.", c), DropReason::kHeading);
  c.kind = BlockKind::kCaption;
  EXPECT_EQ(ClassifyLine("The bridge at dusk.", c), DropReason::kCaption);
}

TEST(ClassifyLineTest, HeadingNeedsFollowingText) {
  LineContext last = Middle();
  last.next = "";
  EXPECT_EQ(ClassifyLine("Talks Stall Over Harbour Fees", last), std::nullopt);
  LineContext item = Middle();
  item.kind = BlockKind::kListItem;
  EXPECT_EQ(ClassifyLine("Three new ferries", item), std::nullopt);
}

TEST(ClassifyLineTest, ProseIsKept) {
  ExpectProse({
      "The mayor said the bridge would reopen in spring.",
      "A senior official told Reuters that the deal was close.",
      "Residents shared the video on WhatsApp, police said.",
      "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D the mayor said.",
      "\xE2\x80\x9CWe will not give up.\xE2\x80\x9D",
      "\"It is a fair deal,\" she said.",
      "Share prices fell 3% on Monday.",
      "Follow-up talks are planned for next week.",
      "Subscribers will pay more from June.",
      "By Monday, the ferries were running again.",
      "Mayor Doe said the council would vote on it:",
      "Trump said the talks would resume on Friday.",
      "Reuters could not verify the report.",
      "Advertising revenue fell by a fifth.",
      "The photo shows the harbour at dawn.",
      "Share this story with a friend, please?",
      "May 19 was the day the ferry resumed service, officials said.",
  });
}

TEST(ClassifyLineTest, TitleRepeatedInBody) {
  LineContext c = Middle();
  c.title = "Harbour Bridge \xE2\x80\x98Will Reopen\xE2\x80\x99";
  EXPECT_EQ(ClassifyLine("harbour bridge 'will reopen'", c),
            DropReason::kTitle);
}

TEST(DatelinePrefixTest, WirePrefixes) {
  auto prefix = [](std::string_view line) {
    return std::string(line.substr(0, DatelinePrefixLength(line)));
  };
  EXPECT_EQ(prefix("OSLO (AP) \xE2\x80\x94 The mayor said ..."),
            "OSLO (AP) \xE2\x80\x94 ");
  EXPECT_EQ(prefix("OSLO/BERGEN \xE2\x80\x94 Ferry crews said ..."),
            "OSLO/BERGEN \xE2\x80\x94 ");
  EXPECT_EQ(prefix("OSLO () The mayor said ..."), "OSLO () ");
  EXPECT_EQ(prefix("OSLO, May 19 (Reuters) - The mayor said ..."),
            "OSLO, May 19 (Reuters) - ");
  EXPECT_EQ(prefix("NEW YORK (CNN) \xE2\x80\x93 Ferry crews ..."),
            "NEW YORK (CNN) \xE2\x80\x93 ");
  EXPECT_EQ(prefix("THE HAGUE (Reuters) - Judges said ..."),
            "THE HAGUE (Reuters) - ");
  EXPECT_EQ(prefix("BERGEN, Norway (AP) \xE2\x80\x94 The mayor ..."),
            "BERGEN, Norway (AP) \xE2\x80\x94 ");
}

TEST(DatelinePrefixTest, OrdinarySentencesHaveNone) {
  for (std::string_view line :
       {"NATO leaders met in Oslo on Monday.", "US President Jane Doe said.",
        "UN officials (who declined to be named) said so.",
        "NATO \xE2\x80\x94 the alliance \xE2\x80\x94 said little.",
        "OSLO (AP) \xE2\x80\x94", "The mayor said.", "A-B testing began.",
        "\"HOPE IS NOT A PLAN,\" she said.",
        "A FERRY - BOAT strike began on Monday.",
        "BREAKING \xE2\x80\x94 The bridge is closed."}) {
    EXPECT_EQ(DatelinePrefixLength(line), 0u) << line;
  }
}

TEST(EndsSentenceTest, PunctuationAndQuotes) {
  using clean_internal::EndsSentence;
  EXPECT_TRUE(EndsSentence("It rained."));
  EXPECT_TRUE(EndsSentence("Did it rain?  "));
  EXPECT_TRUE(EndsSentence("\xE2\x80\x9CIt rained.\xE2\x80\x9D"));
  EXPECT_TRUE(EndsSentence("(It rained.)"));
  EXPECT_TRUE(EndsSentence("It rained\xE2\x80\xA6"));
  EXPECT_FALSE(EndsSentence("It rained"));
  EXPECT_FALSE(EndsSentence("Rain \xE2\x80\x9Cheavy\xE2\x80\x9D"));
  EXPECT_FALSE(EndsSentence(""));
}

clean_internal::MarkdownLine Strip(std::string_view line) {
  return clean_internal::StripMarkdown(line, 100);
}

TEST(StripMarkdownTest, BlockMarkers) {
  EXPECT_EQ(Strip("# Title here").text, "Title here");
  EXPECT_EQ(Strip("# Title here").heading_level, 1);
  EXPECT_EQ(Strip("## Section ##").text, "Section");
  EXPECT_EQ(Strip("## Section ##").kind, BlockKind::kHeading);
  EXPECT_EQ(Strip("> Quoted words.").text, "Quoted words.");
  EXPECT_EQ(Strip("> Quoted words.").kind, BlockKind::kQuote);
  EXPECT_EQ(Strip("- An item").text, "An item");
  EXPECT_EQ(Strip("12. An item").kind, BlockKind::kListItem);
  EXPECT_TRUE(Strip("---").rule);
  EXPECT_TRUE(Strip(" * * *").rule);
}

TEST(StripMarkdownTest, InlineMarkup) {
  EXPECT_EQ(Strip("A **bold** and *light* and _soft_ word.").text,
            "A bold and light and soft word.");
  EXPECT_EQ(Strip("Keep snake_case_names and 5 * 3 as they are.").text,
            "Keep snake_case_names and 5 * 3 as they are.");
  EXPECT_EQ(Strip("Run `make` now.").text, "Run make now.");
  EXPECT_EQ(Strip("See [the report](http://x.test/a) today.").text,
            "See the report today.");
  EXPECT_EQ(Strip("Logo ![logo](l.png) here.").text, "Logo  here.");
  clean_internal::MarkdownLine image = Strip("![The bridge at dusk](b.jpg)");
  EXPECT_TRUE(image.image);
  EXPECT_EQ(image.text, "The bridge at dusk");
}

TEST(StripMarkdownTest, MapPointsAtTheLine) {
  std::string line = "> See **[the report](u)** now.";
  clean_internal::MarkdownLine md = Strip(line);
  ASSERT_EQ(md.text, "See the report now.");
  for (uint32_t i = 0; i < md.text.size(); ++i) {
    Span o = md.map.ToOriginal({i, i + 1});
    ASSERT_EQ(o.size(), 1u);
    EXPECT_EQ(line[o.begin - 100], md.text[i]) << i;
  }
}

}  // namespace
}  // namespace newsfuse

namespace newsfuse {
namespace {

TEST(ClassifyLineTest, LongShareBarsAndNewsroomBylines) {
  ExpectReason(DropReason::kShare,
               {"Share this story: Facebook | X | WhatsApp | Email"});
  ExpectReason(DropReason::kByline, {"By the Riverside Gazette newsroom",
                                     "By our staff and agencies"});
  ExpectProse({"By the end of the week the river had fallen by a metre."});
}

}  // namespace
}  // namespace newsfuse
