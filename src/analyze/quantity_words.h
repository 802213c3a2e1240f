// Word tables behind quantity finding: number words, scale words and
// suffixes, currencies, qualifiers, units, casualty verbs and the words that
// mark a number as a date, a time or an id. Every lookup takes a token's
// matching form (Token::norm) and is a binary search over a sorted table.
//
// Thread safety: the tables are constant. Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_QUANTITY_WORDS_H_
#define NEWSFUSE_ANALYZE_QUANTITY_WORDS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace newsfuse::analyze_internal {

enum class NumberWordKind : uint8_t {
  kUnit,     // zero .. nineteen: value
  kTens,     // twenty .. ninety: value
  kHundred,  // hundred: multiplies what precedes by 100
  kScale,    // thousand, million, billion, trillion (value = 10^exponent)
  kDozen,    // dozen: 12 (a dozen, two dozen)
  kVague,    // dozens, hundreds, thousands, millions: value = the scale
};

struct NumberWord {
  NumberWordKind kind;
  uint64_t value;
};

// "nine" -> {kUnit, 9}, "hundreds" -> {kVague, 100}; nullopt otherwise.
// Hyphenated compounds ("twenty-one") are split by the caller.
std::optional<NumberWord> LookupNumberWord(std::string_view norm);

// Bit (third letter - 'a') of entry (first letter * 26 + second): the
// three-letter prefixes of the number words.
extern const std::array<uint32_t, 26 * 26> kNumberWordPrefixes;

// False for most words that start no number word ("tens" included): a
// check of their first three letters, for the scanner's hot path.
inline bool MayBeNumberWord(std::string_view norm) {
  if (norm.size() < 3) return false;
  unsigned a = static_cast<unsigned char>(norm[0]) - 'a';
  unsigned b = static_cast<unsigned char>(norm[1]) - 'a';
  unsigned c = static_cast<unsigned char>(norm[2]) - 'a';
  return a < 26 && b < 26 && c < 26 &&
         (kNumberWordPrefixes[a * 26 + b] >> c & 1);
}

// A scale word after a numeral: "million" -> 6, "bn" -> 9, "k" -> 3; -1 if
// none. Single-letter suffixes ("m", "b", "k") count only for money, so
// `money` says whether a currency was seen.
int ScaleExponent(std::string_view norm, bool money);

// An ISO 4217 code for a currency sign ("$", "€", "£", "US$" as "us" + "$"
// is the caller's) or word ("dollars", "euros", "rubles", "usd"); "" if none.
std::string_view CurrencySign(std::string_view norm);
std::string_view CurrencyWord(std::string_view norm);

// "days" / "day" -> "day" ... for second .. year and decade; "" if none.
std::string_view TimeUnit(std::string_view norm);

// A unit of measure written after a number: "km", "kilometres" -> "km";
// "percent" -> "%"; "" if none.
std::string_view MeasureUnit(std::string_view norm);

// The past form of a casualty verb ("killing" -> "killed", "dead" ->
// "dead"), "" if the word is none.
std::string_view CasualtyVerb(std::string_view norm);

// How a qualifier turns a number into an interval.
enum class Rule : uint8_t { kExact, kMoreThan, kAtLeast, kNearly, kUpTo,
                            kLessThan, kAbout };

struct Qualifier {
  std::string_view key;  // "more than"...: Quantity::qualifier
  Rule rule;
  int words;  // how many tokens the phrase took
};

// The qualifier phrase that ends just before `end` in `norms` (a window of
// token norms, the last being the one right before the number), if any.
// `norms` holds up to 4 entries, nearest last.
std::optional<Qualifier> QualifierBefore(const std::string_view* norms,
                                         int count);

// A qualifier written after the number: "or more" -> at least, "or so" ->
// about; `second` is the norm after `first` (may be empty).
std::optional<Qualifier> QualifierAfter(std::string_view first,
                                        std::string_view second);

bool IsMonth(std::string_view norm);  // "may", "jan.", "september"
// Words after which a number is a name or an id: "article 5", "no. 10".
bool IsIdWord(std::string_view norm);
// Words that make the number before them a time: "a.m.", "pm", "gmt".
bool IsClockWord(std::string_view norm);
// Words after a duration that make it a time expression: "ago", "later".
bool IsTimeAnchor(std::string_view norm);
// Words that end a counted noun phrase though they are not stop words:
// "each", "apiece", "said", "more", "per"...
bool IsPhraseBreak(std::string_view norm);
// Plural nouns that do not end in "s": "people", "children", "police".
bool IsIrregularPlural(std::string_view norm);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_QUANTITY_WORDS_H_
