#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>

#include "ingest/ingest_testing.h"
#include "newsfuse/ingest.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

using ingest_testing::Collected;
using ingest_testing::Gzip;
using ingest_testing::Path;
using ingest_testing::TempDir;

TEST(ReadPathTest, MissingPathIsNotFound) {
  TempDir dir;
  std::string missing = dir.Str() + "/nope.txt";
  Collected c = Path(missing);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message(), missing + ": no such file or directory");
  EXPECT_EQ(c.errors[0].code(), StatusCode::kNotFound);
}

TEST(ReadPathTest, SingleFileKeepsThePathAsGiven) {
  TempDir dir;
  std::string file = dir.Write("reuters.com.txt", "Some news.\n");
  Collected c = Path(file);
  ASSERT_EQ(c.articles.size(), 1u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].path, file);
  EXPECT_EQ(c.articles[0].outlet, "reuters.com");
  EXPECT_EQ(c.articles[0].body, "Some news.\n");
}

TEST(ReadPathTest, FolderIsReadRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("b.txt", "B text.");
  dir.Write("a.md", "A text.");
  dir.Write("sub/c.txt.gz", Gzip("C text."));
  dir.Write("sub/deeper/d.jsonl", "{\"text\":\"D1\"}\n{\"text\":\"D2\"}\n");
  dir.Write(".hidden.txt", "hidden");
  dir.Write(".git/e.txt", "hidden folder");
  dir.Write("README.md", "about this corpus");
  dir.Write("LICENSE.TXT", "licence");
  dir.Write("logo.png", std::string("\x89PNG\0", 5));
  std::string given = dir.Str() + "/";
  Collected c = Path(given);
  EXPECT_TRUE(c.errors.empty()) << c.ErrorText();
  ASSERT_EQ(c.articles.size(), 5u);
  EXPECT_EQ(c.articles[0].path, given + "a.md");
  EXPECT_EQ(c.articles[1].path, given + "b.txt");
  EXPECT_EQ(c.articles[2].path, given + "sub/c.txt.gz");
  EXPECT_EQ(c.articles[2].body, "C text.");
  EXPECT_EQ(c.articles[3].path, given + "sub/deeper/d.jsonl");
  EXPECT_EQ(c.articles[4].body, "D2");
  EXPECT_EQ(c.articles[4].line, 2u);
  EXPECT_EQ(c.articles[4].record, 1u);
}

TEST(ReadPathTest, FolderPathWithoutSlashIsJoinedWithOne) {
  TempDir dir;
  dir.Write("sub/x.txt", "X.");
  Collected c = Path(dir.Str());
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].path, dir.Str() + "/sub/x.txt");
}

TEST(ReadPathTest, FolderWithoutArticlesIsReported) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "empty");
  Collected c = Path(dir.Str() + "/empty");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message(), dir.Str() + "/empty/: no articles found");
  EXPECT_EQ(c.errors[0].code(), StatusCode::kEmpty);
}

TEST(ReadPathTest, BadFilesAreReportedAndTheRestIsRead) {
  TempDir dir;
  dir.Write("1.txt", "");
  dir.Write("2.bin", std::string("\0\1\2\3", 4));
  dir.Write("3.jsonl", "{\"text\":\"ok\"}\n{\"text\": \n{\"title\":\"t\"}\n");
  dir.Write("4.txt", "Good.");
  std::string given = dir.Str() + "/";
  Collected c = Path(given);
  ASSERT_EQ(c.articles.size(), 2u) << c.ErrorText();
  EXPECT_EQ(c.articles[0].body, "ok");
  EXPECT_EQ(c.articles[1].body, "Good.");
  ASSERT_EQ(c.errors.size(), 4u) << c.ErrorText();
  EXPECT_EQ(c.errors[0].message(), given + "1.txt: empty file");
  EXPECT_EQ(c.errors[1].message(),
            given + "2.bin: binary file, not an article");
  EXPECT_EQ(
      c.errors[2].message().rfind(given + "3.jsonl:2: malformed JSON (", 0), 0u)
      << c.errors[2].message();
  EXPECT_EQ(c.errors[3].message().rfind(
                given + "3.jsonl:3: JSON object has no body field", 0),
            0u)
      << c.errors[3].message();
  for (const Status& s : c.errors) {
    EXPECT_EQ(s.message().find('\n'), std::string::npos);
  }
}

TEST(ReadPathTest, UnreadableFileIsAnIoError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  TempDir dir;
  std::string file = dir.Write("secret.txt", "text");
  std::filesystem::permissions(file, std::filesystem::perms::none);
  Collected c = Path(file);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kIoError);
  EXPECT_EQ(c.errors[0].message(), file + ": cannot read (Permission denied)");
}

TEST(ReadPathTest, FileOverTheLimitIsRefusedWithoutReadingIt) {
  TempDir dir;
  std::string file = dir.Write("huge.txt", "x");
  std::filesystem::resize_file(file, (size_t{256} << 20) + 1);  // sparse
  Collected c = Path(file);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].message(), file + ": file is larger than 256 MiB");
}

TEST(ReadPathTest, SeedsFolderHoldsFiveTextArticles) {
  NEWSFUSE_SHARED_OR_SKIP(seeds, "seeds");
  Collected c = Path(seeds.string());
  EXPECT_TRUE(c.errors.empty()) << c.ErrorText();
  ASSERT_EQ(c.articles.size(), 5u);
  std::set<std::string> ids;
  for (const Article& a : c.articles) {
    EXPECT_EQ(a.format, Format::kText);
    EXPECT_EQ(a.body, a.original);
    EXPECT_GT(a.body.size(), 500u);
    EXPECT_EQ(a.path.substr(a.path.size() - 4), ".txt");
    ids.insert(a.id);
  }
  EXPECT_EQ(ids.size(), 5u);
  EXPECT_EQ(c.articles[0].outlet, "000_17affcf602927e6c");
}

TEST(ReadPathTest, EcbPlusDevHolds772Articles) {
  NEWSFUSE_SHARED_OR_SKIP(ecb, "data/ecbplus-dev");
  Collected c = Path(ecb.string());
  EXPECT_EQ(c.articles.size(), 772u);
  for (const Status& s : c.errors) {  // only the annotation files
    EXPECT_NE(s.message().find("_mentions_"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find(": JSON array holds no article objects"),
              std::string::npos)
        << s.message();
  }
  EXPECT_FALSE(c.errors.empty());
  size_t titled = 0, title_only = 0;
  for (const Article& a : c.articles) {
    EXPECT_EQ(a.format, Format::kJson);
    EXPECT_FALSE(a.body.empty() && a.title.empty()) << a.path;
    title_only += a.body.empty();
    EXPECT_FALSE(a.outlet.empty()) << a.path;
    EXPECT_EQ(a.body_map.derived_size(), a.body.size());
    titled += !a.title.empty();
  }
  EXPECT_GT(titled, 700u);
  EXPECT_LT(title_only, 100u);  // one-sentence documents: "text" is ""
  const Article& first = c.articles[0];
  EXPECT_EQ(first.path, ecb.string() + "/10ecb/10_1ecb.json");
  EXPECT_EQ(first.outlet, "10_1ecb");
  EXPECT_EQ(first.language, "en");
  EXPECT_EQ(first.body.rfind("The dollar amount was unspecified", 0), 0u);
}

}  // namespace
}  // namespace newsfuse
