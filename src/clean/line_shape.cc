// The shape of a line: whitespace, words, how it starts and ends.
#include <string_view>

#include "clean/clean_internal.h"

namespace newsfuse {
namespace clean_internal {

size_t LeadingSpace(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c <= ' ' || c == 0x7F) {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else if (s.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

size_t TrailingSpace(std::string_view s) {
  size_t n = s.size();
  while (n > 0) {
    unsigned char c = static_cast<unsigned char>(s[n - 1]);
    if (c <= ' ' || c == 0x7F) {
      --n;
    } else if (n >= 2 && s.substr(n - 2, 2) == "\xC2\xA0") {
      n -= 2;
    } else if (n >= 3 && s.substr(n - 3, 3) == "\xEF\xBB\xBF") {
      n -= 3;
    } else {
      break;
    }
  }
  return s.size() - n;
}

std::string_view Trim(std::string_view s) {
  s.remove_prefix(LeadingSpace(s));
  s.remove_suffix(TrailingSpace(s));
  return s;
}

size_t CountWords(std::string_view s, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = static_cast<unsigned char>(c) <= ' ';
    if (!space && !in_word && ++words > limit) break;
    in_word = !space;
  }
  return words;
}

bool EndsSentence(std::string_view line) {
  // Closing quotes and brackets that may follow the final punctuation.
  static constexpr std::string_view kClosers[] = {"\xE2\x80\x9D",
                                                  "\xE2\x80\x99",
                                                  "\xC2\xBB",
                                                  "\xE2\x80\xBA",
                                                  "\"",
                                                  "'",
                                                  ")",
                                                  "]"};
  std::string_view s = Trim(line);
  bool closed = false;
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view q : kClosers) {
      if (s.ends_with(q)) {
        s.remove_suffix(q.size());
        closed = again = true;
        break;
      }
    }
  }
  if (s.empty()) return false;
  char c = s.back();
  if (c == '.' || c == '!' || c == '?' || s.ends_with("\xE2\x80\xA6")) {
    return true;
  }
  return closed && c == ',';
}

bool StartsCapitalized(std::string_view line) {
  static constexpr std::string_view kOpeners[] = {
      "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "\"", "'", "("};
  std::string_view s = Trim(line);
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view q : kOpeners) {
      if (s.starts_with(q)) {
        s.remove_prefix(q.size());
        again = true;
        break;
      }
    }
  }
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace clean_internal

}  // namespace newsfuse
