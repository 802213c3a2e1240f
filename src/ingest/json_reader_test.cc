#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_testing.h"
#include "ingest/json_string.h"
#include "newsfuse/ingest.h"

namespace newsfuse {
namespace {

using ingest_testing::Bytes;
using ingest_testing::Collected;

// Each byte range of the body maps back to the JSON text that encodes it.
std::string Source(const Article& a, std::string_view piece) {
  size_t at = a.body.find(piece);
  EXPECT_NE(at, std::string::npos) << piece;
  Span s{static_cast<uint32_t>(at), static_cast<uint32_t>(at + piece.size())};
  return std::string(a.body_map.ToOriginal(s).In(a.original));
}

TEST(DecodeJsonStringTest, MapsEscapesToTheirWholeText) {
  std::string src = R"(x"a\nb\"c\u2019d\ud83d\ude00e\/"y)";
  std::string out;
  OffsetMap map;
  size_t end = ingest::DecodeJsonString(src, 1, &out, &map);
  EXPECT_EQ(end, src.size() - 1);
  EXPECT_EQ(out,
            "a\nb\"c\xE2\x80\x99"
            "d\xF0\x9F\x98\x80"
            "e/");
  EXPECT_EQ(map.derived_size(), out.size());
  EXPECT_EQ(map.ToOriginal({1, 2}).In(src), "\\n");
  EXPECT_EQ(map.ToOriginal({3, 4}).In(src), "\\\"");
  EXPECT_EQ(map.ToOriginal({5, 8}).In(src), "\\u2019");
  EXPECT_EQ(map.ToOriginal({9, 13}).In(src), "\\ud83d\\ude00");
  EXPECT_EQ(map.ToOriginal({0, 1}).In(src), "a");
  EXPECT_EQ(map.ToOriginal({8, 9}).In(src), "d");
}

TEST(DecodeJsonStringTest, LoneSurrogatesBecomeReplacementCharacters) {
  std::string src = R"("\ud800x\udc00")";
  std::string out;
  OffsetMap map;
  EXPECT_EQ(ingest::DecodeJsonString(src, 0, &out, &map), src.size());
  EXPECT_EQ(out, "\xEF\xBF\xBDx\xEF\xBF\xBD");
}

TEST(DecodeJsonStringTest, RejectsBadEscapesAndUnterminatedStrings) {
  std::string out;
  OffsetMap map;
  EXPECT_EQ(ingest::DecodeJsonString(R"("a\q")", 0, &out, &map),
            std::string_view::npos);
  EXPECT_EQ(ingest::DecodeJsonString(R"("a\u12")", 0, &out, &map),
            std::string_view::npos);
  EXPECT_EQ(ingest::DecodeJsonString(R"("abc)", 0, &out, &map),
            std::string_view::npos);
}

TEST(ReadJsonTest, NewsPleaseRecordWithNulls) {
  std::string json = R"({"authors": ["Ann Lee", "Bo Chan"], "date_publish":
    "2025-05-19 14:00:00", "language": "en", "source_domain": "apnews.com",
    "text": "Talks \u201cwent well\u201d,\nhe said.", "title": null,
    "title_page": "Leaders talk", "title_rss": null, "url":
    "https://apnews.com/x"})";
  Collected c = Bytes("dir/1.json", json);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.format, Format::kJson);
  EXPECT_EQ(a.original, json);
  EXPECT_EQ(a.body, "Talks \xE2\x80\x9Cwent well\xE2\x80\x9D,\nhe said.");
  EXPECT_EQ(a.title, "Leaders talk");
  EXPECT_EQ(a.outlet, "apnews.com");
  EXPECT_EQ(a.url, "https://apnews.com/x");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Chan"}));
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(a.published->ToIso8601(), "2025-05-19T14:00:00");
  EXPECT_EQ(Source(a, "\xE2\x80\x9Cwent"), "\\u201cwent");
  EXPECT_EQ(Source(a, ",\nhe"), ",\\nhe");
  EXPECT_EQ(Source(a, "said."), "said.");
}

TEST(ReadJsonTest, FieldAlternativesAndOutletObjects) {
  Collected c = Bytes("x.json", R"({"maintext": "", "content": "Second.",
    "articleBody": "Last.", "publisher": {"@type": "Org", "name": "BBC"},
    "author": "Jo Doe", "published_at": "May 19, 2025", "lang": "fr"})");
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.body, "Second.");  // first non-empty in field order
  EXPECT_EQ(a.outlet, "BBC");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Jo Doe"}));
  EXPECT_EQ(a.published->ToIso8601(), "2025-05-19");
  EXPECT_EQ(a.language, "fr");
}

