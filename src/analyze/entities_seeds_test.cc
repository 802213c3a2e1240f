// Entity mentions on the reference articles in ../shared/seeds (read from
// disk; their text is not copied into the project).
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

namespace fs = std::filesystem;

// Every mention of every seed, as text -> the set of types given to it.
std::map<std::string, std::set<EntityType>> SeedMentions(const fs::path& dir) {
  std::map<std::string, std::set<EntityType>> out;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().extension() != ".txt") continue;
    Article a;
    a.text = testing::ReadFileOrDie(f.path());
    a.original = a.text;
    a.text_map = OffsetMap::Identity(static_cast<uint32_t>(a.text.size()));
    uint32_t begin = 0;
    while (begin < a.text.size()) {
      size_t end = a.text.find('\n', begin);
      if (end == std::string::npos) end = a.text.size();
      Span s{begin, static_cast<uint32_t>(end)};
      if (!s.empty()) a.paragraphs.push_back({s, s});
      begin = static_cast<uint32_t>(end) + 1;
    }
    Analyze(a);
    for (const EntityMention& m : a.entities) {
      EXPECT_LE(m.text.end, a.text.size());
      EXPECT_LT(m.sentence, a.sentences.size());
      out[std::string(m.text.In(a.text))].insert(m.type);
    }
  }
  return out;
}

bool FoundAs(const std::map<std::string, std::set<EntityType>>& found,
             std::initializer_list<std::string_view> spellings,
             EntityType type) {
  for (std::string_view s : spellings) {
    auto it = found.find(std::string(s));
    if (it != found.end() && it->second.count(type) > 0) return true;
  }
  return false;
}

TEST(EntitiesSeedsTest, PeopleAndPlacesAreFound) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  auto found = SeedMentions(dir);
  const EntityType kPerson = EntityType::kPerson;
  EXPECT_TRUE(FoundAs(found, {"Dmitry Peskov", "Dmitri Peskov"}, kPerson));
  EXPECT_TRUE(FoundAs(found, {"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
                      kPerson));
  EXPECT_TRUE(FoundAs(found, {"Zelensky"}, kPerson));
  EXPECT_TRUE(FoundAs(found, {"Zelenskyy"}, kPerson));
  for (std::string_view name :
       {"Vladimir Putin", "Vladimir Medinsky", "Marco Rubio",
        "Karoline Leavitt", "JD Vance", "Kyrylo Budanov", "Rustem Umerov",
        "Putin", "Peskov", "Trump"}) {
    EXPECT_TRUE(FoundAs(found, {name}, kPerson)) << name;
  }
  for (std::string_view place :
       {"Istanbul", "Ukraine", "Russia", "Sumy", "Donetsk", "Moscow"}) {
    EXPECT_TRUE(FoundAs(found, {place}, EntityType::kPlace)) << place;
  }
  EXPECT_TRUE(FoundAs(found, {"Kremlin"}, EntityType::kOrg));
  EXPECT_TRUE(FoundAs(found, {"NATO"}, EntityType::kOrg));
}

TEST(EntitiesSeedsTest, NoMentionJoinsTwoPeople) {
  NEWSFUSE_SHARED_OR_SKIP(dir, "seeds");
  for (const auto& [text, types] : SeedMentions(dir)) {
    EXPECT_FALSE(text.find("Putin") != std::string::npos &&
                 text.find("Medinsky") != std::string::npos) << text;
    EXPECT_FALSE(text.find("Trump") != std::string::npos &&
                 text.find("Putin") != std::string::npos) << text;
    EXPECT_FALSE(text.ends_with("'s") || text.ends_with("\u2019s")) << text;
  }
}

}  // namespace
}  // namespace newsfuse
