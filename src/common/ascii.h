// ASCII character classes, inline: what <cctype> answers in the "C"
// locale (the only one newsfuse runs in), without a library call per
// byte. Bytes from 0x80 are in no class. Internal to newsfuse.
#ifndef NEWSFUSE_COMMON_ASCII_H_
#define NEWSFUSE_COMMON_ASCII_H_

namespace newsfuse {

inline bool IsAsciiUpper(char c) { return unsigned(c - 'A') < 26u; }
inline bool IsAsciiLower(char c) { return unsigned(c - 'a') < 26u; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(char c) { return unsigned(c - '0') < 10u; }

}  // namespace newsfuse

#endif  // NEWSFUSE_COMMON_ASCII_H_
