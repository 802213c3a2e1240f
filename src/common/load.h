// Loading a few bytes of text as one little-endian integer, for hashing and
// comparing short words a word at a time. Internal to newsfuse.
#ifndef NEWSFUSE_COMMON_LOAD_H_
#define NEWSFUSE_COMMON_LOAD_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace newsfuse {

// n (4 or 8) bytes from p, little-endian: one load at run time on
// little-endian machines, else (and in constant expressions, for tables
// built at compile time) byte by byte, to the same value.
constexpr uint64_t LoadLittle(const char* p, size_t n) {
  if (!std::is_constant_evaluated() &&
      std::endian::native == std::endian::little) {
    if (n == 8) {
      uint64_t w;
      std::memcpy(&w, p, 8);
      return w;
    }
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  }
  uint64_t w = 0;
  for (size_t i = n; i-- > 0;) w = (w << 8) | static_cast<unsigned char>(p[i]);
  return w;
}

}  // namespace newsfuse

#endif  // NEWSFUSE_COMMON_LOAD_H_
