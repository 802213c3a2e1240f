// The quantity scanner, shared by FindQuantities and ParseQuantity.
//
// A quantity is found in three steps over one sentence's tokens: the
// number itself (a numeral or number words, with its scale and an in-token
// range or compound: quantity_core.cc), then what surrounds it (qualifier,
// currency, range, unit, counted noun, distributive and rate phrases, and
// the checks that reject dates, times and ids: quantity_phrase.cc).
//
// Thread safety: pure functions over their arguments. Internal to
// src/analyze.
#ifndef NEWSFUSE_ANALYZE_QUANTITY_SCAN_H_
#define NEWSFUSE_ANALYZE_QUANTITY_SCAN_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analyze/quantity_words.h"
#include "newsfuse/article.h"

namespace newsfuse::analyze_internal {

// One sentence: `text` is what token spans index (Article::text), and
// tokens[0, size) the sentence's tokens.
struct SentenceView {
  std::string_view text;
  const Token* tokens = nullptr;
  size_t size = 0;

  std::string_view Norm(size_t i) const {
    return i < size ? std::string_view(tokens[i].norm) : std::string_view();
  }
  // True when token i ends exactly where token i + 1 begins.
  bool Adjoins(size_t i) const {
    return i + 1 < size && tokens[i].text.end == tokens[i + 1].text.begin;
  }
};

// The number itself.
struct Core {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  std::optional<double> low, high;  // high differs for ranges and vague
  bool unresolved = false;
  bool words = false;          // written in words ("nine")
  bool plain_integer = false;  // bare digits, no separator, scale or suffix
  uint64_t integer = 0;        // its value when plain_integer
  bool scaled = false;         // a scale word or suffix applied
  int exponent = 0;            // that scale: 10^exponent
  bool vague = false;          // "hundreds", "tens of thousands"
  bool range = false;          // "10-15" inside one token
  bool reject = false;         // an ordinal, time, version or id
  std::string_view suffix;     // compound after '-': "day", "year-old"
};

// Reads the number starting at token i (a numeral or number word); false
// when there is none. `money` allows one-letter scale suffixes ("$5m").
bool ParseCore(const SentenceView& s, size_t i, bool money, Core* out);

// Token::numeric, from its kind, stop flag and norm (the analyzer sets it
// once per token).
inline bool IsNumericToken(const Token& t) {
  if (t.kind == TokenKind::kNumber) return true;
  return t.kind == TokenKind::kWord && !t.stop && MayBeNumberWord(t.norm);
}

// True when token i may start a number (one byte to test: the hot path).
inline bool MayStartNumber(const Token& t) { return t.numeric; }

// Appends the sentence's quantities to *out with text spans and values
// (not `original` or `sentence`).
void ScanSentence(const SentenceView& s, std::vector<Quantity>* out);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_QUANTITY_SCAN_H_
