// End-to-end tests of `newsfuse analyze` and `newsfuse bench` through the
// real binary, on the bundled example corpus, the seeds and bad input.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <map>
#include <set>

#include "tests/run_cli.h"
#include "tests/testing.h"

namespace newsfuse::testing {
namespace {

using nlohmann::json;

std::map<std::string, json> ByFile(const std::vector<json>& articles) {
  std::map<std::string, json> m;
  for (const json& a : articles) {
    std::string p = a["path"];
    m[p.substr(p.find_last_of('/') + 1) + "#" +
      std::to_string(a["record"].get<int>())] = a;
  }
  return m;
}

std::multiset<std::string> Reasons(const json& a) {
  std::multiset<std::string> r;
  for (const json& d : a["dropped"]) r.insert(d["reason"].get<std::string>());
  return r;
}

bool HasDropped(const json& a, const std::string& reason,
                const std::string& contains) {
  for (const json& d : a["dropped"]) {
    if (d["reason"] == reason &&
        d["text"].get<std::string>().find(contains) != std::string::npos) {
      return true;
    }
  }
  return false;
}

class ExampleCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    result_ = new CliResult(RunCli({"analyze", "examples/corpus"}));
    articles_ =
        new std::map<std::string, json>(ByFile(ParseJsonl(result_->out)));
  }
  static CliResult* result_;
  static std::map<std::string, json>* articles_;
};
CliResult* ExampleCorpusTest::result_;
std::map<std::string, json>* ExampleCorpusTest::articles_;

TEST_F(ExampleCorpusTest, ReadsAllSixArticlesCleanly) {
  EXPECT_EQ(result_->exit_code, 0) << result_->err;
  EXPECT_EQ(articles_->size(), 6u);
  std::set<std::string> ids;
  for (const auto& [name, a] : *articles_) {
    ids.insert(a["id"].get<std::string>());
    EXPECT_EQ(a["schema"], "newsfuse.article/1");
    EXPECT_FALSE(a["sentences"].empty()) << name;
    EXPECT_EQ(a["path"].get<std::string>().rfind("examples/corpus/", 0), 0u);
  }
  EXPECT_EQ(ids.size(), 6u);
}

TEST_F(ExampleCorpusTest, HtmlMetadataAndBoilerplate) {
  const json& a = articles_->at("harbour-times.html#0");
  EXPECT_EQ(a["format"], "html");
  EXPECT_EQ(a["outlet"], "The Harbour Times");
  EXPECT_EQ(a["title"], "Kestrel Star survivors describe night on Lake Orrin");
  EXPECT_EQ(a["published"], "2026-03-10T09:15:00+01:00");
  EXPECT_EQ(a["url"],
            "https://harbourtimes.example/2026/03/10/kestrel-star-survivors");
  EXPECT_EQ(a["authors"], json::array({"Petra Lindqvist"}));
  EXPECT_EQ(a["language"], "en");
  std::string text = a["text"];
  EXPECT_NE(text.find("\u201CThe lights went out"), std::string::npos);
  EXPECT_NE(text.find("begin next week & report"), std::string::npos);
  for (const char* gone : {"cookies", "Share on Facebook", "Related stories",
                           "All rights reserved", "Photo: Harbour Times"}) {
    EXPECT_EQ(text.find(gone), std::string::npos) << gone;
  }
  EXPECT_TRUE(HasDropped(a, "caption", "Rescue boats"));
  EXPECT_TRUE(HasDropped(a, "heading", "Questions over safety"));
  EXPECT_FALSE(a["dropped"].empty());
}

