#include "newsfuse/ingest.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/detect.h"
#include "ingest/ingest_testing.h"

namespace newsfuse {
namespace {

using ingest_testing::Bytes;
using ingest_testing::Collected;
using ingest_testing::Gzip;

constexpr char kProse[] =
    "Leaders spoke on Monday.\nThe talks lasted two hours.\n";

TEST(MakeArticleIdTest, IsStableShortAndDistinct) {
  std::string id = MakeArticleId("corpus/x.txt", 0);
  EXPECT_EQ(id, MakeArticleId("corpus/x.txt", 0));
  ASSERT_EQ(id.size(), 11u);
  EXPECT_EQ(id[0], 'a');
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef", 1), std::string::npos);
  EXPECT_NE(id, MakeArticleId("corpus/x.txt", 1));
  EXPECT_NE(id, MakeArticleId("corpus/y.txt", 0));
}

TEST(ReadBytesTest, PlainTextBodyIsTheInputWithIdentityMap) {
  Collected c = Bytes("corpus/000_17affcf602927e6c.txt", kProse);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  const Article& a = c.articles[0];
  EXPECT_EQ(a.format, Format::kText);
  EXPECT_EQ(a.path, "corpus/000_17affcf602927e6c.txt");
  EXPECT_EQ(a.id, MakeArticleId("corpus/000_17affcf602927e6c.txt", 0));
  EXPECT_EQ(a.outlet, "000_17affcf602927e6c");
  EXPECT_EQ(a.original, kProse);
  EXPECT_EQ(a.body, kProse);
  EXPECT_TRUE(a.title.empty());
  EXPECT_EQ(a.record, 0u);
  Span talks{25, 34};  // "The talks"
  EXPECT_EQ(a.body_map.ToOriginal(talks).In(a.original), "The talks");
}

TEST(ReadBytesTest, MarkdownByExtensionAndOutletOverride) {
  IngestOptions options;
  options.outlet = "Reuters";
  Collected c = Bytes("notes/story.md", "# Title\n\nText here.\n", options);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].format, Format::kMarkdown);
  EXPECT_EQ(c.articles[0].outlet, "Reuters");
}

TEST(ReadBytesTest, StdinHasNoOutletUnlessGiven) {
  Collected c = Bytes("-", kProse);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].path, "-");
  EXPECT_EQ(c.articles[0].outlet, "");
}

TEST(ReadBytesTest, ByteOrderMarkIsKeptInOriginalButNotInBody) {
  std::string in = "\xEF\xBB\xBFHello world.\n";
  Collected c = Bytes("x.txt", in);
  ASSERT_EQ(c.articles.size(), 1u);
  const Article& a = c.articles[0];
  EXPECT_EQ(a.original, in);
  EXPECT_EQ(a.body, "Hello world.\n");
  EXPECT_EQ(a.body_map.ToOriginal({6, 11}).In(a.original), "world");
}

TEST(ReadBytesTest, InvalidUtf8PassesThrough) {
  std::string in =
      "Caf\xE9 au lait in K\xC3yiv.\n";  // Latin-1 and a stray byte
  Collected c = Bytes("x.txt", in);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].body, in);
}

TEST(ReadBytesTest, EmptyAndBlankInputsAreErrors) {
  Collected empty = Bytes("dir/x.txt", "");
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0].message(), "dir/x.txt: empty file");
  EXPECT_EQ(empty.errors[0].code(), StatusCode::kEmpty);
  Collected blank = Bytes("dir/y.txt", " \n\t\n");
  ASSERT_EQ(blank.errors.size(), 1u);
  EXPECT_EQ(blank.errors[0].message(),
            "dir/y.txt: empty file (whitespace only)");
  EXPECT_TRUE(blank.articles.empty());
}

TEST(ReadBytesTest, BinaryInputIsAnError) {
  Collected nul = Bytes("x.bin", std::string("ab\0cd", 5));
  ASSERT_EQ(nul.errors.size(), 1u);
  EXPECT_EQ(nul.errors[0].message(), "x.bin: binary file, not an article");
  std::string controls(100, '\x01');
  controls += "some text";
  EXPECT_EQ(Bytes("y.txt", controls).errors.size(), 1u);
}

