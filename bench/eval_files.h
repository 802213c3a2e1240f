// Reading the labelled data of the evaluation programs: whole files and
// the attributes of MEANTIME's one-element-per-line XML.
#ifndef NEWSFUSE_BENCH_EVAL_FILES_H_
#define NEWSFUSE_BENCH_EVAL_FILES_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

namespace newsfuse::bench {

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The value of attribute `name` on an XML line, "" when absent.
inline std::string Attr(const std::string& line, const std::string& name) {
  std::string key = " " + name + "=\"";
  size_t b = line.find(key);
  if (b == std::string::npos) return {};
  b += key.size();
  return line.substr(b, line.find('"', b) - b);
}

// `s` with the five predefined XML entities replaced.
inline std::string Unescape(std::string s) {
  const std::pair<const char*, const char*> kEntities[] = {{"&quot;", "\""},
                                                           {"&apos;", "'"},
                                                           {"&lt;", "<"},
                                                           {"&gt;", ">"},
                                                           {"&amp;", "&"}};
  for (auto [from, to] : kEntities) {
    for (size_t p; (p = s.find(from)) != std::string::npos;) {
      s.replace(p, std::string(from).size(), to);
    }
  }
  return s;
}

}  // namespace newsfuse::bench

#endif  // NEWSFUSE_BENCH_EVAL_FILES_H_
