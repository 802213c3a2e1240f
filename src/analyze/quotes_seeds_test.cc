// Quotes on the reference articles in ../shared/seeds (read from disk; their
// text is not copied into the project).
#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "newsfuse/analyze.h"
#include "newsfuse/unicode.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

namespace fs = std::filesystem;

// One article per seed file, one paragraph per non-empty line.
Article SeedArticle(const fs::path& file) {
  Article a;
  a.original = testing::ReadFileOrDie(file);
  a.text = a.original;
  a.text_map = OffsetMap::Identity(static_cast<uint32_t>(a.text.size()));
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= a.text.size(); ++i) {
    if (i < a.text.size() && a.text[i] != '\n') continue;
    if (i > begin) a.paragraphs.push_back({{begin, i}, {begin, i}});
    begin = i + 1;
  }
  Analyze(a);
  return a;
}

std::vector<Article> Seeds(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().extension() == ".txt") files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Article> out;
  for (const fs::path& f : files) out.push_back(SeedArticle(f));
  return out;
}

bool OpensWithMark(std::string_view s) {
  return s.starts_with("\"") || s.starts_with("\u201c");
}

TEST(QuotesSeedsTest, QuotesAreWellFormed) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  for (const Article& a : Seeds(dir)) {
    for (const Quote& q : a.quotes) {
      EXPECT_FALSE(q.text.empty());
      uint32_t first = a.sentences[q.first_sentence].paragraph;
      uint32_t last = a.sentences[q.last_sentence].paragraph;
      for (uint32_t p = first + 1; p <= last; ++p) {  // continued only
        EXPECT_TRUE(OpensWithMark(a.paragraphs[p].text.In(a.text)))
            << q.text.In(a.text);
      }
    }
  }
}

TEST(QuotesSeedsTest, TheWeekendPostIsTrumpWriting) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  int found = 0;
  for (const Article& a : Seeds(dir)) {
    for (const Quote& q : a.quotes) {
      std::string words = MatchingForm(q.text.In(a.text));
      if (words.find("ceasefire") == std::string::npos ||
          words.find("violent war") == std::string::npos) {
        continue;
      }
      EXPECT_NE(q.speaker.find("Trump"), std::string::npos) << words;
      EXPECT_EQ(q.cue, "wrote") << words;
      if (!a.entities.empty()) {  // linked to a mention of Trump
        ASSERT_GE(q.speaker_mention, 0) << words;
        std::string_view name = a.entities[q.speaker_mention].text.In(a.text);
        EXPECT_NE(name.find("Trump"), std::string_view::npos) << name;
      }
      ++found;
      break;
    }
  }
  EXPECT_GE(found, 3);
}

}  // namespace
}  // namespace newsfuse
