// Tokenize: words, numbers, punctuation and symbols.
//
// Decisions, chosen for matching facts across outlets:
//   * A word is a run of letters, digits and marks. An apostrophe between
//     two word characters stays inside ("Russia’s" -> norm "russia's", which
//     the English stemmer reduces to "russia"; "don't"). A hyphen between
//     two word characters joins a compound ("Ukraine-Russia", "30-day",
//     "COVID-19"); en and em dashes do not ("Zelensky–Putin" is three
//     tokens), as they mark ranges, pairs and asides.
//   * Dotted acronyms keep their periods ("U.S.", "a.m.", "Ph.D."), and so
//     do known abbreviations and initials ("Mr.", "Gen.", "J."), even at the
//     end of a sentence: the period is not repeated as a token.
//   * A token that starts with a digit is a number: "2022", "5.5", "1,000"
//     (a comma joins exactly three digits), "10:30", "1.2.3", "10am", "5th",
//     "30-day". Currency signs and '%' are separate symbol tokens.
//   * "..." and "--" are one token each; other punctuation is one character
//     per token. Unicode punctuation is kPunct, symbols (S*) are kSymbol.
//   * norm is MatchingForm(text) (an ASCII fast path lower-cases in place).
#include <array>
#include <string_view>
#include <vector>

#include "analyze/abbreviations.h"
#include "analyze/text_chars.h"
#include "newsfuse/analyze.h"
#include "newsfuse/unicode.h"

