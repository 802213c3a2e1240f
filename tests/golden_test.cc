// Golden tests: each input under tests/golden/analyze/ is run through
// `newsfuse analyze --tokens` and compared, as parsed JSON, with the
// `.expected.json` file beside it. Set NEWSFUSE_UPDATE_GOLDEN=1 to rewrite
// the expected files after an intended change, then review the diff.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/run_cli.h"
#include "tests/testing.h"

namespace newsfuse::testing {
namespace {

using nlohmann::json;

bool IsInput(const std::filesystem::path& p) {
  return p.string().find(".expected.") == std::string::npos;
}

TEST(GoldenTest, AnalyzeOutputsMatchExpected) {
  std::filesystem::path dir = "tests/golden/analyze";
  bool update = std::getenv("NEWSFUSE_UPDATE_GOLDEN") != nullptr;
  int checked = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (!IsInput(e.path())) continue;
    std::filesystem::path expected_path = e.path();
    expected_path += ".expected.json";
    CliResult r = RunCli({"analyze", "--tokens", e.path().string()});
    EXPECT_EQ(r.exit_code, 0) << e.path() << ": " << r.err;
    json actual = json::array();
    for (json& j : ParseJsonl(r.out)) actual.push_back(std::move(j));
    if (update) {
      std::ofstream(expected_path) << actual.dump(1) << "\n";
      continue;
    }
    ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path;
    json expected = json::parse(ReadFileOrDie(expected_path));
    EXPECT_EQ(actual, expected)
        << e.path() << " differs; diff with NEWSFUSE_UPDATE_GOLDEN=1";
    ++checked;
  }
  if (!update) EXPECT_GE(checked, 5);
}

}  // namespace
}  // namespace newsfuse::testing

namespace newsfuse::testing {
namespace {

// The brief of the example corpus, compared with
// tests/golden/brief/corpus.expected.json.
TEST(GoldenTest, BriefOfTheExampleCorpusMatchesExpected) {
  std::filesystem::path expected_path = "tests/golden/brief/corpus.expected.json";
  CliResult r = RunCli({"brief", "--format", "json", "examples/corpus"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json actual = nlohmann::json::parse(r.out);
  if (std::getenv("NEWSFUSE_UPDATE_GOLDEN") != nullptr) {
    std::filesystem::create_directories(expected_path.parent_path());
    std::ofstream(expected_path) << actual.dump(1) << "\n";
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_path));
  EXPECT_EQ(actual, nlohmann::json::parse(ReadFileOrDie(expected_path)))
      << "the brief changed; diff with NEWSFUSE_UPDATE_GOLDEN=1";
}

}  // namespace
}  // namespace newsfuse::testing
