#include <simdjson.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "clean/html_align.h"
#include "clean/shingle_f1.h"
#include "gtest/gtest.h"
#include "newsfuse/clean.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

constexpr std::string_view kPage = R"(<!DOCTYPE html>
<html><head><title>Big news today</title>
<script>var x = "<p>not text</p>";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience on our site.</div>
<article>
<h1>Big news today</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p class="byline">By Jane Doe</p>
<p>The council voted on Tuesday to approve the new budget, which raises spending on schools, roads and parks by ten percent.</p>
<figure><img src="a.jpg"><figcaption>The council chamber, photographed on Monday by a staff photographer.</figcaption></figure>
<p>Opponents said the plan, which passed by a narrow margin, would strain the city&rsquo;s finances for years to come.</p>
<h2>What happens next</h2>
<p>The budget takes effect in July, and officials said the first projects would begin soon after, weather permitting.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Another story about budgets and councils</a></li></ul></aside>
<section id="comments"><p>Great article, I really enjoyed reading it, thanks for writing it!</p></section>
<footer><p>Copyright 2024 Example News, all rights reserved, everywhere.</p></footer>
</body></html>)";

const TextBlock* Find(const HtmlExtraction& x, std::string_view prefix) {
  for (const TextBlock& b : x.blocks) {
    if (b.text.rfind(prefix, 0) == 0) return &b;
  }
  return nullptr;
}

std::optional<DropReason> ReasonOf(const HtmlExtraction& x,
                                   std::string_view prefix) {
  const TextBlock* b = Find(x, prefix);
  EXPECT_NE(b, nullptr) << prefix;
  if (b == nullptr) return std::nullopt;
  EXPECT_FALSE(b->main) << prefix;
  return b->reason;
}

TEST(HtmlExtractTest, KeepsBodyAndSetsAsideTheRest) {
  Result<HtmlExtraction> r = ExtractHtml(kPage);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const HtmlExtraction& x = *r;
  std::vector<std::string> main;
  for (const TextBlock& b : x.blocks) {
    if (b.main) {
      main.push_back(b.text);
      EXPECT_FALSE(b.reason.has_value()) << b.text;
    }
  }
  ASSERT_EQ(main.size(), 4u);
  EXPECT_EQ(main[0].substr(0, 20), "The council voted on");
  EXPECT_EQ(main[1],
            "Opponents said the plan, which passed by a narrow margin, "
            "would strain the city\xE2\x80\x99s finances for years "
            "to come.");
  EXPECT_EQ(main[2], "What happens next");
  EXPECT_EQ(Find(x, "What happens")->kind, BlockKind::kHeading);
  EXPECT_EQ(ReasonOf(x, "Home"), DropReason::kBoilerplate);
  EXPECT_EQ(ReasonOf(x, "We use cookies"), DropReason::kBoilerplate);
  EXPECT_EQ(ReasonOf(x, "Share on Facebook"), DropReason::kShare);
  EXPECT_EQ(ReasonOf(x, "By Jane Doe"), DropReason::kByline);
  EXPECT_EQ(ReasonOf(x, "The council chamber"), DropReason::kCaption);
  EXPECT_EQ(Find(x, "The council chamber")->kind, BlockKind::kCaption);
  EXPECT_EQ(ReasonOf(x, "Another story"), DropReason::kBoilerplate);
  EXPECT_EQ(ReasonOf(x, "Great article"), DropReason::kBoilerplate);
  EXPECT_EQ(ReasonOf(x, "Copyright 2024"), DropReason::kBoilerplate);
  EXPECT_EQ(ReasonOf(x, "Big news today"), DropReason::kTitle);
  EXPECT_EQ(Find(x, "not text"), nullptr);  // script bodies are no blocks
  EXPECT_EQ(x.MainText().substr(0, 12), "The council ");
}

