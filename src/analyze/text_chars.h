// Character classes shared by the sentence splitter and the tokenizer.
//
// ASCII bytes are classified by a 256-entry table; other code points by
// their Unicode general category (utf8proc). Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_TEXT_CHARS_H_
#define NEWSFUSE_ANALYZE_TEXT_CHARS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsfuse::analyze_internal {

enum class CharClass : uint8_t {
  kSpace,   // white space and line breaks
  kUpper,   // an upper- or title-case letter
  kLower,   // a lower-case letter
  kLetter,  // a letter without case (CJK, Arabic...)
  kMark,    // combining marks and format characters: continue a word
  kDigit,   // a decimal digit
  kPunct,   // punctuation (Unicode P*)
  kSymbol,  // symbols ($, %, +, ©...) and anything unassigned
};

// One decoded code point and its length in bytes (at least 1).
struct CharAt {
  char32_t c;
  uint32_t len;
  CharClass cls;
};

constexpr std::array<CharClass, 128> MakeAsciiClassTable() {
  std::array<CharClass, 128> t{};
  for (int b = 0; b < 128; ++b) {
    CharClass c = CharClass::kSymbol;
    if (b >= 'a' && b <= 'z') {
      c = CharClass::kLower;
    } else if (b >= 'A' && b <= 'Z') {
      c = CharClass::kUpper;
    } else if (b >= '0' && b <= '9') {
      c = CharClass::kDigit;
    } else if (b == ' ' || (b >= '\t' && b <= '\r')) {
      c = CharClass::kSpace;
    } else if (b < 0x20 || b == 0x7F) {
      c = CharClass::kMark;  // control bytes: ignorable inside a word
    } else {
      // Sentence and word punctuation; the rest ($ % & # @ + = ...) are
      // symbols, whatever their Unicode category, as they carry meaning.
      constexpr std::string_view kPunct = "!\"'(),-./:;?[]_{}";
      if (kPunct.find(static_cast<char>(b)) != std::string_view::npos) {
        c = CharClass::kPunct;
      }
    }
    t[b] = c;
  }
  return t;
}
inline constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiClassTable();

// The class of an ASCII byte (< 0x80).
inline CharClass AsciiClass(unsigned char b) { return kAsciiClass[b & 0x7F]; }

// The class of any code point.
CharClass ClassOf(char32_t c);

// Decodes and classifies a non-ASCII code point at s[pos].
CharAt NonAsciiCharAt(std::string_view s, size_t pos);

// Decodes and classifies the code point at s[pos] (pos < s.size()).
inline CharAt CharAtPos(std::string_view s, size_t pos) {
  auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) return {b, 1, kAsciiClass[b]};
  return NonAsciiCharAt(s, pos);
}

constexpr bool IsWordClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower ||
         c == CharClass::kLetter || c == CharClass::kDigit ||
         c == CharClass::kMark;
}
constexpr bool IsLetterClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower ||
         c == CharClass::kLetter;
}

// Quotes and brackets that close (’ ” » › ) ] and the straight ' ") or open
// (‘ “ „ « ‹ ( [ and the straight ones) a quotation or aside.
bool IsClosing(char32_t c);
bool IsOpening(char32_t c);

// Hyphens that join a compound word ("Ukraine-Russia", "30-day"); en and
// em dashes are not among them.
inline bool IsJoiningHyphen(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}
// Apostrophes inside a word ("Russia’s", "don't").
inline bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Bytes after `pos` that are white space (ASCII or Unicode), as a count.
size_t SpaceRun(std::string_view s, size_t pos);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_TEXT_CHARS_H_
