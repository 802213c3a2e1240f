// The tokens of time expressions: ASCII words and numbers, single bytes of
// punctuation. Cheaper than the analyzer's tokens and split the way dates
// are written ("5/19/2025" is 5 / 19 / 2025, "30-day" is 30 - day).
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "analyze/time_internal.h"

namespace newsfuse::analyze_internal {
namespace {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}
inline bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// The end of the run of ASCII letters from text[i], eight bytes a step:
// each byte's top bit says whether it is a letter (of its low seven bits
// plus 0x1F: >= 'a'; plus 0x05: > 'z'; after folding case with 0x20).
size_t LettersEnd(std::string_view text, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = kOnes * 0x80;
  size_t n = text.size();
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    uint64_t low7 = (x | kOnes * 0x20) & ~kTop;
    uint64_t letters = (low7 + kOnes * 0x1F) & ~(low7 + kOnes * 0x05) & ~x;
    uint64_t other = ~letters & kTop;
    if (other != 0) return i + (std::countr_zero(other) >> 3);
  }
  while (i < n && IsAlpha(text[i])) ++i;
  return i;
}

// Scans the number at text[i]; returns its end.
size_t ScanNumber(std::string_view text, size_t i, TimeTok* t) {
  size_t n = text.size();
  int64_t value = 0;
  size_t start = i;
  while (i < n && IsDigit(text[i])) {
    if (i - start < 18) value = value * 10 + (text[i] - '0');
    ++i;
  }
  t->kind = TokKind::kNumber;
  t->number = value;
  t->digits = static_cast<uint8_t>(i - start > 255 ? 255 : i - start);
  // "1,000" and "2.5" are quantities, never parts of a date.
  while (i + 1 < n && (text[i] == ',' || text[i] == '.') &&
         IsDigit(text[i + 1])) {
    t->digits = 0;
    ++i;
    while (i < n && IsDigit(text[i])) ++i;
  }
  return i;
}

size_t ScanWord(const TimeLexicon& lexicon, std::string_view text, size_t i,
                TimeTok* t) {
  size_t start = i;
  i = LettersEnd(text, i);
  size_t len = i - start;
  t->kind = TokKind::kWord;
  t->cap = text[start] >= 'A' && text[start] <= 'Z';
  // A past-tense cue for TenseNear ("announced"), case-insensitively.
  t->ends_ed = len >= 5 && len < 12 && (text[i - 2] | 0x20) == 'e' &&
               (text[i - 1] | 0x20) == 'd';
  t->info = lexicon.FindLetters(text.data() + start, len);
  return i;
}

}  // namespace

void ScanTimeTokens(std::string_view text, uint32_t base,
                    std::vector<TimeTok>* out,
                    std::vector<uint32_t>* openers) {
  const TimeLexicon& lexicon = TimeLexicon::Get();
  size_t n = text.size();
  bool space = true;
  for (size_t i = 0; i < n;) {
    char c = text[i];
    if (IsSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    TimeTok& t = out->emplace_back();
    t.space_before = space;
    space = false;
    size_t end;
    bool opens = false;
    if (IsDigit(c)) {
      end = ScanNumber(text, i, &t);
      opens = true;
    } else if (IsAlpha(c)) {
      end = ScanWord(lexicon, text, i, &t);
      opens = t.info != nullptr && t.info->opens;
    } else {
      end = i + 1;
    }
    if (opens && openers != nullptr) {
      openers->push_back(static_cast<uint32_t>(out->size() - 1));
    }
    t.begin = base + static_cast<uint32_t>(i);
    t.end = base + static_cast<uint32_t>(end);
    i = end;
  }
}

}  // namespace newsfuse::analyze_internal
