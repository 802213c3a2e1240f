#include "tests/run_cli.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "tests/testing.h"

namespace newsfuse::testing {
namespace {

std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

}  // namespace

std::filesystem::path MakeTempDir(const std::string& tag) {
  std::random_device rd;
  std::filesystem::path p =
      std::filesystem::temp_directory_path() /
      ("newsfuse-" + tag + "-" + std::to_string(getpid()) + "-" +
       std::to_string(rd()));
  std::filesystem::create_directories(p);
  return p;
}

void WriteFile(const std::filesystem::path& p, const std::string& bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

CliResult RunCli(const std::vector<std::string>& args,
                 const std::string& stdin_data) {
  std::filesystem::path dir = MakeTempDir("cli");
  WriteFile(dir / "stdin", stdin_data);
  std::string cmd = ShellQuote(std::string(NEWSFUSE_BINARY_DIR) + "/newsfuse");
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  cmd += " < " + ShellQuote((dir / "stdin").string()) + " > " +
         ShellQuote((dir / "out").string()) + " 2> " +
         ShellQuote((dir / "err").string());
  int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFileOrDie(dir / "out");
  r.err = ReadFileOrDie(dir / "err");
  std::filesystem::remove_all(dir);
  return r;
}

std::vector<nlohmann::json> ParseJsonl(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line.substr(0, 200);
    v.push_back(std::move(j));
  }
  return v;
}

}  // namespace newsfuse::testing
