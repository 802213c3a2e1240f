// The number itself: a numeral with its scale, in-token range or compound
// ("1,000", "1.5 million", "$2bn", "10-15", "30-day"), or number words
// ("twenty-one", "two hundred and five", "a dozen", "tens of thousands").
#include <string_view>

#include "analyze/quantity_numeral.h"
#include "analyze/quantity_scan.h"
#include "analyze/quantity_words.h"

namespace newsfuse::analyze_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// The lower-cased bytes [from, end of token `k`) of the text, or an empty
// view when the token's norm does not map byte for byte.
std::string_view LowerRest(const SentenceView& s, size_t k, uint32_t from) {
  const Token& t = s.tokens[k];
  if (from >= t.text.end || t.norm.size() != t.text.size()) return {};
  return std::string_view(t.norm).substr(from - t.text.begin);
}

void SetValue(const Numeral& n, int exponent, std::optional<double>* v,
              bool* unresolved) {
  *v = n.malformed ? std::nullopt : ScaledValue(n, exponent);
  if (!*v) *unresolved = true;
}

// Reads what follows the numeral inside its token: "-15" (a range),
// "-day" (a compound), "bn" (a scale). Returns the scale exponent, or -1
// and sets c->reject for ordinals, times, decades and ids ("5th", "10am",
// "1990s", "3G", "2025-05-19").
int ReadSuffix(std::string_view rest, bool money, Core* c, Numeral* second) {
  if (rest.size() >= 2 && rest[0] == '-' && IsDigit(rest[1])) {
    size_t len = 0;
    if (ReadNumeral(rest.substr(1), second, &len) != NumeralShape::kNumber) {
      c->reject = true;
      return -1;
    }
    c->range = true;
    rest.remove_prefix(1 + len);
    if (rest.empty()) return 0;
    if (rest.size() >= 2 && rest[0] == '-' && IsLower(rest[1])) {
      c->suffix = rest.substr(1);
      return 0;
    }
    c->reject = true;
    return -1;
  }
  if (rest.size() >= 2 && rest[0] == '-' && IsLower(rest[1])) {
    c->suffix = rest.substr(1);
    return 0;
  }
  int e = ScaleExponent(rest, money);
  if (e >= 0) return e;
  if (!MeasureUnit(rest).empty()) {
    c->suffix = rest;
    return 0;
  }
  c->reject = true;
  return -1;
}

// Bare digits ("2022", "12") may be years, days or list numbers.
void MarkPlainInteger(const Numeral& n, bool grouped, Core* c) {
  if (grouped || c->scaled || c->range || !c->suffix.empty() ||
      n.decimals > 0 || n.too_long) {
    return;
  }
  std::optional<uint64_t> v = IntegerValue(n);
  c->plain_integer = v.has_value();
  c->integer = v.value_or(0);
}

bool ParseNumeralCore(const SentenceView& s, size_t i, bool money, Core* c) {
  const Token& t = s.tokens[i];
  uint32_t stop = s.tokens[s.size - 1].text.end;
  std::string_view from = s.text.substr(t.text.begin, stop - t.text.begin);
  Numeral n, second;
  size_t len = 0;
  NumeralShape shape = ReadNumeral(from, &n, &len);
  if (shape == NumeralShape::kNone) return false;
  c->begin = i;
  c->end = i + 1;
  uint32_t read_end = t.text.begin + static_cast<uint32_t>(len);
  while (c->end < s.size && s.tokens[c->end].text.begin < read_end) ++c->end;
  if (shape == NumeralShape::kDotted) {
    c->reject = true;
    return true;
  }
  const Token& last = s.tokens[c->end - 1];
  int exponent = 0;
  if (last.text.end > read_end) {
    std::string_view rest = LowerRest(s, c->end - 1, read_end);
    exponent = rest.empty() ? -1 : ReadSuffix(rest, money, c, &second);
    if (exponent < 0) {
      c->reject = true;
      return true;
    }
  }
  if (exponent == 0 && c->suffix.empty()) {
    int e = ScaleExponent(s.Norm(c->end), money);
    if (e >= 0 && s.tokens[c->end].kind == TokenKind::kWord) {
      exponent = e;
      ++c->end;
    }
  }
  c->scaled = exponent > 0;
  c->exponent = exponent;
  SetValue(n, exponent, &c->low, &c->unresolved);
  if (c->range) SetValue(second, exponent, &c->high, &c->unresolved);
  else c->high = c->low;
  bool grouped = from.substr(0, len).find(',') != std::string_view::npos;
  MarkPlainInteger(n, grouped, c);
  return true;
}