// LooksBinary skips printable bytes sixteen at a time: put the bytes it
// counts at every offset of two such blocks and a tail.
TEST(LooksBinaryTest, FindsNulAndControlsAtEveryOffset) {
  for (size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\0';
    EXPECT_TRUE(ingest::LooksBinary(text)) << at;
    text[at] = '\n';  // whitespace never counts
    EXPECT_FALSE(ingest::LooksBinary(text)) << at;
    // 5 controls in 40 bytes is over 10%, 4 is not.
    std::string controls(40, 'a');
    for (size_t k = 0; k < 4; ++k) controls[(at + 9 * k) % 40] = '\x7f';
    EXPECT_FALSE(ingest::LooksBinary(controls)) << at;
    controls[(at + 36) % 40] = '\x01';
    EXPECT_TRUE(ingest::LooksBinary(controls)) << at;
  }
  EXPECT_FALSE(ingest::LooksBinary("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"));
}

TEST(ReadBytesTest, SniffsHtmlAndJsonWithoutExtension) {
  Collected html = Bytes("page",
                         "\n  <!DOCTYPE html><html><head><title>T"
                         "</title></head><body>x</body></html>");
  ASSERT_EQ(html.articles.size(), 1u);
  EXPECT_EQ(html.articles[0].format, Format::kHtml);
  EXPECT_EQ(html.articles[0].title, "T");
  Collected json = Bytes("record", R"({"text": "Body.", "title": "Hi"})");
  ASSERT_EQ(json.articles.size(), 1u);
  EXPECT_EQ(json.articles[0].format, Format::kJson);
  EXPECT_EQ(json.articles[0].body, "Body.");
  // Looks like JSON at first, but is prose.
  Collected text = Bytes("note", "[Reuters] Leaders met on Monday.");
  ASSERT_EQ(text.articles.size(), 1u) << text.ErrorText();
  EXPECT_EQ(text.articles[0].format, Format::kText);
}

TEST(ReadBytesTest, ForcedFormatWins) {
  IngestOptions options;
  options.format = Format::kText;
  Collected c = Bytes("page.html", "<p>Hello</p>", options);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].format, Format::kText);
  EXPECT_EQ(c.articles[0].body, "<p>Hello</p>");
  options.format = Format::kJson;
  Collected j =
      Bytes("data.txt", "{\"body\": \"B\"}\n{\"body\": \"C\"}\n", options);
  ASSERT_EQ(j.articles.size(), 2u) << j.ErrorText();
  EXPECT_EQ(j.articles[1].body, "C");
}

TEST(ReadBytesTest, GzippedInputIsDecompressed) {
  Collected c = Bytes("x.txt.gz", Gzip(kProse));
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].original, kProse);
  EXPECT_EQ(c.articles[0].outlet, "x");
  EXPECT_EQ(c.articles[0].format, Format::kText);
  // Gzip magic alone is enough; the name after ".gz" tells the format.
  Collected html = Bytes("page.html.gz", Gzip("<title>A</title>"));
  ASSERT_EQ(html.articles.size(), 1u);
  EXPECT_EQ(html.articles[0].format, Format::kHtml);
  Collected magic = Bytes("blob", Gzip(kProse));
  ASSERT_EQ(magic.articles.size(), 1u);
  EXPECT_EQ(magic.articles[0].body, kProse);
}

TEST(ReadBytesTest, CorruptGzipIsAnError) {
  std::string gz = Gzip(kProse);
  std::string truncated = gz.substr(0, gz.size() / 2);
  Collected c = Bytes("x.txt.gz", truncated);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message(), "x.txt.gz: corrupt gzip data (truncated)");
  std::string garbled = gz;
  garbled[3] = '\xff';  // reserved flag bits
  Collected g = Bytes("y.gz", garbled);
  ASSERT_EQ(g.errors.size(), 1u);
  EXPECT_EQ(g.errors[0].message().rfind("y.gz: corrupt gzip data (", 0), 0u)
      << g.errors[0].message();
}

}  // namespace
}  // namespace newsfuse
