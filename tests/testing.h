// Test helpers shared by unit and end-to-end tests.
#ifndef NEWSFUSE_TESTS_TESTING_H_
#define NEWSFUSE_TESTS_TESTING_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newsfuse::testing {

// The repository root.
inline std::filesystem::path SourceDir() { return NEWSFUSE_SOURCE_DIR; }

// `rel` under ../shared beside the checkout, or an empty path when that
// folder is absent (then the caller should GTEST_SKIP()). NEWSFUSE_SHARED
// overrides the location.
inline std::filesystem::path SharedPath(const std::string& rel) {
  const char* env = std::getenv("NEWSFUSE_SHARED");
  std::filesystem::path base =
      env ? std::filesystem::path(env) : SourceDir().parent_path() / "shared";
  std::filesystem::path p = base / rel;
  return std::filesystem::exists(p) ? p : std::filesystem::path();
}

inline std::string ReadFileOrDie(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace newsfuse::testing

#define NEWSFUSE_SHARED_OR_SKIP(var, rel)                                 \
  const std::filesystem::path var = ::newsfuse::testing::SharedPath(rel); \
  if (var.empty()) GTEST_SKIP() << "../shared/" << (rel) << " is absent"

#endif  // NEWSFUSE_TESTS_TESTING_H_
