// Entity mentions on made-up sentences, one test per rule.
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse {
namespace {

// An analyzed article of one paragraph per line.
Article Analyzed(std::string_view text) {
  Article a;
  a.text = std::string(text);
  a.original = a.text;
  a.text_map = OffsetMap::Identity(static_cast<uint32_t>(text.size()));
  uint32_t begin = 0;
  while (begin <= a.text.size()) {
    size_t end = a.text.find('\n', begin);
    if (end == std::string::npos) end = a.text.size();
    Span s{begin, static_cast<uint32_t>(end)};
    if (!s.empty()) a.paragraphs.push_back({s, s});
    begin = static_cast<uint32_t>(end) + 1;
  }
  Analyze(a);
  return a;
}

// "text:TYPE[role]" per mention, a '*' for descriptions.
std::vector<std::string> Mentions(std::string_view text) {
  Article a = Analyzed(text);
  std::vector<std::string> out;
  for (const EntityMention& m : a.entities) {
    std::string s(m.text.In(a.text));
    s += ":";
    s += EntityTypeName(m.type);
    if (!m.role.empty()) s += "[" + m.role + "]";
    if (m.description) s += "*";
    out.push_back(s);
  }
  return out;
}

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

TEST(EntitiesTest, RoleBeforeName) {
  EXPECT_THAT(Mentions("The offer came from Kremlin spokesperson Anton "
                       "Vasilyev on Tuesday."),
              ElementsAre("Kremlin:ORG",
                          "Anton Vasilyev:PERSON[Kremlin spokesperson]"));
  EXPECT_THAT(Mentions("She met French President Claire Dubois twice."),
              ElementsAre("Claire Dubois:PERSON[French President]"));
  EXPECT_THAT(Mentions("Later, President Novak signed it."),
              ElementsAre("Novak:PERSON[President]"));
}

// At a sentence start too, "Secretary of State" is a role, not part of
// the name.
TEST(EntitiesTest, TitleOfPlaceAtSentenceStart) {
  EXPECT_THAT(Mentions("Secretary of State Anna Keller backed the plan."),
              ElementsAre("Anna Keller:PERSON[Secretary of State]"));
  EXPECT_THAT(Mentions("He met Secretary of State Anna Keller."),
              ElementsAre("Anna Keller:PERSON[Secretary of State]"));
}

TEST(EntitiesTest, RoleSetOffByCommas) {
  EXPECT_THAT(Mentions("Valdoria's Defense Minister, Petra Holm, spoke."),
              Contains("Petra Holm:PERSON[Valdoria's Defense Minister]"));
  EXPECT_THAT(Mentions("Tom Gerrard, the mayor's envoy, said it rained."),
              Contains("Tom Gerrard:PERSON[the mayor's envoy]")
                  .Times(0));
  EXPECT_THAT(Mentions("Tom Gerrard, Valdoria's envoy, said no."),
              Contains("Tom Gerrard:PERSON[Valdoria's envoy]"));
}

TEST(EntitiesTest, SentenceStartCommonWordIsNotAName) {
  EXPECT_THAT(Mentions("Officials said the bridge was closed."), IsEmpty());
  EXPECT_THAT(Mentions("Yesterday the market fell."), IsEmpty());
  EXPECT_THAT(Mentions("Trade between them grew."), IsEmpty());
  EXPECT_THAT(Mentions("Kowalczyk left."), ElementsAre("Kowalczyk:ORG"));
  EXPECT_THAT(Mentions("Kowalczyk said the bridge was closed."),
              ElementsAre("Kowalczyk:PERSON"));
  EXPECT_THAT(Mentions("Mark Hollis said the bridge was closed."),
              ElementsAre("Mark Hollis:PERSON"));
}

TEST(EntitiesTest, SurnameTakesTheTypeOfTheFullName) {
  EXPECT_THAT(Mentions("Senator Ruth Okafor arrived.\nOkafor left early."),
              ElementsAre("Ruth Okafor:PERSON[Senator]", "Okafor:PERSON"));
  // A transliteration variant of the surname.
  EXPECT_THAT(Mentions("Envoy Pavel Zhukovsky arrived.\nZhukovskyy left."),
              Contains("Zhukovskyy:PERSON"));
}

TEST(EntitiesTest, CountriesRegionsAndCities) {
  EXPECT_THAT(Mentions("Trade between Germany and South Korea grew."),
              ElementsAre("Germany:PLACE", "South Korea:PLACE"));
  EXPECT_THAT(Mentions("Floods hit Ontario and the city of Lyon."),
              ElementsAre("Ontario:PLACE", "Lyon:PLACE"));
  EXPECT_THAT(Mentions("Shelling was reported in the Zorivka region."),
              ElementsAre("Zorivka:PLACE"));
  EXPECT_THAT(Mentions("Valdoria’s harbour reopened."),
              ElementsAre("Valdoria:ORG"));
  EXPECT_THAT(Mentions("Ukraine’s harbour reopened."),
              ElementsAre("Ukraine:PLACE"));
}

TEST(EntitiesTest, Demonyms) {
  EXPECT_THAT(Mentions("Thousands of Ukrainians fled west."),
              ElementsAre("Ukrainians:GROUP"));
  EXPECT_THAT(Mentions("The talks upset Polish farmers."),
              ElementsAre("Polish:GROUP"));
}

TEST(EntitiesTest, OrganizationsAndAcronyms) {
  EXPECT_THAT(Mentions("The deal was backed by NATO and the UNHCR."),
              ElementsAre("NATO:ORG", "UNHCR:ORG"));
  EXPECT_THAT(Mentions("Shares of Brightwater Holdings fell."),
              ElementsAre("Brightwater Holdings:ORG"));
  EXPECT_THAT(Mentions("A letter from the Ministry of Fisheries arrived."),
              ElementsAre("Ministry of Fisheries:ORG"));
  EXPECT_THAT(Mentions("He spoke at the White House on Friday."),
              ElementsAre("White House:ORG"));
}

TEST(EntitiesTest, CapitalizedEmphasisIsNotAnAcronym) {
  EXPECT_THAT(Mentions("He wants MASSIVE trade with Canada."),
              ElementsAre("Canada:PLACE"));
  EXPECT_THAT(Mentions("“WE WILL WIN IN UKRAINE,” he wrote."),
              ElementsAre("UKRAINE:PLACE"));
}

TEST(EntitiesTest, XOfY) {
  EXPECT_THAT(Mentions("It was Secretary of State Lena Marsh who came."),
              ElementsAre("Lena Marsh:PERSON[Secretary of State]"));
  EXPECT_THAT(Mentions("He called the President of the European "
                       "Commission, Ines Moreau, twice."),
              Contains("Ines Moreau:PERSON[President of the European "
                       "Commission]"));
}

TEST(EntitiesTest, Initials) {
  EXPECT_THAT(Mentions("Then RJ Talbot took the floor."),
              ElementsAre("RJ Talbot:PERSON"));
  EXPECT_THAT(Mentions("Then J. R. Talbot took the floor."),
              ElementsAre("J. R. Talbot:PERSON"));
  EXPECT_THAT(Mentions("The guest was Vice President RJ Talbot."),
              ElementsAre("RJ Talbot:PERSON[Vice President]"));
}

TEST(EntitiesTest, NamesWithParticlesAndHyphens) {
  EXPECT_THAT(Mentions("They met Anna van der Berg yesterday."),
              ElementsAre("Anna van der Berg:PERSON"));
  EXPECT_THAT(Mentions("They met Jean-Luc Moreau-Petit yesterday."),
              ElementsAre("Jean-Luc Moreau-Petit:PERSON"));
}

TEST(EntitiesTest, NamedEvents) {
  EXPECT_THAT(Mentions("Veterans of World War II gathered."),
              ElementsAre("World War II:EVENT"));
  EXPECT_THAT(Mentions("Leaders met at the Harbour Summit in Oslo."),
              ElementsAre("Harbour Summit:EVENT", "Oslo:PLACE"));
}

TEST(EntitiesTest, RoleDescriptions) {
  EXPECT_THAT(Mentions("The talks went well, the Ukrainian leader said."),
              ElementsAre("the Ukrainian leader:PERSON[Ukrainian leader]*"));
  EXPECT_THAT(Mentions("He phoned his Russian counterpart on Monday."),
              ElementsAre("his Russian counterpart:PERSON[Russian "
                          "counterpart]*"));
  EXPECT_THAT(Mentions("Aides said the US president was tired."),
              ElementsAre("the US president:PERSON[US president]*"));
  EXPECT_THAT(Mentions("He phoned his Russian counterpart, Ivan Orlov."),
              ElementsAre("Ivan Orlov:PERSON[Russian counterpart]"));
  EXPECT_THAT(Mentions("The prices rose in the region."), IsEmpty());
}

TEST(EntitiesTest, MonthsAndWeekdaysAreNotNames) {
  EXPECT_THAT(Mentions("On Monday, in March, we left."), IsEmpty());
}

TEST(EntitiesTest, SpansMapToTheOriginalAndSentences) {
  Article a = Analyzed("It rained.\nThey flew to Norway on Sunday.");
  ASSERT_EQ(a.entities.size(), 1u);
  const EntityMention& m = a.entities[0];
  EXPECT_EQ(m.text.In(a.text), "Norway");
  EXPECT_EQ(m.original.In(a.original), "Norway");
  EXPECT_EQ(m.sentence, 1u);
  EXPECT_EQ(m.type, EntityType::kPlace);
}

// FindEntities run again on an analyzed article finds the same mentions:
// the finder's buffers carry nothing over (possessives, shouted lines and
// phrases included).
TEST(EntitiesTest, FindEntitiesAloneFindsWhatAnalyzeFound) {
  Article a = Analyzed(
      "Russia's envoy met NATO's chief in Kyiv.\n"
      "THE UKRAINIANS' LEADER SPOKE. Said Peskov: “Dmitry Peskov's aides "
      "agree.” Later, President Novak signed it in the Hague.");
  std::vector<EntityMention> by_analyze = a.entities;
  ASSERT_GE(by_analyze.size(), 5u);
  FindEntities(a);
  ASSERT_EQ(a.entities.size(), by_analyze.size());
  for (size_t i = 0; i < by_analyze.size(); ++i) {
    EXPECT_EQ(a.entities[i].text, by_analyze[i].text) << i;
    EXPECT_EQ(a.entities[i].type, by_analyze[i].type) << i;
    EXPECT_EQ(a.entities[i].role, by_analyze[i].role) << i;
    EXPECT_EQ(a.entities[i].description, by_analyze[i].description) << i;
  }
}

TEST(EntitiesTest, EmptyAndOddInput) {
  EXPECT_THAT(Mentions(""), IsEmpty());
  EXPECT_THAT(Mentions("A B C D E F G."), Not(Contains("A:ORG")));
  EXPECT_THAT(Mentions("... , ; “” ()"), IsEmpty());
}

}  // namespace
}  // namespace newsfuse
