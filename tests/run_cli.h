// Runs the newsfuse binary in a subprocess for end-to-end tests.
#ifndef NEWSFUSE_TESTS_RUN_CLI_H_
#define NEWSFUSE_TESTS_RUN_CLI_H_

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace newsfuse::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `newsfuse ARGS...` (each argument shell-quoted) with `stdin_data` on
// standard input.
CliResult RunCli(const std::vector<std::string>& args,
                 const std::string& stdin_data = "");

// Parses JSONL into objects; fails the test on a malformed line.
std::vector<nlohmann::json> ParseJsonl(const std::string& out);

// A fresh empty temporary folder, removed at process exit is not needed:
// it lives under the system temp dir with a unique name.
std::filesystem::path MakeTempDir(const std::string& tag);

void WriteFile(const std::filesystem::path& p, const std::string& bytes);

}  // namespace newsfuse::testing

#endif  // NEWSFUSE_TESTS_RUN_CLI_H_