TEST(HtmlExtractTest, DecodesEntitiesWithExactSpans) {
  std::string html =
      "<html><body><article><p>Fish &amp; chips cost &#163;5&nbsp;&#x2014; "
      "a &ldquo;bargain&rdquo;,\n   they said, in the town of Leeds.</p>"
      "</article></body></html>";
  Result<HtmlExtraction> r = ExtractHtml(html);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  const TextBlock& b = r->blocks[0];
  EXPECT_TRUE(b.main);
  EXPECT_EQ(b.text,
            "Fish & chips cost \xC2\xA3"
            "5 \xE2\x80\x94 a \xE2\x80\x9C"
            "bargain\xE2\x80\x9D, they said, in the town of Leeds.");
  auto orig = [&](std::string_view piece) {
    uint32_t at = b.text.find(piece);
    return std::string(
        b.map.ToOriginal({at, static_cast<uint32_t>(at + piece.size())})
            .In(html));
  };
  EXPECT_EQ(orig("&"), "&amp;");
  EXPECT_EQ(orig("Fish & chips"), "Fish &amp; chips");
  EXPECT_EQ(orig("\xC2\xA3"), "&#163;");
  EXPECT_EQ(orig("\xE2\x80\x94"), "&#x2014;");
  EXPECT_EQ(orig("5 "), "5&nbsp;");
  EXPECT_EQ(orig("\xE2\x80\x9C"
                 "bargain\xE2\x80\x9D"),
            "&ldquo;bargain&rdquo;");
  EXPECT_EQ(orig(", they"), ",\n   they");
  Span all = b.map.ToOriginal({0, static_cast<uint32_t>(b.text.size())});
  EXPECT_EQ(all.In(html).substr(0, 4), "Fish");
  EXPECT_EQ(all.In(html).substr(all.size() - 6), "Leeds.");
}

TEST(HtmlExtractTest, BrSplitsBlocksAndInlineTagsJoinWords) {
  std::string html =
      "<html><body><div class=\"article-body\"><p>First line of the poem, "
      "long enough to count.<br>Second <b>line</b> of the <i>poem</i>, "
      "also long enough.</p></div></body></html>";
  Result<HtmlExtraction> r = ExtractHtml(html);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 2u);
  EXPECT_EQ(r->blocks[1].text, "Second line of the poem, also long enough.");
  const TextBlock& b = r->blocks[1];
  uint32_t at = b.text.find("line of the poem");
  EXPECT_EQ(b.map.ToOriginal({at, at + 16}).In(html),
            "line</b> of the <i>poem");
}

TEST(HtmlExtractTest, NoArticleBodyIsDataError) {
  for (std::string_view html :
       {"", "<html><head><title>x</title></head><body></body></html>",
        "<html><body><nav><a href=/>Home</a> <a href=/b>World</a></nav>"
        "<footer>Copyright</footer><script>var a = 1;</script></body></html>",
        "not html at all"}) {
    Result<HtmlExtraction> r = ExtractHtml(html);
    ASSERT_FALSE(r.ok()) << html;
    EXPECT_EQ(r.status().code(), StatusCode::kDataError);
    EXPECT_EQ(r.status().message(), "no article body found");
  }
}

TEST(HtmlExtractTest, SpansStayInsideMalformedPages) {
  for (std::string_view html :
       {"<p>unclosed &amp <b>bold &#9999999; text that goes on and on",
        "<p>a</p></span>b &unknown; c<!-- x --> d</p><p>\r\n\r\n</p>",
        "<div><p>x<table><td>y</div>z &#x41 &#65 &", "<"}) {
    Result<HtmlExtraction> r = ExtractHtml(html);
    if (!r.ok()) continue;
    for (const TextBlock& b : r->blocks) {
      Span s = b.map.ToOriginal({0, static_cast<uint32_t>(b.text.size())});
      EXPECT_LE(s.end, html.size());
      EXPECT_LE(s.begin, s.end);
    }
  }
}

TEST(HtmlAlignTest, MatchesEntitiesWhitespaceAndSkipsMarkup) {
  std::string_view page = "<p>a &lt; b</p><!-- a < b --><p>x\r\n  y</p>";
  HtmlAligner aligner(page, true);
  std::vector<AlignedPiece> pieces;
  EXPECT_TRUE(aligner.Align("a < b", &pieces));
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_TRUE(pieces[0].copy);
  EXPECT_EQ(page.substr(pieces[1].orig_begin,
                        pieces[1].orig_end - pieces[1].orig_begin),
            "&lt;");
  pieces.clear();
  EXPECT_TRUE(aligner.Align("x\n  y", &pieces));
  EXPECT_EQ(pieces.front().orig_begin, page.find("x\r\n"));
  EXPECT_EQ(pieces.back().orig_end, page.rfind('y') + 1);
}

