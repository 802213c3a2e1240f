// Tests of Clean(): lines, titles, datelines, spans, UTF-8 repair, errors,
// and the reference articles in ../shared/seeds.
#include "newsfuse/clean.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "newsfuse/article.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

Article MakeArticle(std::string text, Format format = Format::kText) {
  Article a;
  a.path = "in/a.txt";
  a.format = format;
  a.original = std::move(text);
  a.body = a.original;
  a.body_map = OffsetMap::Identity(static_cast<uint32_t>(a.body.size()));
  return a;
}

std::vector<std::string> Paragraphs(const Article& a) {
  std::vector<std::string> out;
  for (const Paragraph& p : a.paragraphs) out.emplace_back(p.text.In(a.text));
  return out;
}

// The reason `text` was dropped for, or "" when it was not.
std::string ReasonOf(const Article& a, std::string_view text) {
  for (const DroppedLine& d : a.dropped) {
    if (d.text == text) return std::string(DropReasonName(d.reason));
  }
  return "";
}

// Every kept paragraph and dropped line points at its own bytes.
void ExpectExactSpans(const Article& a) {
  for (const Paragraph& p : a.paragraphs) {
    std::string_view text = p.text.In(a.text);
    EXPECT_EQ(a.text_map.ToOriginal(p.text).In(a.original), text);
    EXPECT_EQ(p.original.In(a.original), text);
  }
  for (const DroppedLine& d : a.dropped) {
    EXPECT_NE(d.original.In(a.original).find(d.text), std::string::npos)
        << d.text;
  }
}

TEST(CleanTest, KeepsProseDropsWidgetsAndFindsTitle) {
  Article a = MakeArticle(
      "Harbour bridge to reopen in spring\n"
      "\n"
      "By Jane Doe\r\n"
      "OSLO (AP) \xE2\x80\x94 The mayor said on Monday the bridge would "
      "reopen.\n"
      "Repairs cost more than expected, officials said.\n"
      "Ferries and fares\n"
      "  Ferry crews will keep their extra routes until then.  \n"
      "Share on Facebook\n"
      "The Associated Press contributed to this report.\n");
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(a.title, "Harbour bridge to reopen in spring");
  EXPECT_EQ(Paragraphs(a),
            (std::vector<std::string>{
                "The mayor said on Monday the bridge would reopen.",
                "Repairs cost more than expected, officials said.",
                "Ferry crews will keep their extra routes until then."}));
  EXPECT_EQ(ReasonOf(a, "Harbour bridge to reopen in spring"), "title");
  EXPECT_EQ(ReasonOf(a, "By Jane Doe"), "byline");
  EXPECT_EQ(ReasonOf(a, "OSLO (AP) \xE2\x80\x94"), "dateline");
  EXPECT_EQ(ReasonOf(a, "Ferries and fares"), "heading");
  EXPECT_EQ(ReasonOf(a, "Share on Facebook"), "share");
  EXPECT_EQ(ReasonOf(a, "The Associated Press contributed to this report."),
            "agency-credit");
  EXPECT_EQ(a.dropped.size(), 6u);
  EXPECT_EQ(std::count(a.text.begin(), a.text.end(), '\n'), 2);
  ExpectExactSpans(a);
  EXPECT_TRUE(a.warnings.empty());
}

TEST(CleanTest, DroppedLinesAreInDocumentOrder) {
  Article a = MakeArticle("Tweet\nThe vote was close.\nWith AFP\n");
  ASSERT_TRUE(Clean(a).ok());
  ASSERT_EQ(a.dropped.size(), 2u);
  EXPECT_EQ(a.dropped[0].text, "Tweet");
  EXPECT_EQ(a.dropped[0].original, (Span{0, 5}));
  EXPECT_EQ(a.dropped[1].text, "With AFP");
  EXPECT_TRUE(a.title.empty());  // "Tweet" is a widget, not a headline
}

