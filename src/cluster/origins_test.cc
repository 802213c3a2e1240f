#include "cluster/origins.h"

#include "gtest/gtest.h"

namespace newsfuse::cluster {
namespace {

TEST(OriginsTest, AgenciesAreFoundAsWholeWords) {
  EXPECT_EQ(AgenciesIn("washington (ap) -"), AgenciesIn("the associated press"));
  EXPECT_NE(AgenciesIn("london (reuters) -"), 0u);
  EXPECT_EQ(AgenciesIn("a map of the area"), 0u);  // "ap" inside a word
  EXPECT_NE(AgenciesIn("(ap)") & AgenciesIn("reuters and the ap"), 0u);
}

TEST(OriginsTest, OutletKeysCompareAcrossSpellings) {
  EXPECT_EQ(OutletKey("The Northport Wire"), "northportwire");
  EXPECT_EQ(OutletKey("northport-wire"), "northportwire");
  EXPECT_EQ(OutletKey("www.northportwire.com"), "northportwire");
}

TEST(OriginsTest, ResemblanceOfSets) {
  std::vector<uint64_t> a = {1, 2, 3, 4}, b = {3, 4, 5, 6}, c = {1, 2};
  EXPECT_DOUBLE_EQ(Jaccard(a, b), 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(Containment(a, c), 1.0);
  EXPECT_DOUBLE_EQ(Jaccard(a, {}), 0.0);
}

OriginEvidence Evidence(std::vector<uint64_t> shingles, uint32_t agencies) {
  OriginEvidence e;
  e.shingles = std::move(shingles);
  e.agencies = agencies;
  return e;
}

TEST(OriginsTest, SharedAgencyLowersTheResemblanceNeeded) {
  std::vector<uint64_t> a, b;
  for (uint64_t i = 0; i < 100; ++i) a.push_back(i);
  for (uint64_t i = 60; i < 160; ++i) b.push_back(i);  // Jaccard 0.25
  EXPECT_EQ(CopyScore(Evidence(a, 0), Evidence(b, 0), 0.5), 0);
  EXPECT_GT(CopyScore(Evidence(a, 1), Evidence(b, 1), 0.5), 0);
  EXPECT_EQ(CopyScore(Evidence(a, 1), Evidence(b, 2), 0.5), 0);
}

TEST(OriginsTest, CreditLineLinksToTheCreditedOutlet) {
  std::vector<uint64_t> a, b;
  for (uint64_t i = 0; i < 100; ++i) a.push_back(i);
  for (uint64_t i = 60; i < 160; ++i) b.push_back(i);
  OriginEvidence wire = Evidence(a, 0), reprint = Evidence(b, 0);
  wire.outlet = "northportwire";
  reprint.credited = {"northportwire"};
  EXPECT_GT(CopyScore(wire, reprint, 0.5), 0);
  wire.outlet = "harbourtimes";
  EXPECT_EQ(CopyScore(wire, reprint, 0.5), 0);
}

TEST(OriginsTest, CopyScoreOfContainedAndDisjointTexts) {
  std::vector<uint64_t> a, excerpt, other;
  for (uint64_t i = 0; i < 1000; ++i) a.push_back(i);
  for (uint64_t i = 500; i < 530; ++i) excerpt.push_back(i);
  for (uint64_t i = 2000; i < 3000; ++i) other.push_back(i);
  EXPECT_DOUBLE_EQ(CopyScore(Evidence(a, 0), Evidence(excerpt, 0), 0.5),
                   1.0 + 30.0 / 1000.0);
  EXPECT_EQ(CopyScore(Evidence(a, 0), Evidence(other, 0), 0.5), 0);
  EXPECT_DOUBLE_EQ(CopyScore(Evidence(a, 0), Evidence(a, 0), 0.5), 2.0);
}

TEST(OriginIndexTest, NumbersOriginsInOrder) {
  OriginIndex index(0.5);
  bool is_new = false;
  std::vector<uint64_t> a = {1, 2, 3, 4, 5, 6}, c = {50, 51, 52};
  EXPECT_EQ(index.Add(Evidence(a, 0), &is_new), 0u);
  EXPECT_TRUE(is_new);
  EXPECT_EQ(index.Add(Evidence(c, 0), &is_new), 1u);
  EXPECT_TRUE(is_new);
  EXPECT_EQ(index.Add(Evidence(a, 0), &is_new), 0u);
  EXPECT_FALSE(is_new);
}

}  // namespace
}  // namespace newsfuse::cluster