TEST(HtmlAlignTest, FallbackStaysInRange) {
  std::string_view page = "<p>hello wor</p>";
  HtmlAligner aligner(page, true);
  std::vector<AlignedPiece> pieces;
  EXPECT_FALSE(aligner.Align("hello world", &pieces));
  uint32_t covered = 0;
  for (const AlignedPiece& p : pieces) {
    EXPECT_LE(p.orig_end, page.size());
    covered += p.content_len;
  }
  EXPECT_EQ(covered, 11u);
  pieces.clear();
  EXPECT_FALSE(aligner.Align("zzz", &pieces));
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_LE(pieces[0].orig_end, page.size());
}

TEST(HtmlAlignTest, UnmatchedTrailingSpaceStillAdvances) {
  std::string_view page = "<p>abc</p><p>def</p>";
  HtmlAligner aligner(page, true);
  std::vector<AlignedPiece> pieces;
  EXPECT_FALSE(aligner.Align("abc ", &pieces));  // no space in the page
  uint32_t covered = 0;
  for (const AlignedPiece& p : pieces) covered += p.content_len;
  EXPECT_EQ(covered, 4u);
  EXPECT_GE(aligner.cursor(), page.find("abc") + 3);
  pieces.clear();
  EXPECT_TRUE(aligner.Align("def", &pieces));
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_LE(pieces[0].orig_end, page.size());
}

TEST(ShingleF1Test, FollowsTheBenchmarkDefinition) {
  EXPECT_EQ(ShingleTokens("Don't stop-me, now_1 caf\xC3\xA9!"),
            (std::vector<std::string>{"Don", "t", "stop", "me", "now_1",
                                      "caf\xC3\xA9"}));
  ShingleCounts same = MatchShingles("a b c d e", "a b c d e");
  EXPECT_DOUBLE_EQ(ShingleF1(same), 1.0);
  ShingleCounts half = MatchShingles("a b c d e", "a b c d");
  EXPECT_DOUBLE_EQ(half.tp, 0.5);  // 1 of {abcd, bcde} found, none extra
  EXPECT_DOUBLE_EQ(half.fn, 0.5);
  EXPECT_DOUBLE_EQ(ShinglePrecision(half), 1.0);
  ShingleCounts shortt = MatchShingles("a b", "a b");  // one short shingle
  EXPECT_DOUBLE_EQ(shortt.tp, 1.0);
  ShingleCounts empty = MatchShingles("a b c d", "");
  EXPECT_DOUBLE_EQ(ShingleRecall(empty), 0.0);
  ShingleScore s = AggregateShingles({same, empty});
  EXPECT_DOUBLE_EQ(s.precision, 1.0);  // the empty prediction is skipped
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_NEAR(s.f1, 2 * 0.5 / 1.5, 1e-12);
}

std::string GunzipFile(const std::filesystem::path& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, n);
  gzclose(f);
  return out;
}

TEST(HtmlExtractTest, ScrapinghubF1OnThirtyPages) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "data/scrapinghub");
  simdjson::dom::parser parser;
  simdjson::dom::object truth;
  ASSERT_EQ(parser.load((dir / "ground-truth.json").string()).get(truth),
            simdjson::SUCCESS);
  std::vector<std::pair<std::string, std::string>> pages;
  for (auto [hash, item] : truth) {
    std::string_view body;
    if (item["articleBody"].get(body) != simdjson::SUCCESS) body = "";
    pages.emplace_back(std::string(hash), std::string(body));
  }
  std::sort(pages.begin(), pages.end());
  pages.resize(std::min<size_t>(pages.size(), 30));
  std::vector<ShingleCounts> counts;
  for (const auto& [hash, body] : pages) {
    std::string html = GunzipFile(dir / "html" / (hash + ".html.gz"));
    ASSERT_FALSE(html.empty()) << hash;
    Result<HtmlExtraction> r = ExtractHtml(html);
    counts.push_back(MatchShingles(body, r.ok() ? r->MainText() : ""));
  }
  ShingleScore score = AggregateShingles(counts);
  EXPECT_GE(score.f1, 0.90) << "P " << score.precision << " R " << score.recall;
}

}  // namespace
}  // namespace newsfuse