TEST(CleanTest, TitleBelowWidgetLines) {
  Article a = MakeArticle(
      "Share on Facebook\nUpdated 10:32 GMT\nHarbour bridge to reopen\n"
      "The mayor said so.\n");
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(a.title, "Harbour bridge to reopen");
  EXPECT_EQ(ReasonOf(a, "Updated 10:32 GMT"), "dateline");
  EXPECT_EQ(Paragraphs(a), (std::vector<std::string>{"The mayor said so."}));
}

TEST(CleanTest, KnownTitleLineIsDropped) {
  Article a = MakeArticle("Bridge Reopens\nThe bridge reopened today.\n",
                          Format::kJson);
  a.title = "Bridge reopens";
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(a.title, "Bridge reopens");  // metadata wins
  EXPECT_EQ(ReasonOf(a, "Bridge Reopens"), "title");
  EXPECT_EQ(Paragraphs(a),
            (std::vector<std::string>{"The bridge reopened today."}));
}

TEST(CleanTest, LongFirstLineWithoutStopIsNotATitle) {
  std::string first(40, 'x');
  first = "Ferry " + first;
  for (int i = 0; i < 50; ++i) first += " word";
  Article a = MakeArticle(first + "\nThe bridge reopened today.\n");
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_TRUE(a.title.empty());
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(CleanTest, MarkdownMarkupIsStrippedWithExactSpans) {
  Article a = MakeArticle(
      "# The *Harbour* Report\n"
      "\n"
      "The **mayor** said the [bridge](http://x.test/b) would reopen.\n"
      "\n"
      "## What next\n"
      "\n"
      "> \"We are ready,\" a ferry captain said.\n"
      "- Crews keep the `night` route.\n"
      "![The bridge at dusk](b.jpg)\n"
      "---\n",
      Format::kMarkdown);
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(a.title, "The Harbour Report");
  EXPECT_EQ(Paragraphs(a),
            (std::vector<std::string>{"The mayor said the bridge would reopen.",
                                      "\"We are ready,\" a ferry captain said.",
                                      "Crews keep the night route."}));
  EXPECT_EQ(ReasonOf(a, "What next"), "heading");
  EXPECT_EQ(ReasonOf(a, "The bridge at dusk"), "caption");
  // Markup removed: every byte still maps to the same byte of the input.
  for (uint32_t i = 0; i < a.text.size(); ++i) {
    if (a.text[i] == '\n') continue;
    Span o = a.text_map.ToOriginal({i, i + 1});
    ASSERT_EQ(o.size(), 1u) << i;
    EXPECT_EQ(a.original[o.begin], a.text[i]) << i;
  }
}

TEST(CleanTest, MarkdownFrontMatterIsSetAside) {
  Article a = MakeArticle(
      "---\nauthor: Jane Doe\n---\n# Harbour Report\n\nThe bridge "
      "reopened.\n",
      Format::kMarkdown);
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(a.title, "Harbour Report");
  EXPECT_EQ(ReasonOf(a, "author: Jane Doe"), "boilerplate");
  EXPECT_EQ(Paragraphs(a), (std::vector<std::string>{"The bridge reopened."}));
}

TEST(CleanTest, NormalizesToNfcAndMapsBack) {
  std::string decomposed = "Cafe\xCC\x81 owners reopened.";  // e + U+0301
  Article a = MakeArticle("The bridge reopened.\n" + decomposed + "\n");
  ASSERT_TRUE(Clean(a).ok());
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[1].text.In(a.text), "Caf\xC3\xA9 owners reopened.");
  EXPECT_EQ(a.paragraphs[1].original.In(a.original), decomposed);
}