TEST_F(ExampleCorpusTest, SpansPointAtTheInputBytes) {
  for (const auto& [name, a] : *articles_) {
    std::string bytes =
        ReadFileOrDie(SourceDir() / a["path"].get<std::string>());
    for (const json& s : a["sentences"]) {
      size_t b = s["span"][0], e = s["span"][1];
      ASSERT_LE(e, bytes.size()) << name;
      ASSERT_LT(b, e) << name;
      std::string raw = bytes.substr(b, e - b);
      std::string sent = s["text"];
      // The first and last words of the sentence are in its input bytes
      // (entities and JSON escapes may sit between them).
      std::string first = sent.substr(0, sent.find(' '));
      std::string last = sent.substr(sent.find_last_of(' ') + 1);
      if (first.find_first_of("\"\u201C&") != std::string::npos) continue;
      EXPECT_EQ(raw.rfind(first, 0), 0u) << name << ": " << raw;
      EXPECT_NE(raw.find(last.substr(0, 3)), std::string::npos) << name;
    }
  }
  // Exactness where no escaping is involved: the text file is copied.
  const json& w = articles_->at("northport-wire.txt#0");
  std::string bytes = ReadFileOrDie(SourceDir() / w["path"].get<std::string>());
  for (const json& s : w["sentences"]) {
    size_t b = s["span"][0], e = s["span"][1];
    EXPECT_EQ(bytes.substr(b, e - b), s["text"].get<std::string>());
  }
}

TEST_F(ExampleCorpusTest, TextBoilerplateIsSetAsideWithReasons) {
  const json& wire = articles_->at("northport-wire.txt#0");
  EXPECT_EQ(wire["title"], "Ferry capsizes on Lake Orrin, at least 14 dead");
  EXPECT_TRUE(HasDropped(wire, "title", "Ferry capsizes"));
  EXPECT_TRUE(HasDropped(wire, "dateline", "DUNMORE"));
  EXPECT_EQ(wire["text"].get<std::string>().rfind("A passenger ferry", 0), 0u);

  const json& copy = articles_->at("coastal-daily.txt#0");
  EXPECT_TRUE(HasDropped(copy, "share", "Share this story"));
  EXPECT_TRUE(HasDropped(copy, "agency-credit", "Northport Wire contributed"));

  const json& md = articles_->at("lakeside-post.md#0");
  EXPECT_EQ(md["title"],
            "Families wait at Dunmore port as ferry death toll rises");
  EXPECT_TRUE(HasDropped(md, "heading", "What we know"));
  EXPECT_TRUE(HasDropped(md, "promo", "WhatsApp"));
  EXPECT_TRUE(HasDropped(md, "byline", "Lakeside Post newsroom"));
  std::string text = md["text"];
  EXPECT_NE(text.find("rose to 17"), std::string::npos);
  EXPECT_EQ(text.find("**"), std::string::npos);
  EXPECT_NE(text.find("told the Valdorian parliament on Tuesday"),
            std::string::npos);

  const json& today = articles_->at("wire-feeds.jsonl#0");
  EXPECT_TRUE(HasDropped(today, "promo", "Sign up for our morning briefing"));
}

TEST_F(ExampleCorpusTest, JsonlMetadata) {
  const json& a = articles_->at("wire-feeds.jsonl#0");
  EXPECT_EQ(a["format"], "json");
  EXPECT_EQ(a["line"], 1);
  EXPECT_EQ(a["outlet"], "valdoriatoday.example");
  EXPECT_EQ(a["published"], "2026-03-10T18:05:00");
  EXPECT_EQ(a["authors"], json::array({"Anna Kovac"}));
  const json& b = articles_->at("wire-feeds.jsonl#1");
  EXPECT_EQ(b["line"], 2);
  EXPECT_EQ(b["outlet"], "Evening Ledger");
  EXPECT_EQ(b["published"], "2026-03-11T07:30:00+01:00");
  EXPECT_EQ(b["authors"], json::array({"Jonas Feld"}));
  EXPECT_EQ(b["sentences"].size(), 4u);
}