// "dozens", "hundreds", "tens of thousands", "hundreds of thousands".
bool ParseVague(const SentenceView& s, size_t i, Core* c) {
  std::string_view w = s.Norm(i);
  std::optional<NumberWord> first = LookupNumberWord(w);
  uint64_t scale = 0;
  size_t end = i + 1;
  if (w == "tens") {
    scale = 10;
  } else if (first && first->kind == NumberWordKind::kVague) {
    scale = first->value;
  } else {
    return false;
  }
  if (s.Norm(i + 1) == "of") {
    std::optional<NumberWord> next = LookupNumberWord(s.Norm(i + 2));
    if (next && next->kind == NumberWordKind::kVague && next->value >= 1000) {
      scale *= next->value;
      end = i + 3;
    } else if (w == "tens") {
      return false;
    }
  } else if (w == "tens") {
    return false;
  }
  c->begin = i;
  c->end = end;
  c->words = c->vague = true;
  bool dozens = scale == 12;
  c->low = ScaledInteger(2 * scale, 0);
  c->high = ScaledInteger(dozens ? 144 : 10 * scale, 0);
  c->unresolved = !c->low || !c->high;
  return true;
}

enum class Last { kNone, kUnit, kTens, kHundred, kScale };

// Folds one number word into total/current; false when it cannot follow.
bool AddWord(const NumberWord& w, Last* last, uint64_t* total,
             uint64_t* current) {
  switch (w.kind) {
    case NumberWordKind::kUnit:
      if (*last == Last::kUnit || (*last == Last::kTens && w.value >= 10)) {
        return false;
      }
      *current += w.value;
      *last = Last::kUnit;
      return true;
    case NumberWordKind::kTens:
      if (*last == Last::kUnit || *last == Last::kTens) return false;
      *current += w.value;
      *last = Last::kTens;
      return true;
    case NumberWordKind::kHundred:
      if (*last == Last::kHundred || *last == Last::kScale) return false;
      *current = (*current ? *current : 1) * 100;
      *last = Last::kHundred;
      return true;
    case NumberWordKind::kScale:
      if (*last == Last::kScale) return false;
      *total += (*current ? *current : 1) * w.value;
      *current = 0;
      *last = Last::kScale;
      return true;
    case NumberWordKind::kDozen:
      if (*last != Last::kNone && *last != Last::kUnit) return false;
      *current = (*current ? *current : 1) * 12;
      *last = Last::kScale;  // nothing more may follow
      return true;
    case NumberWordKind::kVague:
      return false;
  }
  return false;
}

// Folds the '-'-separated parts of token k; returns how many parts were
// number words, and sets c->suffix to the rest ("three-year" -> "year").
int AddToken(const SentenceView& s, size_t k, Last* last, uint64_t* total,
             uint64_t* current, Core* c) {
  std::string_view norm = s.Norm(k);
  int parts = 0;
  size_t pos = 0;
  while (pos <= norm.size()) {
    size_t dash = norm.find('-', pos);
    if (dash == std::string_view::npos) dash = norm.size();
    std::optional<NumberWord> w =
        LookupNumberWord(norm.substr(pos, dash - pos));
    if (!w || !AddWord(*w, last, total, current)) {
      if (parts > 0) c->suffix = norm.substr(pos);
      return parts;
    }
    ++parts;
    pos = dash + 1;
  }
  return parts;
}

bool ParseWordsCore(const SentenceView& s, size_t i, Core* c) {
  if (ParseVague(s, i, c)) return true;
  Last last = Last::kNone;
  uint64_t total = 0, current = 0;
  size_t k = i;
  while (k < s.size && s.tokens[k].kind == TokenKind::kWord) {
    if (s.Norm(k) == "and" && k > i &&
        (last == Last::kHundred || last == Last::kScale) &&
        LookupNumberWord(s.Norm(k + 1).substr(0, s.Norm(k + 1).find('-')))) {
      ++k;
      continue;
    }
    int parts = AddToken(s, k, &last, &total, &current, c);
    if (parts == 0) break;
    ++k;
    if (!c->suffix.empty()) break;
  }
  if (k > i && s.Norm(k - 1) == "and") --k;
  if (k == i) return false;
  c->begin = i;
  c->end = k;
  c->words = true;
  c->low = c->high = ScaledInteger(total + current, 0);
  c->unresolved = !c->low;
  return true;
}

}  // namespace

bool ParseCore(const SentenceView& s, size_t i, bool money, Core* out) {
  *out = Core();
  if (s.tokens[i].kind == TokenKind::kNumber) {
    return ParseNumeralCore(s, i, money, out);
  }
  return ParseWordsCore(s, i, out);
}

}  // namespace newsfuse::analyze_internal