TEST(CleanTest, RepairsInvalidUtf8WithOneWarning) {
  Article a = MakeArticle("The bridge \xFF reopened.\nFares \xFE\xFE rose.\n");
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(a.paragraphs[0].text.In(a.text),
            "The bridge \xEF\xBF\xBD reopened.");
  ASSERT_EQ(a.warnings.size(), 1u);
  EXPECT_EQ(a.warnings[0],
            "in/a.txt: invalid UTF-8 at byte 11 replaced with U+FFFD "
            "(3 sequences)");
}

TEST(CleanTest, Errors) {
  Article empty = MakeArticle(" \n\t\n");
  Status s = Clean(empty);
  EXPECT_EQ(s.code(), StatusCode::kDataError);
  EXPECT_EQ(s.message(), "in/a.txt: empty article");

  Article widgets = MakeArticle("Share on Facebook\nAdvertisement\n");
  widgets.title = "Kept title";
  s = Clean(widgets);
  EXPECT_EQ(s.message(),
            "in/a.txt: no article text left after removing boilerplate");
  EXPECT_EQ(widgets.dropped.size(), 2u);  // still set aside, not lost
  EXPECT_EQ(widgets.title, "Kept title");

  Article page = MakeArticle("<html><body></body></html>", Format::kHtml);
  page.body.clear();
  s = Clean(page);
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.message().starts_with("in/a.txt: ")) << s.message();
}

TEST(CleanTest, HtmlPageKeepsMainTextAndSetsAsideTheRest) {
  Article a = MakeArticle(
      "<html><head><title>Bridge reopens</title></head><body>"
      "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
      "<h1>Bridge reopens</h1>"
      "<p>OSLO (AP) &mdash; The mayor said on Monday the bridge would reopen "
      "after two years of repairs.</p>"
      "<h2>Ferries and fares</h2>"
      "<p>Ferry crews will keep their extra routes until then, officials "
      "said on Tuesday.</p>"
      "<p>Fares rose by 3% &amp; more in the winter months, the council "
      "said.</p></article>"
      "<footer>&copy; 2025 Harbour Daily. All rights reserved.</footer>"
      "</body></html>",
      Format::kHtml);
  a.body.clear();
  a.body_map = OffsetMap();
  if (!ExtractHtml(a.original).ok()) GTEST_SKIP() << "no HTML extractor yet";
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(a.title, "Bridge reopens");
  std::vector<std::string> kept = Paragraphs(a);
  ASSERT_EQ(kept.size(), 3u) << a.text;
  EXPECT_EQ(kept[2],
            "Fares rose by 3% & more in the winter months, the "
            "council said.");
  // The entity maps back to its bytes.
  EXPECT_EQ(a.paragraphs[2].original.In(a.original),
            "Fares rose by 3% &amp; more in the winter months, the council "
            "said.");
  EXPECT_EQ(ReasonOf(a, "OSLO (AP) \xE2\x80\x94"), "dateline");
  EXPECT_EQ(ReasonOf(a, "Ferries and fares"), "heading");
  EXPECT_FALSE(ReasonOf(a,
                        "\xC2\xA9 2025 Harbour Daily. All rights "
                        "reserved.")
                   .empty());
  EXPECT_FALSE(a.body.empty());
}

// ---- The reference articles. ----

std::vector<std::string> FileLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct Seed {
  std::string name;
  std::vector<std::string> lines;  // the file's lines, as read
  Article article;
};

std::vector<Seed> CleanSeeds(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Seed> seeds;
  for (const auto& f : files) {
    Seed s{f.filename().string(), {}, {}};
    std::string text = testing::ReadFileOrDie(f);
    s.lines = FileLines(text);
    s.article = MakeArticle(text);
    s.article.path = f.string();
    EXPECT_TRUE(Clean(s.article).ok()) << f;
    seeds.push_back(std::move(s));
  }
  return seeds;
}