TEST(CliTest, EveryCommandHasHelp) {
  for (const char* cmd : {"analyze", "bench"}) {
    CliResult r = RunCli({cmd, "--help"});
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_NE(r.out.find("Usage: newsfuse " + std::string(cmd)),
              std::string::npos);
    EXPECT_NE(r.out.find("--outlet NAME"), std::string::npos);
  }
  CliResult top = RunCli({"--help"});
  EXPECT_EQ(top.exit_code, 0);
  EXPECT_NE(top.out.find("analyze"), std::string::npos);
  CliResult bad = RunCli({"analyze", "--bogus", "x"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown flag --bogus"), std::string::npos);
}

TEST(CliTest, ReadsStdinWithOutletFlag) {
  CliResult r = RunCli({"analyze", "--outlet", "Desk", "-"},
                       "Officials met on Monday. They agreed on a plan.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> v = ParseJsonl(r.out);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]["path"], "-");
  EXPECT_EQ(v[0]["outlet"], "Desk");
  EXPECT_EQ(v[0]["sentences"].size(), 2u);
}

TEST(CliTest, PublishedFlagAnchorsTimes) {
  const char* text = "Officials met on Monday. They talk again tomorrow.\n";
  CliResult r = RunCli({"analyze", "--published", "2025-05-21", "-"}, text);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> v = ParseJsonl(r.out);
  ASSERT_EQ(v.size(), 1u);
  const json& times = v[0]["times"];
  ASSERT_EQ(times.size(), 2u);
  EXPECT_EQ(times[0]["text"], "Monday");
  EXPECT_EQ(times[0]["value"], "2025-05-19");
  EXPECT_EQ(times[0]["day_offset"], -2);
  EXPECT_EQ(times[1]["value"], "2025-05-22");
  // Without the flag: unresolved, the offset still known.
  r = RunCli({"analyze", "-"}, text);
  v = ParseJsonl(r.out);
  EXPECT_TRUE(v[0]["times"][1]["value"].is_null());
  EXPECT_EQ(v[0]["times"][1]["day_offset"], 1);
  CliResult bad = RunCli({"analyze", "--published", "someday", "-"}, text);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--published"), std::string::npos);
}

TEST(CliTest, ReadsGzipFiles) {
  std::filesystem::path dir = MakeTempDir("gz");
  std::string path = (dir / "story.txt.gz").string();
  gzFile f = gzopen(path.c_str(), "wb");
  std::string text =
      "The bridge reopened on Friday. Traffic resumed at 6 a.m.\n";
  gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
  gzclose(f);
  CliResult r = RunCli({"analyze", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> v = ParseJsonl(r.out);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0]["sentences"].size(), 2u);
  EXPECT_EQ(v[0]["sentences"][1]["text"], "Traffic resumed at 6 a.m.");
  std::filesystem::remove_all(dir);
}

// Each bad input gets one line on stderr naming it; good ones still come out.
class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir("bad");
    WriteFile(dir_ / "good.txt",
              "The council approved the budget. It passed 7 to 2.\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Runs analyze on good.txt and `bad`; checks exit 1, one error line naming
  // `bad` containing `problem`, and the good article still in the output.
  void ExpectOneError(const std::string& bad, const std::string& problem) {
    CliResult r = RunCli({"analyze", (dir_ / "good.txt").string(), bad});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(bad), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(problem), std::string::npos) << r.err;
    std::vector<json> v = ParseJsonl(r.out);
    ASSERT_GE(v.size(), 1u);
    EXPECT_NE(v[0]["path"].get<std::string>().find("good.txt"),
              std::string::npos);
  }
  std::filesystem::path dir_;
};

TEST_F(BadInputTest, MissingFile) {
  ExpectOneError((dir_ / "nope.txt").string(), "no such file");
}

TEST_F(BadInputTest, FolderWithNoArticles) {
  std::filesystem::create_directories(dir_ / "empty");
  ExpectOneError((dir_ / "empty").string(), "no articles");
}

TEST_F(BadInputTest, BinaryFile) {
  WriteFile(dir_ / "blob.txt", std::string("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\0",
                                           12) +
                                   std::string(200, '\0'));
  ExpectOneError((dir_ / "blob.txt").string(), "binary");
}

TEST_F(BadInputTest, EmptyArticle) {
  WriteFile(dir_ / "empty.txt", " \n\n");
  ExpectOneError((dir_ / "empty.txt").string(), "empty");
}

TEST_F(BadInputTest, HtmlWithoutArticleBody) {
  WriteFile(dir_ / "nav.html",
            "<html><body><nav><a href='/'>Home</a></nav></body></html>");
  ExpectOneError((dir_ / "nav.html").string(), "no article body");
}

TEST_F(BadInputTest, MalformedJsonLineNamesTheLine) {
  WriteFile(dir_ / "feed.jsonl",
            "{\"title\": \"A\", \"text\": \"Rain fell on Tuesday.\"}\n"
            "{\"title\": \"B\", \"text\": \n"
            "{\"title\": \"C\", \"text\": \"Snow fell on Wednesday.\"}\n");
  CliResult r = RunCli({"analyze", (dir_ / "feed.jsonl").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("feed.jsonl:2:"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  std::vector<json> v = ParseJsonl(r.out);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1]["line"], 3);
}

TEST_F(BadInputTest, InvalidUtf8IsRepairedWithAWarning) {
  WriteFile(dir_ / "latin1.txt", "The caf\xE9 reopened on Monday.\n");
  CliResult r = RunCli({"analyze", (dir_ / "latin1.txt").string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning"), std::string::npos);
  EXPECT_NE(r.err.find("invalid UTF-8"), std::string::npos);
  std::vector<json> v = ParseJsonl(r.out);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_NE(v[0]["text"].get<std::string>().find("caf\uFFFD reopened"),
            std::string::npos);
  EXPECT_EQ(v[0]["warnings"].size(), 1u);
}

TEST(CliTest, BenchReportsThroughputAndMemory) {
  CliResult r = RunCli({"bench", "--json", "examples/corpus"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_EQ(j["articles"], 6);
  EXPECT_GT(j["bytes"].get<double>(), 5000);
  EXPECT_GT(j["mb_per_s"].get<double>(), 0);
  EXPECT_GT(j["peak_rss_mib"].get<double>(), 0);
}

// The reference case: every boilerplate line of the seeds is set aside and
// no prose line is.
TEST(SeedsTest, BoilerplateDroppedAndProseKept) {
  NEWSFUSE_SHARED_OR_SKIP(seeds, "seeds");
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(seeds)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  ASSERT_EQ(paths.size(), 5u);
  std::vector<std::string> args = {"analyze"};
  args.insert(args.end(), paths.begin(), paths.end());
  CliResult r = RunCli(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> v = ParseJsonl(r.out);
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(Reasons(v[0]).size(), 0u);
  EXPECT_EQ(Reasons(v[1]).count("heading"), 2u);
  EXPECT_TRUE(HasDropped(v[2], "share", "Share this"));
  EXPECT_TRUE(
      HasDropped(v[2], "agency-credit", "Associated Press contributed"));
  EXPECT_EQ(Reasons(v[2]).count("heading"), 2u);
  EXPECT_EQ(Reasons(v[3]).count("promo"), 2u);
  EXPECT_EQ(Reasons(v[3]).count("title"), 1u);
  EXPECT_EQ(Reasons(v[4]).count("title"), 1u);
  EXPECT_EQ(Reasons(v[4]).count("heading"), 1u);
  EXPECT_TRUE(HasDropped(v[4], "agency-credit", "Xinhua"));
  for (const json& a : v) {
    for (const json& d : a["dropped"]) {
      std::string t = d["text"];
      if (d["reason"] == "agency-credit" || d["reason"] == "dateline") continue;
      char last = t.back();
      EXPECT_TRUE(last != '.' && last != '"') << "prose dropped: " << t;
    }
    for (const json& s : a["sentences"]) {
      std::string t = s["text"];
      EXPECT_FALSE(t[0] >= 'a' && t[0] <= 'z') << "starts mid-sentence: " << t;
      EXPECT_FALSE(t.size() >= 4 && t.substr(t.size() - 4) == "U.S.")
          << "split after an abbreviation: " << t;
    }
  }
}

}  // namespace
}  // namespace newsfuse::testing
