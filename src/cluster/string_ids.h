// StringIds: dense ids (0, 1, 2... in order of first insertion) for
// strings, over one open-addressing table of hashes and one byte arena for
// the keys. The cluster stage looks up every word and feature key of every
// article; std::unordered_map<std::string, ...> spent most of that time in
// node allocation, pointer chasing and hashing the same bytes twice.
//
//   StringIds ids;
//   uint64_t h = KeyHash("w:capsiz");
//   bool added;
//   uint32_t id = ids.Insert("w:capsiz", h, &added);  // 0, added
//   ids.Find("w:capsiz", h);                          // 0
//
// Callers compute the hash once and may reuse it (features carry theirs to
// the index). There is no erase; Clear() keeps the capacity.
#ifndef NEWSFUSE_CLUSTER_STRING_IDS_H_
#define NEWSFUSE_CLUSTER_STRING_IDS_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsfuse::cluster {

// The `n` (1..7) bytes at `p` as a little-endian number, as memcpy into a
// zeroed uint64_t would give, but from fixed-size loads: a memcpy of a
// variable size is a library call, for every word of every article. The
// two loads overlap; the bytes they share land on the same bits.
inline uint64_t LoadTail(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | uint64_t{hi} << (8 * (n - 4));
  }
  auto byte = [p](size_t k) {
    return uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  };
  return byte(0) | byte(n / 2) | byte(n - 1);
}

// a == b, without a library call for keys of up to 16 bytes (nearly all
// words and feature keys).
inline bool SameKey(std::string_view a, std::string_view b) {
  size_t n = a.size();
  if (n != b.size()) return false;
  if (n > 16) return std::memcmp(a.data(), b.data(), n) == 0;
  if (n >= 8) {
    uint64_t a0, a1, b0, b1;
    std::memcpy(&a0, a.data(), 8);
    std::memcpy(&a1, a.data() + n - 8, 8);
    std::memcpy(&b0, b.data(), 8);
    std::memcpy(&b1, b.data() + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return n == 0 || LoadTail(a.data(), n) == LoadTail(b.data(), n);
}

// A fast (not stable across versions) 64-bit hash of `s`, 8 bytes a step.
inline uint64_t KeyHash(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (i < s.size()) {
    h = (h ^ LoadTail(s.data() + i, s.size() - i)) * kMul;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  return h ^ (h >> 32);
}

class StringIds {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  size_t size() const { return offsets_.size() - 1; }
  std::string_view Key(uint32_t id) const {
    return std::string_view(arena_.data() + offsets_[id],
                            offsets_[id + 1] - offsets_[id]);
  }

  // Asks the CPU to load the slot where a probe for `hash` starts: a
  // large table misses the cache on nearly every probe.
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & mask_]);
  }

  // The id of `s` (whose KeyHash is `hash`), or kNone.
  uint32_t Find(std::string_view s, uint64_t hash) const {
    if (slots_.empty()) return kNone;
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) return kNone;
      if (slot.hash == uint32_t(hash >> 32) && SameKey(Key(slot.id), s)) {
        return slot.id;
      }
    }
  }

  // The id of `s`; a new one (size() before the call) when `s` is new.
  uint32_t Insert(std::string_view s, uint64_t hash, bool* added) {
    if (size() >= max_size_) Grow();
    size_t i = hash & mask_;
    for (; slots_[i].id != kNone; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.hash == uint32_t(hash >> 32) && SameKey(Key(slot.id), s)) {
        *added = false;
        return slot.id;
      }
    }
    *added = true;
    auto id = static_cast<uint32_t>(size());
    slots_[i] = {id, uint32_t(hash >> 32), uint32_t(hash)};
    arena_.append(s);
    offsets_.push_back(static_cast<uint32_t>(arena_.size()));
    return id;
  }

  void Clear() {
    if (size() == 0) return;
    for (Slot& slot : slots_) slot.id = kNone;
    arena_.clear();
    offsets_.assign(1, 0);
  }

 private:
  struct Slot {
    uint32_t id = kNone;
    uint32_t hash = 0;  // high half of the key's hash
    uint32_t low = 0;   // low half, to re-place the slot on growth
  };
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot());
    mask_ = slots_.size() - 1;
    max_size_ = slots_.size() / 2;
    for (const Slot& slot : old) {
      if (slot.id == kNone) continue;
      size_t i = slot.low & mask_;
      while (slots_[i].id != kNone) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t max_size_ = 0;  // keys the slots take before growing (half full)
  std::string arena_;                   // the keys, back to back
  std::vector<uint32_t> offsets_ = {0};  // key i: [offsets_[i], offsets_[i+1])
};

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_STRING_IDS_H_