TEST(CleanSeedsTest, DropsWidgetsCreditsHeadingsAndTitles) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  std::vector<Seed> seeds = CleanSeeds(dir);
  ASSERT_EQ(seeds.size(), 5u);
  const Article& a1 = seeds[1].article;
  const Article& a2 = seeds[2].article;
  const Article& a3 = seeds[3].article;
  const Article& a4 = seeds[4].article;
  EXPECT_EQ(ReasonOf(a1, "Trump Wants End of Ukraine-Russia War"), "heading");
  EXPECT_EQ(ReasonOf(a1, "Not a Peaceful Solution"), "heading");
  EXPECT_EQ(ReasonOf(a2, "Share this @internewscast.com"), "share");
  EXPECT_EQ(ReasonOf(a2, "WASHINGTON ()"), "dateline");
  EXPECT_EQ(ReasonOf(a2,
                     "Zelenskyy: Russia doesn\xE2\x80\x99t want to end "
                     "war in Ukraine"),
            "heading");
  EXPECT_EQ(ReasonOf(a2, "Russia batters Kyiv with deadly strikes"), "heading");
  EXPECT_EQ(ReasonOf(a2, "The Associated Press contributed to this report."),
            "agency-credit");
  // 003: the first line is the title; the last two lines are promotions.
  const std::vector<std::string>& l3 = seeds[3].lines;
  EXPECT_EQ(a3.title, l3.front());
  EXPECT_EQ(ReasonOf(a3, l3.front()), "title");
  EXPECT_EQ(ReasonOf(a3, l3[l3.size() - 1]), "promo");
  EXPECT_EQ(ReasonOf(a3, l3[l3.size() - 2]), "promo");
  EXPECT_EQ(a4.title, seeds[4].lines.front());
  EXPECT_EQ(ReasonOf(a4, "Agencies via Xinhua"), "agency-credit");
  EXPECT_EQ(ReasonOf(a4, "More attacks"), "heading");
  EXPECT_TRUE(seeds[0].article.dropped.empty());
  EXPECT_TRUE(seeds[0].article.title.empty());
}

TEST(CleanSeedsTest, EveryProseLineIsKept) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  for (const Seed& s : CleanSeeds(dir)) {
    const Article& a = s.article;
    ExpectExactSpans(a);
    std::vector<std::string> kept = Paragraphs(a);
    for (const DroppedLine& d : a.dropped) {
      std::string_view t = d.text;
      bool sentence = t.ends_with('.') || t.ends_with('!') ||
                      t.ends_with('?') || t.ends_with('"') ||
                      t.ends_with("\xE2\x80\x9D") ||
                      t.ends_with("\xE2\x80\x99");
      if (sentence) {
        EXPECT_EQ(d.reason, DropReason::kAgencyCredit)
            << s.name << ": " << d.text;
      }
    }
    // Each line of the file is kept whole, or dropped whole, or is a
    // dateline prefix plus a kept paragraph.
    size_t next = 0;
    for (const std::string& line : s.lines) {
      std::string_view trimmed = line;
      while (!trimmed.empty() &&
             (trimmed.back() == ' ' || trimmed.back() == '\r')) {
        trimmed.remove_suffix(1);
      }
      if (trimmed.empty() || !ReasonOf(a, trimmed).empty()) continue;
      ASSERT_LT(next, kept.size()) << s.name << ": lost " << line;
      EXPECT_TRUE(trimmed.ends_with(kept[next])) << s.name << ": " << line;
      ++next;
    }
    EXPECT_EQ(next, kept.size()) << s.name;
  }
}

}  // namespace
}  // namespace newsfuse

namespace newsfuse {
namespace {

TEST(CleanTest, LoneHeadlineIsKeptAsText) {
  Article a =
      MakeArticle("The harbour reopened after the storm.", Format::kJson);
  a.title = "The harbour reopened after the storm.";
  ASSERT_TRUE(Clean(a).ok());
  EXPECT_EQ(Paragraphs(a),
            std::vector<std::string>{"The harbour reopened after the storm."});
  EXPECT_TRUE(a.dropped.empty());
}

}  // namespace
}  // namespace newsfuse
