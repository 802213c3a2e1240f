// Skipping the bytes a loop has nothing to do with, 16 at a time where
// SSE2 is there (every x86-64), one at a time elsewhere. Internal to
// newsfuse.
//
//   struct NonAscii {
//     static int Mask(__m128i v) { return _mm_movemask_epi8(v); }  // SSE2
//     static bool Is(unsigned char c) { return c >= 0x80; }
//   };
//   for (size_t i = NextByte<NonAscii>(s, 0); i < s.size();
//        i = NextByte<NonAscii>(s, i + 1)) { ... }
#ifndef NEWSFUSE_COMMON_BYTE_SCAN_H_
#define NEWSFUSE_COMMON_BYTE_SCAN_H_

#include <cstddef>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace newsfuse {

// The index of the first byte of `s` at or after `i` for which Class::Is
// holds, or s.size(). With SSE2, Class::Mask(v) must give the same for the
// 16 bytes in v, bit k for byte k; the last 1-15 bytes are looked at in a
// zero-padded copy and masked to their number.
template <typename Class>
size_t NextByte(std::string_view s, size_t i) {
#ifdef __SSE2__
  size_t n = s.size();
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (int mask = Class::Mask(v)) return i + __builtin_ctz(mask);
  }
  if (i >= n) return n;
  char tail[16] = {};
  std::memcpy(tail, s.data() + i, n - i);
  int mask = Class::Mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(tail))) &
             ((1 << (n - i)) - 1);
  return mask ? i + __builtin_ctz(mask) : n;
#else
  while (i < s.size() && !Class::Is(static_cast<unsigned char>(s[i]))) ++i;
  return i;
#endif
}

}  // namespace newsfuse

#endif  // NEWSFUSE_COMMON_BYTE_SCAN_H_
