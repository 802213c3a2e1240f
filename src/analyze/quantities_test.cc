// Quantity finding: one test per pattern, bad input, and running text.
#include "newsfuse/quantities.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newsfuse/analyze.h"
#include "newsfuse/article.h"

namespace newsfuse {
namespace {

Quantity Parse(std::string_view phrase) {
  Result<Quantity> q = ParseQuantity(phrase);
  EXPECT_TRUE(q.ok()) << phrase;
  return q.ok() ? *q : Quantity();
}

void ExpectExact(std::string_view phrase, double v) {
  Quantity q = Parse(phrase);
  EXPECT_EQ(q.low, v) << phrase;
  EXPECT_EQ(q.high, v) << phrase;
  EXPECT_FALSE(q.unresolved) << phrase;
}

void ExpectNone(std::string_view phrase) {
  EXPECT_FALSE(ParseQuantity(phrase).ok()) << phrase;
}

std::vector<Quantity> Find(const std::string& text) {
  Article a;
  a.text = a.original = text;
  a.text_map = OffsetMap::Identity(static_cast<uint32_t>(text.size()));
  a.paragraphs.push_back({{0, static_cast<uint32_t>(text.size())},
                          {0, static_cast<uint32_t>(text.size())}});
  Analyze(a);
  return a.quantities;
}

TEST(ParseQuantityTest, Numerals) {
  ExpectExact("1,000", 1000);
  ExpectExact("5.5", 5.5);
  ExpectExact("12", 12);
  ExpectExact("1,234,567", 1234567);
  ExpectExact("0.25", 0.25);
}

TEST(ParseQuantityTest, ScaleWordsAreExact) {
  ExpectExact("1.5 million", 1500000);
  ExpectExact("5.1 million", 5100000);
  ExpectExact("2 billion", 2e9);
  ExpectExact("3.2bn", 3.2e9);
  ExpectExact("7 thousand", 7000);
}

TEST(ParseQuantityTest, NumberWords) {
  ExpectExact("nine", 9);
  ExpectExact("twenty-one", 21);
  ExpectExact("twenty one", 21);
  ExpectExact("a dozen", 12);
  ExpectExact("two dozen", 24);
  ExpectExact("two hundred and five", 205);
  ExpectExact("a hundred", 100);
  ExpectExact("three million", 3e6);
  ExpectExact("one thousand two hundred", 1200);
}

TEST(ParseQuantityTest, VaguePlurals) {
  Quantity q = Parse("hundreds of people");
  EXPECT_EQ(q.low, 200);
  EXPECT_EQ(q.high, 1000);
  EXPECT_EQ(q.qualifier, "vague");
  EXPECT_EQ(q.counted, "people");
  q = Parse("tens of thousands of protesters");
  EXPECT_EQ(q.low, 20000);
  EXPECT_EQ(q.high, 100000);
  EXPECT_EQ(q.counted, "protesters");
  q = Parse("thousands");
  EXPECT_EQ(q.low, 2000);
  q = Parse("dozens of drones");
  EXPECT_EQ(q.low, 24);
  EXPECT_EQ(q.high, 144);
}

TEST(ParseQuantityTest, Ranges) {
  for (const char* p : {"10 to 15", "10-15", "10 – 15", "between 10 and 15",
                        "from 10 to 15"}) {
    Quantity q = Parse(p);
    EXPECT_EQ(q.low, 10) << p;
    EXPECT_EQ(q.high, 15) << p;
    EXPECT_EQ(q.qualifier, "range") << p;
  }
  Quantity q = Parse("five or six people");
  EXPECT_EQ(q.low, 5);
  EXPECT_EQ(q.high, 6);
  q = Parse("10 to 15 million");
  EXPECT_EQ(q.low, 10e6);
  EXPECT_EQ(q.high, 15e6);
  q = Parse("$5-6 billion");
  EXPECT_EQ(q.low, 5e9);
  EXPECT_EQ(q.high, 6e9);
  EXPECT_EQ(q.unit, "USD");
}

TEST(ParseQuantityTest, Qualifiers) {
  struct Case {
    const char* phrase;
    std::optional<double> low, high;
    const char* key;
  };
  const Case cases[] = {
      {"more than 270 drones", 270, std::nullopt, "more than"},
      {"over 5,000", 5000, std::nullopt, "more than"},
      {"at least six", 6, std::nullopt, "at least"},
      {"nearly 300", std::nullopt, 300, "nearly"},
      {"almost 40", std::nullopt, 40, "nearly"},
      {"up to 15", std::nullopt, 15, "up to"},
      {"fewer than 10", std::nullopt, 10, "less than"},
      {"less than 3", std::nullopt, 3, "less than"},
      {"about 100", 90, 110, "about"},
      {"around 100", 90, 110, "about"},
      {"some 100", 90, 110, "about"},
      {"roughly 100", 90, 110, "about"},
      {"over a dozen", 12, std::nullopt, "more than"},
      {"1,000 or more", 1000, std::nullopt, "at least"},
  };
  for (const Case& c : cases) {
    Quantity q = Parse(c.phrase);
    EXPECT_EQ(q.low, c.low) << c.phrase;
    EXPECT_EQ(q.high, c.high) << c.phrase;
    EXPECT_EQ(q.qualifier, c.key) << c.phrase;
  }
}

TEST(ParseQuantityTest, OverAfterANounIsAPreposition) {
  Quantity q = Parse("sovereignty over five regions");
  EXPECT_EQ(q.qualifier, "");
  EXPECT_EQ(q.low, 5);
  EXPECT_EQ(q.high, 5);
  EXPECT_EQ(Parse("killed over 100 people").qualifier, "more than");
  EXPECT_EQ(Parse("it has over 100 drones").qualifier, "more than");
}

TEST(ParseQuantityTest, Percentages) {
  for (const char* p : {"40%", "40 percent", "40 per cent"}) {
    Quantity q = Parse(p);
    EXPECT_EQ(q.low, 40) << p;
    EXPECT_EQ(q.unit, "%") << p;
  }
}

TEST(ParseQuantityTest, Money) {
  struct Case {
    const char* phrase;
    double value;
    const char* unit;
  };
  const Case cases[] = {
      {"$5 million", 5e6, "USD"},      {"€3bn", 3e9, "EUR"},
      {"£10", 10, "GBP"},              {"5 million dollars", 5e6, "USD"},
      {"100 rubles", 100, "RUB"},      {"2,000 hryvnias", 2000, "UAH"},
      {"$2bn", 2e9, "USD"},            {"US$40", 40, "USD"},
      {"$5m", 5e6, "USD"},             {"USD 7 million", 7e6, "USD"},
      {"millions of dollars", 2e6, "USD"},
  };
  for (const Case& c : cases) {
    Quantity q = Parse(c.phrase);
    EXPECT_EQ(q.low, c.value) << c.phrase;
    EXPECT_EQ(q.unit, c.unit) << c.phrase;
  }
}

TEST(ParseQuantityTest, DurationsAndAges) {
  Quantity q = Parse("a 30-day ceasefire");
  EXPECT_EQ(q.low, 30);
  EXPECT_EQ(q.unit, "day");
  EXPECT_EQ(q.counted, "ceasefire");
  q = Parse("aged 45");
  EXPECT_EQ(q.low, 45);
  EXPECT_EQ(q.unit, "year");
  EXPECT_EQ(q.counted, "age");
  q = Parse("a 45-year-old man");
  EXPECT_EQ(q.low, 45);
  EXPECT_EQ(q.counted, "age");
  q = Parse("45 years old");
  EXPECT_EQ(q.low, 45);
  EXPECT_EQ(q.counted, "age");
  q = Parse("a three-year deal");
  EXPECT_EQ(q.low, 3);
  EXPECT_EQ(q.unit, "year");
}

TEST(ParseQuantityTest, Counted) {
  EXPECT_EQ(Parse("more than 270 drones").counted, "drones");
  EXPECT_EQ(Parse("5,000 Russian and Ukrainian soldiers").counted, "soldiers");
  EXPECT_EQ(Parse("at least six people were killed").counted,
            "people killed");
  EXPECT_EQ(Parse("35 Ukrainian drones overnight").counted, "drones");
  EXPECT_EQ(Parse("three Ukrainian air bases").counted, "air bases");
  EXPECT_EQ(Parse("1,000 prisoners of war").counted, "prisoners");
}

TEST(ParseQuantityTest, Rates) {
  Quantity q = Parse("5,000 Russian and Ukrainian soldiers a week");
  EXPECT_EQ(q.unit, "per week");
  EXPECT_EQ(q.counted, "soldiers");
  EXPECT_EQ(Parse("$5 a day").unit, "USD per day");
}

TEST(ParseQuantityTest, Each) {
  EXPECT_TRUE(Parse("1,000 prisoners each").each);
  EXPECT_TRUE(Parse("1,000 prisoners on each side").each);
  EXPECT_TRUE(Parse("300 apiece").each);
  Quantity q = Parse("1,000 for 1,000");
  EXPECT_TRUE(q.each);
  EXPECT_EQ(q.text.end, 15u);
  EXPECT_FALSE(Parse("1,000 prisoners").each);
}

TEST(ParseQuantityTest, NotQuantities) {
  ExpectNone("in 2022");
  ExpectNone("since March 2022");
  ExpectNone("the 2022 invasion");
  ExpectNone("May 4");
  ExpectNone("4 May");
  ExpectNone("at 10:30");
  ExpectNone("5 p.m.");
  ExpectNone("10am");
  ExpectNone("the 5th");
  ExpectNone("COVID-19");
  ExpectNone("version 1.2.3");
  ExpectNone("Article 5");
  ExpectNone("three years ago");
  ExpectNone("one of them");
  ExpectNone("2014-2016");
  ExpectNone("a 3G network");
}

TEST(ParseQuantityTest, YearsThatCount) {
  ExpectExact("2000 troops", 2000);
}

TEST(ParseQuantityTest, TooLargeIsUnresolved) {
  for (const char* p : {"99999999999999999999999", "18446744073709551616",
                        "9007199254740993", "$1,000,000,000,000,000,000",
                        "1,00,0", "12,34"}) {
    Quantity q = Parse(p);
    EXPECT_TRUE(q.unresolved) << p;
    EXPECT_FALSE(q.low.has_value()) << p;
    EXPECT_FALSE(q.high.has_value()) << p;
  }
  ExpectExact("9007199254740992", 9007199254740992.0);  // 2^53
  Quantity q = Parse("9,000,000 trillion");
  EXPECT_TRUE(q.unresolved);
}

TEST(ParseQuantityTest, SpansCoverThePhrase) {
  Quantity q = Parse("more than 270 drones");
  EXPECT_EQ(q.text.begin, 0u);
  EXPECT_EQ(q.text.end, 20u);
}

TEST(FindQuantitiesTest, RunningText) {
  std::vector<Quantity> qs = Find(
      "1. Intro\nIn Sumy, strikes killed at least six people and injured "
      "over a dozen, officials said on May 4, 2025 at 10:30.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].counted, "people killed");
  EXPECT_EQ(qs[0].low, 6);
  EXPECT_EQ(qs[1].counted, "people injured");
  EXPECT_EQ(qs[1].low, 12);
}

TEST(FindQuantitiesTest, ListNumbersAndApposedAges) {
  std::vector<Quantity> qs = Find("2) Trump, 78, also said so.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].low, 78);
  EXPECT_EQ(qs[0].counted, "age");
}

}  // namespace
}  // namespace newsfuse
