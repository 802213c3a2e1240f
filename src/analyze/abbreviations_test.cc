#include "analyze/abbreviations.h"

#include "gtest/gtest.h"

namespace newsfuse::analyze_internal {
namespace {

TEST(ClassifyAbbreviationTest, ListedWordsInitialsAndAcronyms) {
  // The list's first and last entries, sizes 2 to 6, each kind.
  EXPECT_EQ(ClassifyAbbreviation("Adm"), Abbreviation::kTitle);
  EXPECT_EQ(ClassifyAbbreviation("vs"), Abbreviation::kTitle);
  EXPECT_EQ(ClassifyAbbreviation("Mr"), Abbreviation::kTitle);
  EXPECT_EQ(ClassifyAbbreviation("approx"), Abbreviation::kTitle);
  EXPECT_EQ(ClassifyAbbreviation("Sept"), Abbreviation::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("No"), Abbreviation::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("Thurs"), Abbreviation::kMayEnd);
  EXPECT_EQ(ClassifyAbbreviation("etc"), Abbreviation::kMayEnd);
  EXPECT_EQ(ClassifyAbbreviation("e.g"), Abbreviation::kTitle);
  EXPECT_EQ(ClassifyAbbreviation("U.S"), Abbreviation::kMayEnd);
  EXPECT_EQ(ClassifyAbbreviation("J"), Abbreviation::kMayEnd);
  // Case matters; near misses are ordinary words.
  for (const char* w : {"no", "MR", "Mrs.", "Sep t", "approxx", "Thursd",
                        "said", "", "a", "Th", "Ad"}) {
    EXPECT_EQ(ClassifyAbbreviation(w), Abbreviation::kNone) << w;
  }
}

}  // namespace
}  // namespace newsfuse::analyze_internal
