// Exact numeral reading and scaling.
#include "analyze/quantity_numeral.h"

#include <charconv>
#include <cstdio>
#include <string_view>

namespace newsfuse::analyze_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void Push(Numeral* n, char c) {
  if (n->size == static_cast<int>(sizeof(n->digits))) {
    n->too_long = true;
    return;
  }
  n->digits[n->size++] = c;
}

// Integer value of digits [0, count), nullopt past 64 bits.
std::optional<uint64_t> DigitsValue(const Numeral& n, int count) {
  uint64_t v = 0;
  for (int i = 0; i < count; ++i) {
    uint64_t d = static_cast<uint64_t>(n.digits[i] - '0');
    if (v > (UINT64_MAX - d) / 10) return std::nullopt;
    v = v * 10 + d;
  }
  return v;
}

}  // namespace

NumeralShape ReadNumeral(std::string_view s, Numeral* out, size_t* end) {
  *out = Numeral();
  size_t i = 0, group = 0, groups = 0;
  int dots = 0;
  while (i < s.size()) {
    char c = s[i];
    bool next_digit = i + 1 < s.size() && IsDigit(s[i + 1]);
    if (IsDigit(c)) {
      if (dots == 0) ++group;
      if (dots > 0) ++out->decimals;
      Push(out, c);
      ++i;
    } else if (c == ',' && next_digit && dots == 0) {
      // Groups after a comma must have exactly three digits, the first 1-3.
      if ((groups == 0 && group > 3) || (groups > 0 && group != 3)) {
        out->malformed = true;
      }
      ++groups;
      group = 0;
      ++i;
    } else if (c == '.' && next_digit) {
      ++dots;
      if (dots > 1) out->decimals = 0;
      ++i;
    } else {
      break;
    }
  }
  *end = i;
  if (i == 0) return NumeralShape::kNone;
  if (groups > 0 && group != 3) out->malformed = true;
  return dots > 1 ? NumeralShape::kDotted : NumeralShape::kNumber;
}

std::optional<uint64_t> IntegerValue(const Numeral& n) {
  if (n.too_long || n.decimals > 0) return std::nullopt;
  return DigitsValue(n, n.size);
}

std::optional<double> ScaledInteger(uint64_t v, int exponent) {
  for (int e = 0; e < exponent; ++e) {
    if (v > kMaxExactInteger / 10) return std::nullopt;
    v *= 10;
  }
  if (v > kMaxExactInteger) return std::nullopt;
  return static_cast<double>(v);
}

std::optional<double> ScaledValue(const Numeral& n, int exponent) {
  if (n.too_long || n.malformed) return std::nullopt;
  if (exponent >= n.decimals) {
    std::optional<uint64_t> v = DigitsValue(n, n.size);
    if (!v) return std::nullopt;
    return ScaledInteger(*v, exponent - n.decimals);
  }
  // A fraction remains: check the integer part, then let from_chars round.
  int int_digits = n.size - n.decimals + exponent;
  std::optional<uint64_t> whole = DigitsValue(n, int_digits);
  if (!whole || *whole > kMaxExactInteger) return std::nullopt;
  char buf[64];
  std::copy(n.digits, n.digits + n.size, buf);
  int len = n.size + std::snprintf(buf + n.size, sizeof(buf) - n.size, "e-%d",
                                   n.decimals - exponent);
  double d = 0;
  auto [ptr, ec] = std::from_chars(buf, buf + len, d);
  if (ec != std::errc()) return std::nullopt;
  return d;
}

}  // namespace newsfuse::analyze_internal
