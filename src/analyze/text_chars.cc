#include "analyze/text_chars.h"

#include <utf8proc.h>

#include "newsfuse/unicode.h"

namespace newsfuse::analyze_internal {

CharClass ClassOf(char32_t c) {
  if (c < 0x80) return kAsciiClass[c];
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return CharClass::kLower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

CharAt NonAsciiCharAt(std::string_view s, size_t pos) {
  size_t next = pos;
  char32_t c = DecodeUtf8(s, &next);
  return {c, static_cast<uint32_t>(next - pos), ClassOf(c)};
}

bool IsClosing(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
    case 0x2019:
    case 0x201D:
    case 0x00BB:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

bool IsOpening(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
    case 0x2018:
    case 0x201C:
    case 0x201E:
    case 0x00AB:
    case 0x2039:
      return true;
    default:
      return false;
  }
}

size_t SpaceRun(std::string_view s, size_t pos) {
  size_t i = pos;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (kAsciiClass[b] != CharClass::kSpace) break;
      ++i;
      continue;
    }
    CharAt ch = CharAtPos(s, i);
    if (ch.cls != CharClass::kSpace) break;
    i += ch.len;
  }
  return i - pos;
}

}  // namespace newsfuse::analyze_internal
