// WordMap: a read-only map from short words (up to 16 bytes) to small
// values, for the lexicons that are looked up once per token.
//
// A word is held as two integers and its size, so that a lookup hashes
// once, in registers, and compares keys with three integer compares: no
// string hash function, no memcmp. Open addressing keeps the load under a
// third, so that most lookups of absent words end at an empty slot.
//
// Thread safety: Find is const and may run on many threads once nothing
// is added any more; on one thread, Add and Find may alternate (a memo).
// Internal to newsfuse.
#ifndef NEWSFUSE_COMMON_WORD_MAP_H_
#define NEWSFUSE_COMMON_WORD_MAP_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/load.h"

namespace newsfuse {

class WordMap {
 public:
  static constexpr size_t kMaxWord = 16;  // longer words are never found
  static constexpr uint32_t kAbsent = UINT32_MAX;

  // Maps `word` to `value` (not kAbsent); a word added twice keeps its
  // first value. Words longer than kMaxWord are ignored.
  void Add(std::string_view word, uint32_t value);

  // The value of `word`, or kAbsent.
  uint32_t Find(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWord || slots_.empty()) {
      return kAbsent;
    }
    return FindKey(KeyOf(word, 0));
  }

  // The same for ASCII letters in any case, looked up in lower case (words
  // added in lower case): no copy to fold them first.
  uint32_t FindLetters(std::string_view letters) const {
    if (letters.empty() || letters.size() > kMaxWord || slots_.empty()) {
      return kAbsent;
    }
    return FindKey(KeyOf(letters, 0x20));
  }

  size_t size() const { return size_; }

 private:
  struct Key {
    uint64_t lo = 0, hi = 0;
    uint32_t size = 0;
    bool operator==(const Key& o) const {
      return lo == o.lo && hi == o.hi && size == o.size;
    }
  };
  struct Slot {
    Key key;
    uint32_t value = kAbsent;  // kAbsent: empty
  };

  // w.size() <= kMaxWord; each byte ORed with `fold` (0x20 lower-cases a
  // letter). The bytes are loaded a few at a time, the last load
  // overlapping the one before (overlapping bytes are equal, so OR keeps
  // them): the key holds the word's bytes in order from the lowest, zeros
  // after.
  static Key KeyOf(std::string_view w, unsigned char fold) {
    const char* p = w.data();
    size_t n = w.size();
    Key k;
    k.size = static_cast<uint32_t>(n);
    if (n >= 8) {
      k.lo = LoadLittle(p, 8);
      if (n > 8) k.hi = LoadLittle(p + n - 8, 8) >> (8 * (16 - n));
    } else if (n >= 4) {
      k.lo = LoadLittle(p, 4) | LoadLittle(p + n - 4, 4) << (8 * (n - 4));
    } else if (n > 0) {
      k.lo = uint64_t(uint8_t(p[0])) | uint64_t(uint8_t(p[n / 2])) << (8 * (n / 2)) |
             uint64_t(uint8_t(p[n - 1])) << (8 * (n - 1));
    }
    if (fold != 0) {
      uint64_t ones = 0x0101010101010101ull * fold;
      k.lo |= n >= 8 ? ones : ones & ((uint64_t(1) << (8 * n)) - 1);
      if (n > 8) k.hi |= ones >> (8 * (16 - n));
    }
    return k;
  }
  static size_t Hash(const Key& k) {
    uint64_t h = (k.lo ^ (k.hi * 0xC2B2AE3D27D4EB4Full) ^ k.size) *
                 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> 32);
  }
  uint32_t FindKey(const Key& k) const {
    for (size_t s = Hash(k) & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.value == kAbsent) return kAbsent;
      if (slot.key == k) return slot.value;
    }
  }
  void Insert(const Key& k, uint32_t value);  // no growth
  void Grow();

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace newsfuse

#endif  // NEWSFUSE_COMMON_WORD_MAP_H_
