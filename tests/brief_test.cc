// End-to-end tests of `newsfuse brief` through the real binary.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "tests/run_cli.h"
#include "tests/testing.h"

namespace newsfuse::testing {
namespace {

using nlohmann::json;

json Brief(const std::vector<std::string>& paths, int* exit_code = nullptr,
           std::string* err = nullptr) {
  std::vector<std::string> args = {"brief", "--format", "json"};
  args.insert(args.end(), paths.begin(), paths.end());
  CliResult r = RunCli(args);
  if (exit_code) *exit_code = r.exit_code;
  if (err) *err = r.err;
  json j = json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << r.err;
  return j;
}

int Words(const std::string& s) {
  std::istringstream in(s);
  std::string w;
  int n = 0;
  while (in >> w) ++n;
  return n;
}

const json* ArticleNamed(const json& story, const std::string& file) {
  for (const json& a : story["articles"]) {
    std::string p = a["path"];
    if (p.size() >= file.size() &&
        p.compare(p.size() - file.size(), file.size(), file) == 0) {
      return &a;
    }
  }
  return nullptr;
}

// The invariants every brief keeps, whatever its input.
void ExpectWellFormed(const json& story, int words) {
  std::set<std::string> ids, dropped;
  for (const json& a : story["articles"]) ids.insert(a["id"].get<std::string>());
  for (const json& d : story["dropped"]) dropped.insert(d["text"].get<std::string>());
  for (const char* key : {"entities", "quotes", "discrepancies", "timeline"}) {
    EXPECT_TRUE(story[key].is_array()) << key;
  }
  int total = 0, last = 0;
  for (const json& s : story["summary"]) {
    std::string text = s["text"];
    EXPECT_EQ(text, s["from"]["text"]) << "not verbatim: " << text;
    EXPECT_EQ(dropped.count(text), 0u) << "dropped line in summary: " << text;
    std::vector<std::string> src = s["sources"];
    EXPECT_NE(std::find(src.begin(), src.end(), s["from"]["article"]), src.end());
    last = Words(text);
    total += last;
  }
  EXPECT_LE(total - last, words) << "summary runs past its budget";
  for (const json& f : story["facts"]) {
    std::set<std::string> src = f["sources"].get<std::set<std::string>>();
    EXPECT_LE(f["independent_sources"].get<size_t>(), src.size());
    EXPECT_GE(f["independent_sources"].get<int>(), 1);
    EXPECT_EQ(f["single_source"].get<bool>(), f["independent_sources"] == 1);
    for (const std::string& id : src) EXPECT_EQ(ids.count(id), 1u);
  }
  EXPECT_EQ(story["coverage"].size(), ids.size());
}

TEST(BriefTest, ExampleCorpusIsOneStoryWithTheWireCopyCountedOnce) {
  int code = 0;
  std::string err;
  json j = Brief({"examples/corpus"}, &code, &err);
  ASSERT_EQ(code, 0) << err;
  EXPECT_EQ(j["schema"], "newsfuse.brief/1");
  ASSERT_EQ(j["stories"].size(), 1u);
  const json& story = j["stories"][0];
  EXPECT_EQ(story["articles"].size(), 6u);
  ExpectWellFormed(story, 120);
  const json* wire = ArticleNamed(story, "northport-wire.txt");
  const json* copy = ArticleNamed(story, "coastal-daily.txt");
  ASSERT_TRUE(wire && copy);
  EXPECT_EQ((*wire)["origin"], (*copy)["origin"]);
  std::set<std::string> origins;
  for (const json& a : story["articles"]) origins.insert(a["origin"].get<std::string>());
  EXPECT_EQ(origins.size(), 5u);
  // A fact both the wire and its reprint state counts their origin once.
  bool checked = false;
  for (const json& f : story["facts"]) {
    std::set<std::string> src = f["sources"].get<std::set<std::string>>();
    if (src.count((*wire)["id"]) && src.count((*copy)["id"])) {
      EXPECT_EQ(f["independent_sources"].get<size_t>(), src.size() - 1);
      checked = true;
    }
  }
  EXPECT_TRUE(checked) << "no fact shared by the wire and its reprint";
  ASSERT_FALSE(story["summary"].empty());
  // A summary sentence says whether its fact rests on one outlet.
  for (const json& s : story["summary"]) {
    for (const json& f : story["facts"]) {
      if (f["id"] == s["fact"]) EXPECT_EQ(s["single_source"], f["single_source"]);
    }
  }
  EXPECT_FALSE(story["why"].get<std::string>().empty());
}

TEST(BriefTest, SameFileTwiceDoesNotInflateCorroboration) {
  std::filesystem::path dir = MakeTempDir("twice");
  std::string text = ReadFileOrDie(SourceDir() / "examples/corpus/northport-wire.txt");
  WriteFile(dir / "a.txt", text);
  WriteFile(dir / "b.txt", text);
  json j = Brief({(dir / "a.txt").string(), (dir / "b.txt").string(),
                  (dir / "a.txt").string()});
  ASSERT_EQ(j["stories"].size(), 1u);
  const json& story = j["stories"][0];
  EXPECT_EQ(story["articles"].size(), 2u);  // the repeated path is read once
  EXPECT_EQ(story["articles"][0]["origin"], story["articles"][1]["origin"]);
  for (const json& f : story["facts"]) {
    EXPECT_EQ(f["independent_sources"], 1) << f["text"];
  }
  std::filesystem::remove_all(dir);
}

TEST(BriefTest, OneArticleGivesOneStorySummarizingIt) {
  json j = Brief({"examples/corpus/harbour-times.html"});
  ASSERT_EQ(j["stories"].size(), 1u);
  const json& story = j["stories"][0];
  ExpectWellFormed(story, 120);
  ASSERT_FALSE(story["summary"].empty());
  for (const json& s : story["summary"]) {
    EXPECT_EQ(s["from"]["article"], story["articles"][0]["id"]);
    EXPECT_EQ(s["single_source"], true);
  }
}

TEST(BriefTest, WordBudgetIsRespected) {
  CliResult r = RunCli({"brief", "--format", "json", "--words", "40",
                        "examples/corpus"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ExpectWellFormed(json::parse(r.out)["stories"][0], 40);
}

TEST(BriefTest, MarkdownAndHtmlReports) {
  CliResult md = RunCli({"brief", "examples/corpus"});
  ASSERT_EQ(md.exit_code, 0) << md.err;
  for (const char* part : {"### Summary", "### Facts", "### Coverage",
                           "### Articles", "### Dropped lines", "[1]"}) {
    EXPECT_NE(md.out.find(part), std::string::npos) << part;
  }
  std::filesystem::path dir = MakeTempDir("html");
  WriteFile(dir / "x.txt",
            "Officials said <script>alert(1)</script> the dam held on Friday.\n"
            "Engineers inspected the dam on Saturday and found no cracks.\n");
  std::string page = (dir / "brief.html").string();
  CliResult html = RunCli({"brief", "--format", "html", "--output", page,
                           (dir / "x.txt").string()});
  ASSERT_EQ(html.exit_code, 0) << html.err;
  std::string h = ReadFileOrDie(page);
  EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(h.find("<script>alert"), std::string::npos);
  EXPECT_NE(h.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  for (const char* external : {"<link", "<script", "src=\"http", "@import"}) {
    EXPECT_EQ(h.find(external), std::string::npos) << external;
  }
  EXPECT_NE(h.find("class=\"cite\" href=\"#st1-a1-s"), std::string::npos);
  EXPECT_NE(h.find("(single source)"), std::string::npos);  // one article
  CliResult one = RunCli({"brief", (dir / "x.txt").string()});
  EXPECT_NE(one.out.find("*(single source)*"), std::string::npos) << one.out;
  std::filesystem::remove_all(dir);
}

TEST(BriefTest, BadFormatIsAUsageError) {
  CliResult r = RunCli({"brief", "--format", "pdf", "examples/corpus"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format must be"), std::string::npos);
}

TEST(SeedsBriefTest, OneStoryHoldingAllFive) {
  NEWSFUSE_SHARED_OR_SKIP(seeds, "seeds");
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(seeds)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  int code = 0;
  json j = Brief(paths, &code);
  EXPECT_EQ(code, 0);
  ASSERT_EQ(j["stories"].size(), 1u);
  const json& story = j["stories"][0];
  EXPECT_EQ(story["articles"].size(), 5u);
  ExpectWellFormed(story, 120);
  // The prisoner exchange is stated by at least three outlets.
  bool exchange = false;
  for (const json& f : story["facts"]) {
    std::string t = f["text"];
    if (t.find("1,000") != std::string::npos &&
        t.find("prisoner") != std::string::npos) {
      exchange = exchange || f["independent_sources"].get<int>() >= 3;
    }
  }
  EXPECT_TRUE(exchange);
}

}  // namespace
}  // namespace newsfuse::testing
