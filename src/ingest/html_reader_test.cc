#include "ingest/html_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_testing.h"
#include "newsfuse/ingest.h"

namespace newsfuse {
namespace {

using ingest_testing::Bytes;
using ingest_testing::Collected;

constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Leaders talk for two hours | Daily Planet</title>
  <meta property="og:title" content="Leaders  talk for two hours">
  <meta property="og:site_name" content="Daily Planet">
  <meta property="og:url" content="https://www.dailyplanet.example/world/talks">
  <meta property="article:published_time" content="2025-05-19T14:00:00+03:00">
  <meta property="article:author" content="https://www.dailyplanet.example/staff/lois">
  <meta name="author" content="Lois Lane">
  <link rel="canonical" href="https://dailyplanet.example/canonical">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "name": "Daily Planet"},
    {"@type": ["ReportageNewsArticle"], "headline": "LD headline",
     "datePublished": "2025-05-18T09:00:00Z",
     "author": [{"@type": "Person", "name": "Lois Lane"},
                {"@type": "Person", "name": "Clark Kent"}],
     "publisher": {"@type": "Organization", "name": "Planet Media"}}
  ]}
  </script>
</head>
<body><h1>Leaders talk</h1><p>Caf&eacute; text &amp; more.</p></body>
</html>
)";

TEST(ReadHtmlTest, ReadsOpenGraphAndJsonLdMetadata) {
  Collected c = Bytes("pages/talks.html", kPage);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.format, Format::kHtml);
  EXPECT_EQ(a.original, kPage);
  EXPECT_TRUE(a.body.empty());  // clean extracts the text
  EXPECT_EQ(a.title, "Leaders talk for two hours");
  EXPECT_EQ(a.outlet, "Daily Planet");
  EXPECT_EQ(a.url, "https://www.dailyplanet.example/world/talks");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->ToIso8601(), "2025-05-19T14:00:00+03:00");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Lois Lane", "Clark Kent"}));
  EXPECT_EQ(a.language, "en-GB");
}

TEST(ReadHtmlTest, FallsBackToTitleTagCanonicalAndJsonLdDate) {
  std::string page = R"(<html><head>
    <title>Quake hits coast - The Courier</title>
    <meta name="application-name" content="The Courier">
    <meta property="og:locale" content="pt_BR">
    <link rel="canonical" href="https://news.courier.example/quake">
    <script type="application/ld+json">[{"@type": "Organization"},
      {"@type": "NewsArticle", "datePublished": "2025-05-18",
       "author": {"name": "Ana Souza"}}]</script>
    </head><body><h1>Other</h1></body></html>)";
  Collected c = Bytes("x.html", page);
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.title, "Quake hits coast");
  EXPECT_EQ(a.outlet, "The Courier");
  EXPECT_EQ(a.url, "https://news.courier.example/quake");
  EXPECT_EQ(a.published->ToIso8601(), "2025-05-18");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ana Souza"}));
  EXPECT_EQ(a.language, "pt-BR");
}

TEST(ReadHtmlTest, SiteSuffixLeavesOpenGraphTitleAndUrlSiteNameIsAHost) {
  Collected c = Bytes("x.html", R"(<meta property="og:title"
      content="Bike review | MoreBikes"><meta property="og:site_name"
      content="MoreBikes"><meta name="application-name" content="x">)");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Bike review");
  Collected url = Bytes("y.html", R"(<meta property="og:site_name"
      content="https://www.newsnation.in">)");
  ASSERT_EQ(url.articles.size(), 1u);
  EXPECT_EQ(url.articles[0].outlet, "newsnation.in");
}

TEST(ReadHtmlTest, TitleSuffixIsKeptWhenItIsNotTheSiteName) {
  Collected c = Bytes("x.html", "<title>Left - Right</title>");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Left - Right");
}

TEST(ReadHtmlTest, H1MetaDateTimeAndUrlHost) {
  std::string page = R"(<html><head>
    <meta name="pubdate" content="not a date">
    <meta property="og:url" content="https://www.example.org/a/b?c=d">
    <meta http-equiv="Content-Language" content="de, en">
    </head><body><article><h1> Big
    headline </h1><time datetime="2025-05-19T08:30">Monday</time>
    </article></body></html>)";
  Collected c = Bytes("x.htm", page);
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.title, "Big headline");
  EXPECT_EQ(a.outlet, "example.org");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->ToIso8601(), "2025-05-19T08:30:00");
  EXPECT_EQ(a.language, "de");
}

TEST(ReadHtmlTest, DeclaredCharsetIsRespected) {
  std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" "
      "content=\"text/html; charset=iso-8859-1\">"
      "<title>Caf\xE9 news</title></head></html>";
  Collected c = Bytes("x.html", page);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Caf\xC3\xA9 news");
  EXPECT_EQ(c.articles[0].original, page);  // bytes as read
}

TEST(ReadHtmlTest, UndeclaredCharsetIsUtf8) {
  Collected c = Bytes("x.html", "<title>Caf\xC3\xA9 \xE2\x80\x94 news</title>");
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "Caf\xC3\xA9 \xE2\x80\x94 news");
}

TEST(ReadHtmlTest, BrokenMarkupAndJsonLdDoNotFail) {
  std::string page =
      "<html><head><script type=\"application/ld+json\">"
      "{\"@type\": \"NewsArticle\", </script><title>T<b>"
      "</head><body><div><p>unclosed";
  Collected c = Bytes("x.html", page);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].outlet, "x");  // nothing better known
}

TEST(ReadJsonLdTest, FindsArticleInNestedGraphOnly) {
  ingest::HtmlMetadata meta;
  ingest::ReadJsonLd(R"(<!-- {"@graph": [{"@type": "BreadcrumbList"},
      {"@type": "OpinionNewsArticle", "headline": "H",
       "author": "Sam Roe", "publisher": "Gazette"}]} -->)",
                     &meta);
  EXPECT_EQ(meta.ld_headline, "H");
  EXPECT_EQ(meta.ld_authors, (std::vector<std::string>{"Sam Roe"}));
  EXPECT_EQ(meta.ld_publisher, "Gazette");
  ingest::HtmlMetadata none;
  ingest::ReadJsonLd(R"({"@type": "WebPage", "headline": "No"})", &none);
  EXPECT_TRUE(none.ld_headline.empty());
}

}  // namespace
}  // namespace newsfuse
