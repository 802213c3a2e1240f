// Numerals: digits with separators and decimals, read exactly, and scaled
// without rounding ("1.5" x million is 1500000 exactly, not 1.5 * 1e6).
//
// Thread safety: pure functions. Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_QUANTITY_NUMERAL_H_
#define NEWSFUSE_ANALYZE_QUANTITY_NUMERAL_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsfuse::analyze_internal {

// 2^53: every integer up to it is an exact double; past it, unresolved.
inline constexpr uint64_t kMaxExactInteger = uint64_t{1} << 53;

// A decimal number as written: its digits (no separators) with `decimals`
// of them after the point.
struct Numeral {
  char digits[40];
  int size = 0;      // digits used
  int decimals = 0;  // digits after the decimal point
  bool too_long = false;   // more than 40 digits: unresolved
  bool malformed = false;  // digit groups that are not 1-3 then 3s
};

enum class NumeralShape : uint8_t {
  kNone,     // `s` does not start with a digit
  kNumber,   // "1,000", "5.5", "12"
  kDotted,   // "1.2.3", "192.168.1.2": a version or address, not a number
};

// Reads the numeral at the start of `s`: digits, ',' between digit groups,
// one '.' before decimals. Sets *end to the bytes read.
NumeralShape ReadNumeral(std::string_view s, Numeral* out, size_t* end);

// Value of an integer (no decimals) numeral, nullopt when it does not fit
// in 64 bits.
std::optional<uint64_t> IntegerValue(const Numeral& n);

// The numeral times 10^exponent as a double: exact when the result is an
// integer (nullopt when that integer exceeds kMaxExactInteger), correctly
// rounded otherwise (nullopt when its integer part exceeds it).
std::optional<double> ScaledValue(const Numeral& n, int exponent);

// An exact integer times 10^exponent, nullopt past kMaxExactInteger.
std::optional<double> ScaledInteger(uint64_t v, int exponent);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_QUANTITY_NUMERAL_H_
