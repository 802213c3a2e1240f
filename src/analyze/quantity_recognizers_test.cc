// The Microsoft Recognizers-Text English number specs (MIT) within
// newsfuse's scope, run through Analyze: numbers, ranges, percentages,
// currency, ages and dimensions. Ordinals are out of scope (newsfuse does
// not count them), and so are cases the reference .NET implementation
// itself marks unsupported. A case passes when newsfuse finds exactly the
// expected quantities in order, with the expected values (and currency or
// unit where the spec gives one). Each file's pass rate is printed and must
// not fall below its floor.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "newsfuse/analyze.h"
#include "newsfuse/article.h"
#include "tests/testing.h"

namespace newsfuse {
namespace {

using nlohmann::json;

struct Expected {
  std::optional<double> low, high;
  std::string unit;  // our unit name, "" to not check
};

std::optional<double> Number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

std::string OurUnit(const std::string& unit) {
  static const std::map<std::string, std::string> kUnits = {
      {"Dollar", "USD"},      {"United States dollar", "USD"},
      {"Euro", "EUR"},        {"British pound", "GBP"},
      {"Pound", "GBP"},       {"Japanese yen", "JPY"},
      {"Chinese yuan", "CNY"}, {"Russian ruble", "RUB"},
      {"Year", "year"},       {"Month", "month"},
      {"Week", "week"},       {"Day", "day"},
      {"Kilometer", "km"},    {"Mile", "mi"},
      {"Meter", "m"},         {"Kilogram", "kg"},
      {"Centimeter", "cm"},   {"Millimeter", "mm"},
      {"Foot", "ft"},
  };
  auto it = kUnits.find(unit);
  return it == kUnits.end() ? "?" + unit : it->second;
}

Expected FromResult(const json& r) {
  Expected e;
  const json& res = r["Resolution"];
  std::string value =
      res.contains("value") && res["value"].is_string() ? res["value"] : "";
  if (r.value("TypeName", "") == "numberrange" && value.size() > 2) {
    size_t comma = value.find(',');
    e.low = Number(value.substr(1, comma - 1));
    e.high = Number(value.substr(comma + 1, value.size() - comma - 2));
    return e;
  }
  if (!value.empty() && value.back() == '%') value.pop_back();
  e.low = e.high = Number(value);
  if (res.contains("unit") && res["unit"].is_string()) {
    e.unit = OurUnit(res["unit"].get<std::string>());
  }
  return e;
}

bool Close(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*b));
}

std::vector<Quantity> Find(const std::string& text) {
  Article a;
  a.text = a.original = text;
  auto n = static_cast<uint32_t>(text.size());
  a.text_map = OffsetMap::Identity(n);
  a.paragraphs.push_back({{0, n}, {0, n}});
  Analyze(a);
  return a.quantities;
}

enum class Model { kNumber, kRange, kPercent, kCurrency, kAge, kDimension };

// Whether a quantity of ours is of the kind the spec file's model finds.
bool OfModel(const Quantity& q, Model m) {
  bool money = q.unit.size() >= 3 && q.unit[0] >= 'A' && q.unit[0] <= 'Z';
  switch (m) {
    case Model::kNumber: case Model::kRange: return true;
    case Model::kPercent: return q.unit == "%";
    case Model::kCurrency: return money;
    case Model::kAge: return q.counted == "age";
    case Model::kDimension:
      return !q.unit.empty() && !money && q.unit != "%" && q.counted != "age";
  }
  return false;
}

// The number as stated: the specs give "about $14 million" as 14 million,
// where our interval is [12.6, 15.4] million.
std::optional<double> Stated(const Quantity& q) {
  if (q.qualifier == "about" && q.low && q.high) return (*q.low + *q.high) / 2;
  return q.low ? q.low : q.high;
}

bool Passes(const json& c, Model model) {
  std::vector<Quantity> got;
  for (Quantity& q : Find(c.value("Input", ""))) {
    if (OfModel(q, model)) got.push_back(std::move(q));
  }
  const json& want = c["Results"];
  if (got.size() != want.size()) return false;
  for (size_t i = 0; i < got.size(); ++i) {
    Expected e = FromResult(want[i]);
    bool single = e.low && e.high && *e.low == *e.high;
    bool same = single ? Close(Stated(got[i]), e.low)
                       : Close(got[i].low, e.low) && Close(got[i].high, e.high);
    if (!same) return false;
    if (!e.unit.empty() && got[i].unit.rfind(e.unit, 0) != 0) return false;
  }
  return true;
}

bool InScope(const json& c) {
  for (const char* key : {"NotSupported", "NotSupportedByDesign"}) {
    if (c.contains(key) && c[key].is_string() &&
        c[key].get<std::string>().find("dotnet") != std::string::npos) {
      return false;
    }
  }
  return true;
}

struct SpecFile {
  const char* path;
  Model model;
  double floor;  // the pass rate reached; must not regress
};

class RecognizersTest : public ::testing::TestWithParam<SpecFile> {};

TEST_P(RecognizersTest, PassRateStaysAboveFloor) {
  std::string rel =
      std::string("data/recognizers/Specs/") + GetParam().path;
  NEWSFUSE_SHARED_OR_SKIP(path, rel);
  json cases = json::parse(testing::ReadFileOrDie(path), nullptr, false);
  ASSERT_TRUE(cases.is_array()) << path;
  int total = 0, passed = 0;
  for (const json& c : cases) {
    if (!InScope(c)) continue;
    ++total;
    if (Passes(c, GetParam().model)) {
      ++passed;
    } else if (std::getenv("NEWSFUSE_EVAL_DEBUG")) {
      std::printf("FAIL %s\n", c.value("Input", "").c_str());
    }
  }
  double rate = total ? static_cast<double>(passed) / total : 0;
  std::printf("%s: %d / %d = %.3f\n", GetParam().path, passed, total, rate);
  EXPECT_GE(rate, GetParam().floor);
}

INSTANTIATE_TEST_SUITE_P(
    Specs, RecognizersTest,
    ::testing::Values(
        SpecFile{"Number/English/NumberModel.json", Model::kNumber, 0.27},
        SpecFile{"Number/English/NumberRangeModel.json", Model::kRange, 0.39},
        SpecFile{"Number/English/PercentModel.json", Model::kPercent, 0.45},
        SpecFile{"NumberWithUnit/English/CurrencyModel.json",
                 Model::kCurrency, 0.52},
        SpecFile{"NumberWithUnit/English/AgeModel.json", Model::kAge, 0.78},
        SpecFile{"NumberWithUnit/English/DimensionModel.json",
                 Model::kDimension, 0.31}),
    [](const ::testing::TestParamInfo<SpecFile>& info) {
      std::string name = info.param.path;  // ".../NumberModel.json"
      name = name.substr(name.rfind('/') + 1);
      return name.substr(0, name.find('.'));
    });

}  // namespace
}  // namespace newsfuse
