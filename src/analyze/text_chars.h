// Character classes shared by the sentence splitter and the tokenizer.
//
// ASCII bytes are classified by a 256-entry table; other code points by
// their Unicode general category (utf8proc). Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_TEXT_CHARS_H_
#define NEWSFUSE_ANALYZE_TEXT_CHARS_H_

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

// The class of an ASCII byte (< 0x80).
CharClass AsciiClass(unsigned char b);

// The class of any code point.
CharClass ClassOf(char32_t c);

// Decodes and classifies the code point at s[pos] (pos < s.size()).
CharAt CharAtPos(std::string_view s, size_t pos);

inline bool IsWordClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower ||
         c == CharClass::kLetter || c == CharClass::kDigit ||
         c == CharClass::kMark;
}
inline bool IsLetterClass(CharClass c) {
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