TEST(ReadJsonTest, OutletFallsBackToUrlHostThenFileName) {
  Collected host =
      Bytes("x.json", R"({"body": "B", "url": "https://www.ft.com/a"})");
  ASSERT_EQ(host.articles.size(), 1u);
  EXPECT_EQ(host.articles[0].outlet, "ft.com");
  Collected name = Bytes("d/guardian.json", R"({"body": "B"})");
  ASSERT_EQ(name.articles.size(), 1u);
  EXPECT_EQ(name.articles[0].outlet, "guardian");
}

TEST(ReadJsonTest, JsonLinesRecordsKeepTheirLine) {
  std::string jsonl =
      "{\"text\": \"First \\\"quoted\\\" body.\"}\r\n"
      "\n"
      "{\"text\": \"Second: caf\\u00e9 \\ud83d\\ude00.\", \"title\": \"T2\"}\n";
  Collected c = Bytes("feed.jsonl", jsonl);
  ASSERT_EQ(c.articles.size(), 2u) << c.ErrorText();
  const Article& first = c.articles[0];
  EXPECT_EQ(first.record, 0u);
  EXPECT_EQ(first.line, 1u);
  EXPECT_EQ(first.original, "{\"text\": \"First \\\"quoted\\\" body.\"}");
  EXPECT_EQ(first.body, "First \"quoted\" body.");
  EXPECT_EQ(Source(first, "\"quoted\""), "\\\"quoted\\\"");
  const Article& second = c.articles[1];
  EXPECT_EQ(second.record, 1u);
  EXPECT_EQ(second.line, 3u);
  EXPECT_EQ(first.offset, 0u);
  EXPECT_EQ(second.offset, jsonl.find("{\"text\": \"Second"));
  EXPECT_EQ(jsonl.substr(second.offset, second.original.size()),
            second.original);
  EXPECT_EQ(second.id, MakeArticleId("feed.jsonl", 1));
  EXPECT_EQ(second.title, "T2");
  EXPECT_EQ(Source(second, "caf\xC3\xA9"), "caf\\u00e9");
  EXPECT_EQ(Source(second, "\xF0\x9F\x98\x80."), "\\ud83d\\ude00.");
}

TEST(ReadJsonTest, BadLinesAreReportedWithTheirLineNumber) {
  std::string jsonl =
      "{\"text\": \"one\"}\n"
      "{\"text\": \"two\"\n"
      "[1, 2]\n"
      "{\"title\": \"no body\"}\n"
      "{\"text\": null}\n"
      "{\"text\": \"six\"}\n";
  Collected c = Bytes("x.jsonl", jsonl);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[1].body, "six");
  EXPECT_EQ(c.articles[1].line, 6u);
  ASSERT_EQ(c.errors.size(), 4u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].message().rfind("x.jsonl:2: malformed JSON (", 0), 0u);
  EXPECT_EQ(c.errors[1].message(), "x.jsonl:3: JSON value is not an object");
  EXPECT_EQ(c.errors[2].message().rfind(
                "x.jsonl:4: JSON object has no body field (text, ", 0),
            0u);
  EXPECT_EQ(c.errors[3].message(),
            "x.jsonl:5: empty article (no body text and no title)");
  EXPECT_EQ(c.errors[0].code(), StatusCode::kDataError);
}

TEST(ReadJsonTest, MalformedSingleDocumentIsOneError) {
  Collected c = Bytes("x.json", "{\n  \"text\": \"a\",\n  \"title\": \n}\n");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message().rfind("x.json: malformed JSON (", 0), 0u)
      << c.errors[0].message();
  EXPECT_EQ(c.errors[0].message().find('\n'), std::string::npos);
}

TEST(ReadJsonTest, PrettyPrintedObjectAndJsonLinesInDotJson) {
  Collected pretty =
      Bytes("x.json", "{\n  \"text\": \"A\\tB\",\n  \"url\": null\n}\n");
  ASSERT_EQ(pretty.articles.size(), 1u) << pretty.ErrorText();
  EXPECT_EQ(pretty.articles[0].body, "A\tB");
  Collected lines = Bytes("x.json", "{\"text\": \"A\"}\n{\"text\": \"B\"}\n");
  ASSERT_EQ(lines.articles.size(), 2u) << lines.ErrorText();
  EXPECT_EQ(lines.articles[1].line, 2u);
}

TEST(ReadJsonTest, ArrayOfArticlesGivesOneArticlePerElement) {
  std::string json =
      "[\n {\"text\": \"A \\u00e9\"},\n {\"text\": \"B\"},\n"
      " {\"note\": 1}\n]";
  Collected c = Bytes("list.json", json);
  ASSERT_EQ(c.articles.size(), 2u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].original, "{\"text\": \"A \\u00e9\"}");
  EXPECT_EQ(c.articles[0].line, 2u);
  EXPECT_EQ(Source(c.articles[0], "\xC3\xA9"), "\\u00e9");
  EXPECT_EQ(c.articles[1].record, 1u);
  EXPECT_EQ(c.articles[1].line, 3u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message().rfind(
                "list.json:4: JSON object has no body field", 0),
            0u);
}

TEST(ReadJsonTest, ArrayOfAnnotationsIsOneError) {
  Collected c = Bytes("entity_mentions_1ecb.json",
                      R"([{"doc_id": "1_1ecb", "mention_context": ["a"]},
                          {"doc_id": "1_2ecb"}])");
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message(),
            "entity_mentions_1ecb.json: JSON array holds no article objects");
  EXPECT_EQ(Bytes("e.json", "[]").errors.size(), 1u);
}

TEST(ReadJsonTest, InvalidUtf8InStringsPassesThrough) {
  std::string json = "{\"text\": \"Caf\xE9 \\u00e9 ok\"}";
  Collected c = Bytes("x.json", json);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].body, "Caf\xE9 \xC3\xA9 ok");
  EXPECT_EQ(Source(c.articles[0], "Caf\xE9"), "Caf\xE9");
}

TEST(ReadJsonTest, ScalarTopLevelIsAnError) {
  Collected c = Bytes("x.json", "42");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message(), "x.json: JSON value is not an object");
}

}  // namespace
}  // namespace newsfuse

namespace newsfuse {
namespace {

TEST(ReadJsonTest, TitleOnlyRecordKeepsTitleAsBody) {
  std::string json = R"({"title": "The vote  was \"close\".", "text": ""})";
  Collected c = Bytes("one.json", json);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.title, "The vote was \"close\".");
  EXPECT_EQ(a.body, "The vote  was \"close\".");
  EXPECT_EQ(Source(a, "\"close\""), "\\\"close\\\"");
}

}  // namespace
}  // namespace newsfuse
