// Properties of the analyzer on the reference articles in ../shared/seeds
// (read from disk; their text is not copied into the project).
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "newsfuse/analyze.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SeedLines(const fs::path& dir) {
  std::vector<std::string> lines;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().extension() != ".txt") continue;
    std::istringstream in(testing::ReadFileOrDie(f.path()));
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  return lines;
}

bool StartsWithClosingQuote(std::string_view s) {
  return s.starts_with("\u201d") || s.starts_with("\u2019") ||
         s.starts_with(")");
}

TEST(SeedsTest, SentenceBoundariesAreSane) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  std::vector<std::string> lines = SeedLines(dir);
  ASSERT_FALSE(lines.empty());
  size_t sentences = 0;
  for (const std::string& line : lines) {
    uint32_t prev_end = 0;
    for (Span s : SplitSentences(line)) {
      ++sentences;
      std::string_view text = s.In(line);
      ASSERT_FALSE(text.empty());
      EXPECT_GE(s.begin, prev_end);
      prev_end = s.end;
      EXPECT_FALSE(text.front() == ' ' || text.back() == ' ') << text;
      EXPECT_FALSE(text.front() >= 'a' && text.front() <= 'z') << text;
      EXPECT_FALSE(StartsWithClosingQuote(text)) << text;
      // "U.S." at the end of a sentence only before a new sentence.
      if (text.ends_with("U.S.") && s.end + 1 < line.size()) {
        char next = line[s.end + 1];
        EXPECT_FALSE(next >= 'a' && next <= 'z') << text;
      }
    }
  }
  EXPECT_GT(sentences, lines.size());
}

TEST(SeedsTest, GroupedNumbersAreOneToken) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  int found = 0;
  for (const std::string& line : SeedLines(dir)) {
    std::vector<Token> tokens;
    TokenChars chars;
    Tokenize(line, 0, &tokens, &chars);
    for (size_t at = line.find("1,000"); at != std::string::npos;
         at = line.find("1,000", at + 1)) {
      for (const Token& t : tokens) {
        if (t.text.begin != at) continue;
        ++found;
        EXPECT_EQ(t.kind, TokenKind::kNumber);
        EXPECT_EQ(t.text.In(line).substr(0, 5), "1,000");
      }
    }
  }
  EXPECT_GT(found, 0);
}

}  // namespace
}  // namespace newsfuse
