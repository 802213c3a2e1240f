// Unicode helpers: UTF-8 repair, NFC with offsets, and the matching form.
//
// Normalization never loses the way back: NormalizeUtf8 returns the new text
// and an OffsetMap from it to the input bytes.
//
// Thread safety: all functions are reentrant. Errors: none; invalid input is
// repaired and counted.
#ifndef NEWSFUSE_UNICODE_H_
#define NEWSFUSE_UNICODE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "newsfuse/span.h"

namespace newsfuse {

struct NormalizedText {
  std::string text;        // valid UTF-8 in NFC
  OffsetMap map;           // text -> input
  uint32_t repaired = 0;   // invalid byte sequences replaced by U+FFFD
  uint32_t first_bad = 0;  // input offset of the first one, when repaired > 0
};

// Replaces each maximal invalid UTF-8 subsequence by U+FFFD, then applies
// NFC. ASCII and already-NFC runs are copied (exact offsets); changed
// characters map to the input bytes they came from.
NormalizedText NormalizeUtf8(std::string_view input);

// True when `s` is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// The form used to compare text across outlets: case-folded, curly quotes
// and primes made straight (' and "), dashes and minus signs made '-',
// non-breaking and other spaces made ' ', ellipsis made "...". Not for
// display: spans always point at the original bytes.
std::string MatchingForm(std::string_view s);

// `s` without combining marks (decomposed first): "Škoda" -> "Skoda",
// "Zelens'kyi" unchanged. ASCII input is returned as is. For comparing
// names across transliterations, never for display.
std::string StripMarks(std::string_view s);

// The end of the run of ASCII bytes (below 0x80) starting at s[from]: the
// index of the first other byte, or s.size(). For loops that only need to
// look at the other bytes; 16 bytes per step.
size_t AsciiRunEnd(std::string_view s, size_t from);

// Decodes one code point at s[*pos], advancing *pos; U+FFFD on bad input.
char32_t DecodeUtf8(std::string_view s, size_t* pos);
void AppendUtf8(char32_t c, std::string* out);

}  // namespace newsfuse

#endif  // NEWSFUSE_UNICODE_H_