namespace newsfuse {
namespace {

using analyze_internal::CharAt;
using analyze_internal::CharAtPos;
using analyze_internal::CharClass;
using analyze_internal::IsWordClass;

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

constexpr std::array<bool, 128> MakeAsciiWordTable() {
  std::array<bool, 128> t{};
  for (int b = 0; b < 128; ++b) {
    t[b] = IsWordClass(analyze_internal::kAsciiClass[b]);
  }
  return t;
}
constexpr std::array<bool, 128> kAsciiWord = MakeAsciiWordTable();

// True when a word character starts at p[i].
bool WordCharAt(std::string_view p, size_t i) {
  return i < p.size() && IsWordClass(CharAtPos(p, i).cls);
}

// The end of the word or number run starting at `i`: word characters, with
// apostrophes and joining hyphens between them.
size_t ScanWord(std::string_view p, size_t i) {
  while (i < p.size()) {
    auto b = static_cast<unsigned char>(p[i]);
    if (b < 0x80 && kAsciiWord[b]) {
      ++i;
      continue;
    }
    CharAt ch = CharAtPos(p, i);
    if (IsWordClass(ch.cls)) {
      i += ch.len;
    } else if ((analyze_internal::IsApostrophe(ch.c) ||
                analyze_internal::IsJoiningHyphen(ch.c)) &&
               WordCharAt(p, i + ch.len)) {
      i += ch.len;
    } else {
      break;
    }
  }
  return i;
}

// The end of a number starting at `i`: digits with "." + digit, ":" + digit
// and "," + exactly three digits inside, then any word continuation.
size_t ScanNumber(std::string_view p, size_t i) {
  const size_t n = p.size();
  while (i < n) {
    if (IsAsciiDigit(p[i])) {
      ++i;
    } else if ((p[i] == '.' || p[i] == ':') && i + 1 < n &&
               IsAsciiDigit(p[i + 1])) {
      i += 2;
    } else if (p[i] == ',' && i + 3 < n && IsAsciiDigit(p[i + 1]) &&
               IsAsciiDigit(p[i + 2]) && IsAsciiDigit(p[i + 3]) &&
               (i + 4 == n || !IsAsciiDigit(p[i + 4]))) {
      i += 4;
    } else {
      break;
    }
  }
  return ScanWord(p, i);  // "10am", "5th", "30-day"
}

// After a word [b, e) that a period follows: the end including the period
// for dotted acronyms ("U.S.", "a.m."), abbreviations and initials.
size_t TakeAbbreviationPeriod(std::string_view p, size_t b, size_t e) {
  size_t i = e;
  // Dotted acronym: segments of one or two ASCII letters, each + '.'.
  while (i < p.size() && p[i] == '.' && i - b <= 12) {
    size_t s = i + 1, t = s;
    while (t < p.size() && t - s < 3 && IsAsciiLetter(p[t])) ++t;
    if (t == s || t - s > 2 || t >= p.size() || p[t] != '.') break;
    if (t + 1 < p.size() && IsWordClass(CharAtPos(p, t + 1).cls)) break;
    i = t;
  }
  if (i > e) return i + 1;  // "U.S." (the loop stopped before its last '.')
  std::string_view word = p.substr(b, e - b);
  return analyze_internal::ClassifyAbbreviation(word) ==
                 analyze_internal::Abbreviation::kNone
             ? e
             : e + 1;
}

// MatchingForm(text) kept in *chars, lower-casing ASCII text directly.
std::string_view NormOf(std::string_view text, TokenChars* chars) {
  char* out = chars->Allocate(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) {  // rare: the general path
      return chars->Add(MatchingForm(text));      // (wastes text.size())
    }
    out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return {out, text.size()};
}

// The end and kind of the token starting at p[i] (not white space).
size_t ScanToken(std::string_view p, size_t i, TokenKind* kind) {
  CharAt ch = CharAtPos(p, i);
  if (ch.cls == CharClass::kDigit) {
    *kind = TokenKind::kNumber;
    return ScanNumber(p, i);
  }
  if (IsWordClass(ch.cls)) {
    *kind = TokenKind::kWord;
    size_t e = ScanWord(p, i);
    if (e < p.size() && p[e] == '.' && IsAsciiLetter(p[i])) {
      e = TakeAbbreviationPeriod(p, i, e);
    }
    return e;
  }
  *kind = ch.cls == CharClass::kPunct ? TokenKind::kPunct : TokenKind::kSymbol;
  size_t e = i + ch.len;
  if (ch.c == '.' || ch.c == '-') {  // "...", "--"
    while (e < p.size() && p[e] == static_cast<char>(ch.c)) ++e;
  }
  return e;
}

// The common case, a word of ASCII letters and digits starting with a
// letter at text[i] and followed by none of . ' - or a non-ASCII byte: its
// end, else i (the general scanner decides).
size_t PlainAsciiWordEnd(std::string_view text, size_t i) {
  if (!IsAsciiLetter(text[i])) return i;
  size_t e = i + 1;
  while (e < text.size() && static_cast<unsigned char>(text[e]) < 0x80 &&
         kAsciiWord[static_cast<unsigned char>(text[e])]) {
    ++e;
  }
  if (e == text.size()) return e;
  char c = text[e];
  bool plain =
      static_cast<unsigned char>(c) < 0x80 && c != '.' && c != '\'' && c != '-';
  return plain ? e : i;
}

void AddToken(std::string_view text, uint32_t base, size_t b, size_t e,
              TokenKind kind, std::vector<Token>* out, TokenChars* chars) {
  Token& t = out->emplace_back();
  t.kind = kind;
  t.text = {base + static_cast<uint32_t>(b), base + static_cast<uint32_t>(e)};
  t.norm = NormOf(text.substr(b, e - b), chars);
}

}  // namespace

void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out,
              TokenChars* chars) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      CharClass cls = analyze_internal::AsciiClass(b);
      if (cls == CharClass::kSpace || cls == CharClass::kMark) {
        ++i;
        continue;
      }
      size_t e = PlainAsciiWordEnd(text, i);
      if (e > i) {
        AddToken(text, base, i, e, TokenKind::kWord, out, chars);
        i = e;
        continue;
      }
    } else {
      CharAt ch = CharAtPos(text, i);
      if (ch.cls == CharClass::kSpace || ch.cls == CharClass::kMark) {
        i += ch.len;
        continue;
      }
    }
    TokenKind kind;
    size_t e = ScanToken(text, i, &kind);
    AddToken(text, base, i, e, kind, out, chars);
    i = e;
  }
}

}  // namespace newsfuse
