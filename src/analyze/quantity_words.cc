// The quantity word tables. Each is sorted by its key (the static_asserts
// and quantity_words_test.cc check it: sorted tables read well and show
// duplicates) and searched through a WordMap.
#include "analyze/quantity_words.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "common/word_map.h"

namespace newsfuse::analyze_internal {
namespace {

using Kind = NumberWordKind;
using Sv = std::string_view;

template <typename T, size_t N>
constexpr bool SortedByKey(const std::array<std::pair<Sv, T>, N>& a) {
  for (size_t i = 1; i < N; ++i) {
    if (!(a[i - 1].first < a[i].first)) return false;
  }
  return true;
}

// A 64-bit filter over (first byte, length) of a table's keys: lookups of
// most words end at one AND, before any comparison.
constexpr uint64_t FilterBit(Sv w) {
  if (w.empty()) return 0;
  return uint64_t{1} << ((static_cast<unsigned char>(w[0]) * 7 + w.size()) & 63);
}

template <typename T, size_t N>
constexpr uint64_t FilterOf(const std::array<std::pair<Sv, T>, N>& a) {
  uint64_t f = 0;
  for (const auto& e : a) f |= FilterBit(e.first);
  return f;
}

template <size_t N>
constexpr uint64_t FilterOf(const std::array<Sv, N>& a) {
  uint64_t f = 0;
  for (Sv e : a) f |= FilterBit(e);
  return f;
}

template <size_t N>
constexpr bool Sorted(const std::array<Sv, N>& a) {
  for (size_t i = 1; i < N; ++i) {
    if (!(a[i - 1] < a[i])) return false;
  }
  return true;
}

// A table's words mapped to their index in it.
template <typename Table>
WordMap IndexOf(const Table& table) {
  WordMap index;
  for (size_t i = 0; i < table.size(); ++i) {
    if constexpr (std::is_same_v<typename Table::value_type, Sv>) {
      index.Add(table[i], static_cast<uint32_t>(i));
    } else {
      index.Add(table[i].first, static_cast<uint32_t>(i));
    }
  }
  return index;
}

template <const auto& kTable>
auto Find(Sv key) {
  static constexpr uint64_t kFilter = FilterOf(kTable);
  static const WordMap index = IndexOf(kTable);
  using Value = decltype(&kTable[0].second);
  if (!(kFilter & FilterBit(key))) return Value{nullptr};
  uint32_t i = index.Find(key);
  return i == WordMap::kAbsent ? Value{nullptr} : &kTable[i].second;
}

// The string a table maps `key` to, or "".
template <const auto& kTable>
Sv ValueOr(Sv key) {
  const Sv* value = Find<kTable>(key);
  return value != nullptr ? *value : Sv();
}

template <const auto& kTable>
bool Has(Sv key) {
  static constexpr uint64_t kFilter = FilterOf(kTable);
  static const WordMap index = IndexOf(kTable);
  return (kFilter & FilterBit(key)) && index.Find(key) != WordMap::kAbsent;
}

constexpr std::array<std::pair<Sv, NumberWord>, 40> kNumberWords = {{
    {"billion", {Kind::kScale, 1000000000}},
    {"billions", {Kind::kVague, 1000000000}},
    {"dozen", {Kind::kDozen, 12}},
    {"dozens", {Kind::kVague, 12}},
    {"eight", {Kind::kUnit, 8}},
    {"eighteen", {Kind::kUnit, 18}},
    {"eighty", {Kind::kTens, 80}},
    {"eleven", {Kind::kUnit, 11}},
    {"fifteen", {Kind::kUnit, 15}},
    {"fifty", {Kind::kTens, 50}},
    {"five", {Kind::kUnit, 5}},
    {"forty", {Kind::kTens, 40}},
    {"four", {Kind::kUnit, 4}},
    {"fourteen", {Kind::kUnit, 14}},
    {"hundred", {Kind::kHundred, 100}},
    {"hundreds", {Kind::kVague, 100}},
    {"million", {Kind::kScale, 1000000}},
    {"millions", {Kind::kVague, 1000000}},
    {"nine", {Kind::kUnit, 9}},
    {"nineteen", {Kind::kUnit, 19}},
    {"ninety", {Kind::kTens, 90}},
    {"one", {Kind::kUnit, 1}},
    {"seven", {Kind::kUnit, 7}},
    {"seventeen", {Kind::kUnit, 17}},
    {"seventy", {Kind::kTens, 70}},
    {"six", {Kind::kUnit, 6}},
    {"sixteen", {Kind::kUnit, 16}},
    {"sixty", {Kind::kTens, 60}},
    {"ten", {Kind::kUnit, 10}},
    {"thirteen", {Kind::kUnit, 13}},
    {"thirty", {Kind::kTens, 30}},
    {"thousand", {Kind::kScale, 1000}},
    {"thousands", {Kind::kVague, 1000}},
    {"three", {Kind::kUnit, 3}},
    {"trillion", {Kind::kScale, 1000000000000}},
    {"trillions", {Kind::kVague, 1000000000000}},
    {"twelve", {Kind::kUnit, 12}},
    {"twenty", {Kind::kTens, 20}},
    {"two", {Kind::kUnit, 2}},
    {"zero", {Kind::kUnit, 0}},
}};

// Scale words and suffixes after a numeral; `true` marks the ambiguous
// one-letter forms that need money around them ("$5m", not "3M").
constexpr std::array<std::pair<Sv, std::pair<int, bool>>, 16> kScales = {{
    {"b", {9, true}},         {"billion", {9, false}},
    {"bln", {9, false}},      {"bn", {9, false}},
    {"hundred", {2, false}},  {"k", {3, false}},
    {"m", {6, true}},         {"mil", {6, true}},
    {"million", {6, false}},  {"mln", {6, false}},
    {"mn", {6, false}},       {"thousand", {3, false}},
    {"tn", {12, false}},      {"tr", {12, true}},
    {"trillion", {12, false}}, {"trn", {12, false}},
}};

constexpr std::array<std::pair<Sv, Sv>, 14> kCurrencySigns = {{
    {"$", "USD"},  {"a$", "AUD"}, {"c$", "CAD"}, {"hk$", "HKD"},
    {"us$", "USD"}, {"£", "GBP"}, {"¥", "JPY"},  {"₩", "KRW"},
    {"₪", "ILS"},  {"€", "EUR"},  {"₴", "UAH"},  {"₹", "INR"},
    {"₺", "TRY"},  {"₽", "RUB"},
}};

constexpr std::array<std::pair<Sv, Sv>, 38> kCurrencyWords = {{
    {"aud", "AUD"},      {"cad", "CAD"},      {"cents", "USD-cent"},
    {"chf", "CHF"},      {"cny", "CNY"},      {"dollar", "USD"},
    {"dollars", "USD"},  {"eur", "EUR"},      {"euro", "EUR"},
    {"euros", "EUR"},    {"francs", "CHF"},   {"gbp", "GBP"},
    {"hryvna", "UAH"},   {"hryvnas", "UAH"},  {"hryvnia", "UAH"},
    {"hryvnias", "UAH"}, {"inr", "INR"},      {"jpy", "JPY"},
    {"pound", "GBP"},    {"pounds", "GBP"},   {"renminbi", "CNY"},
    {"rouble", "RUB"},   {"roubles", "RUB"},  {"rub", "RUB"},
    {"ruble", "RUB"},    {"rubles", "RUB"},   {"rupee", "INR"},
    {"rupees", "INR"},   {"shekels", "ILS"},  {"sterling", "GBP"},
    {"uah", "UAH"},      {"usd", "USD"},      {"won", "KRW"},
    {"yen", "JPY"},      {"yuan", "CNY"},     {"zloty", "PLN"},
    {"zlotys", "PLN"},   {"zł", "PLN"},
}};

constexpr std::array<std::pair<Sv, Sv>, 18> kTimeUnits = {{
    {"day", "day"},       {"days", "day"},       {"decade", "decade"},
    {"decades", "decade"}, {"hour", "hour"},     {"hours", "hour"},
    {"minute", "minute"}, {"minutes", "minute"}, {"month", "month"},
    {"months", "month"},  {"second", "second"},  {"seconds", "second"},
    {"week", "week"},     {"weeks", "week"},     {"year", "year"},
    {"years", "year"},    {"yr", "year"},        {"yrs", "year"},
}};

constexpr std::array<std::pair<Sv, Sv>, 27> kMeasureUnits = {{
    {"%", "%"},          {"acres", "acre"},     {"cm", "cm"},
    {"feet", "ft"},      {"foot", "ft"},        {"ft", "ft"},
    {"hectares", "ha"},  {"kg", "kg"},          {"kilograms", "kg"},
    {"kilometers", "km"}, {"kilometres", "km"}, {"km", "km"},
    {"km/h", "km/h"},    {"kph", "km/h"},       {"lb", "lb"},
    {"lbs", "lb"},       {"meters", "m"},       {"metres", "m"},
    {"miles", "mi"},     {"mm", "mm"},          {"mph", "mph"},
    {"pct", "%"},        {"percent", "%"},      {"percentage", "%"},
    {"sq", "sq"},        {"tonnes", "t"},       {"tons", "t"},
}};

constexpr std::array<std::pair<Sv, Sv>, 30> kCasualtyVerbs = {{
    {"abducted", "abducted"},
    {"arrested", "arrested"},
    {"arresting", "arrested"},
    {"captured", "captured"},
    {"capturing", "captured"},
    {"dead", "dead"},
    {"detained", "detained"},
    {"detaining", "detained"},
    {"died", "died"},
    {"displaced", "displaced"},
    {"displacing", "displaced"},
    {"evacuated", "evacuated"},
    {"executed", "executed"},
    {"freed", "freed"},
    {"hospitalised", "hospitalized"},
    {"hospitalized", "hospitalized"},
    {"hurt", "hurt"},
    {"injured", "injured"},
    {"injures", "injured"},
    {"injuring", "injured"},
    {"kill", "killed"},
    {"killed", "killed"},
    {"killing", "killed"},
    {"kills", "killed"},
    {"missing", "missing"},
    {"released", "released"},
    {"rescued", "rescued"},
    {"wounded", "wounded"},
    {"wounding", "wounded"},
    {"wounds", "wounded"},
}};

struct QualifierPhrase {
  Sv words;  // space-separated, in text order
  Sv key;
  Rule rule;
};

// Phrases written before the number; the longest match wins.
constexpr QualifierPhrase kBefore[] = {
    {"more than", "more than", Rule::kMoreThan},
    {"over", "more than", Rule::kMoreThan},
    {"above", "more than", Rule::kMoreThan},
    {"exceeding", "more than", Rule::kMoreThan},
    {"upwards of", "more than", Rule::kMoreThan},
    {"in excess of", "more than", Rule::kMoreThan},
    {"greater than", "more than", Rule::kMoreThan},
    {"larger than", "more than", Rule::kMoreThan},
    {"well over", "more than", Rule::kMoreThan},
    {"at least", "at least", Rule::kAtLeast},
    {"no fewer than", "at least", Rule::kAtLeast},
    {"no less than", "at least", Rule::kAtLeast},
    {"a minimum of", "at least", Rule::kAtLeast},
    {"nearly", "nearly", Rule::kNearly},
    {"almost", "nearly", Rule::kNearly},
    {"just under", "nearly", Rule::kNearly},
    {"close to", "nearly", Rule::kNearly},
    {"up to", "up to", Rule::kUpTo},
    {"as many as", "up to", Rule::kUpTo},
    {"as much as", "up to", Rule::kUpTo},
    {"at most", "up to", Rule::kUpTo},
    {"no more than", "up to", Rule::kUpTo},
    {"a maximum of", "up to", Rule::kUpTo},
    {"less than", "less than", Rule::kLessThan},
    {"fewer than", "less than", Rule::kLessThan},
    {"under", "less than", Rule::kLessThan},
    {"below", "less than", Rule::kLessThan},
    {"smaller than", "less than", Rule::kLessThan},
    {"about", "about", Rule::kAbout},
    {"around", "about", Rule::kAbout},
    {"some", "about", Rule::kAbout},
    {"roughly", "about", Rule::kAbout},
    {"approximately", "about", Rule::kAbout},
    {"approx.", "about", Rule::kAbout},
    {"an estimated", "about", Rule::kAbout},
    {"estimated", "about", Rule::kAbout},
    {"circa", "about", Rule::kAbout},
    {"~", "about", Rule::kAbout},
    {"exactly", "exactly", Rule::kExact},
    {"precisely", "exactly", Rule::kExact},
};

// The last words of the kBefore phrases, sorted.
constexpr std::array<Sv, 24> kQualifierEnds = {
    "about", "above", "almost", "approx.", "approximately", "around", "as",
    "below", "circa", "estimated", "exactly", "exceeding", "least", "most",
    "nearly", "of", "over", "precisely", "roughly", "some", "than", "to",
    "under", "~",};
static_assert(Sorted(kQualifierEnds));

bool IsQualifierEnd(Sv w) {
  return Has<kQualifierEnds>(w);
}

// True when the words of `phrase` are the last norms of norms[0, count).
int MatchBefore(Sv phrase, const Sv* norms, int count) {
  int k = count;
  size_t end = phrase.size();
  while (true) {
    size_t space = phrase.rfind(' ', end - 1);
    size_t begin = space == Sv::npos ? 0 : space + 1;
    if (k == 0 || norms[k - 1] != phrase.substr(begin, end - begin)) return 0;
    --k;
    if (space == Sv::npos) return count - k;
    end = space;
  }
}

constexpr std::array<Sv, 36> kMonths = {
    "apr", "apr.", "april", "aug", "aug.", "august", "dec", "dec.",
    "december", "feb", "feb.", "february", "jan", "jan.", "january", "jul",
    "jul.", "july", "jun", "jun.", "june", "mar", "mar.", "march", "may",
    "nov", "nov.", "november", "oct", "oct.", "october", "sep", "sep.",
    "sept", "sept.", "september",};

constexpr std::array<Sv, 24> kIdWords = {
    "#",       "act",     "article", "chapter", "episode", "flight",
    "highway", "level",   "no",      "no.",     "nos.",    "number",
    "page",    "paragraph", "phase", "resolution", "room", "route",
    "season",  "section", "step",    "unit",    "version", "volume"};

constexpr std::array<Sv, 11> kClockWords = {
    "a.m.", "am", "bst", "cet", "edt", "est", "gmt", "o'clock", "p.m.", "pm",
    "utc"};

constexpr std::array<Sv, 6> kTimeAnchors = {"ago",   "before", "earlier",
                                            "later", "prior",  "since"};

constexpr std::array<Sv, 34> kBreaks = {
    "a", "ago", "almost", "an", "apiece", "as", "each", "earlier", "every",
    "just", "last", "later", "less", "more", "most", "nearly", "next", "not",
    "only", "or", "overnight", "per", "said", "says", "than", "that", "the",
    "there", "this", "today", "tomorrow", "tonight", "total", "yesterday",};

constexpr std::array<Sv, 12> kIrregularPlurals = {
    "cattle", "children", "feet",  "geese", "men",   "mice",
    "people", "personnel", "police", "staff", "teeth", "women"};

static_assert(Sorted(kMonths) && Sorted(kIdWords) && Sorted(kClockWords) &&
              Sorted(kTimeAnchors) && Sorted(kBreaks) &&
              Sorted(kIrregularPlurals));
static_assert(SortedByKey(kCasualtyVerbs));
static_assert(SortedByKey(kNumberWords) && SortedByKey(kCurrencySigns) &&
              SortedByKey(kScales) && SortedByKey(kCurrencyWords) &&
              SortedByKey(kTimeUnits) && SortedByKey(kMeasureUnits));

// Bit (third letter) of row (first two letters): the three-letter
// prefixes of the number words ("tens" shares "ten").
constexpr std::array<uint32_t, 26 * 26> MakePrefixes() {
  std::array<uint32_t, 26 * 26> rows{};
  for (const auto& entry : kNumberWords) {
    Sv w = entry.first;
    rows[(w[0] - 'a') * 26 + (w[1] - 'a')] |= uint32_t{1} << (w[2] - 'a');
  }
  return rows;
}

}  // namespace

const std::array<uint32_t, 26 * 26> kNumberWordPrefixes = MakePrefixes();

std::optional<NumberWord> LookupNumberWord(Sv norm) {
  if (norm.size() < 3 || norm.size() > 9) return std::nullopt;
  const NumberWord* w = Find<kNumberWords>(norm);
  if (w == nullptr) return std::nullopt;
  return *w;
}

int ScaleExponent(Sv norm, bool money) {
  const std::pair<int, bool>* s = Find<kScales>(norm);
  if (s == nullptr || (s->second && !money)) return -1;
  return s->first;
}

Sv CurrencySign(Sv norm) { return ValueOr<kCurrencySigns>(norm); }
Sv CurrencyWord(Sv norm) { return ValueOr<kCurrencyWords>(norm); }
Sv TimeUnit(Sv norm) { return ValueOr<kTimeUnits>(norm); }
Sv MeasureUnit(Sv norm) { return ValueOr<kMeasureUnits>(norm); }
Sv CasualtyVerb(Sv norm) { return ValueOr<kCasualtyVerbs>(norm); }

std::optional<Qualifier> QualifierBefore(const Sv* norms, int count) {
  if (count == 0 || !IsQualifierEnd(norms[count - 1])) return std::nullopt;
  std::optional<Qualifier> best;
  for (const QualifierPhrase& p : kBefore) {
    int n = MatchBefore(p.words, norms, count);
    if (n > 0 && (!best || n > best->words)) best = Qualifier{p.key, p.rule, n};
  }
  return best;
}

std::optional<Qualifier> QualifierAfter(Sv first, Sv second) {
  if (first != "or") return std::nullopt;
  if (second == "more" || second == "above") {
    return Qualifier{"at least", Rule::kAtLeast, 2};
  }
  if (second == "less" || second == "fewer" || second == "under") {
    return Qualifier{"up to", Rule::kUpTo, 2};
  }
  if (second == "so") return Qualifier{"about", Rule::kAbout, 2};
  return std::nullopt;
}

bool IsMonth(Sv norm) { return Has<kMonths>(norm); }
bool IsIdWord(Sv norm) { return Has<kIdWords>(norm); }
bool IsClockWord(Sv norm) { return Has<kClockWords>(norm); }
bool IsTimeAnchor(Sv norm) { return Has<kTimeAnchors>(norm); }
bool IsPhraseBreak(Sv norm) { return Has<kBreaks>(norm); }
bool IsIrregularPlural(Sv norm) { return Has<kIrregularPlurals>(norm); }

}  // namespace newsfuse::analyze_internal
