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
    uint64_t w = 0;
    std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * kMul;
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
    return std::string_view(arena_).substr(
        offsets_[id], offsets_[id + 1] - offsets_[id]);
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
      if (slot.hash == uint32_t(hash >> 32) && Key(slot.id) == s) {
        return slot.id;
      }
    }
  }

  // The id of `s`; a new one (size() before the call) when `s` is new.
  uint32_t Insert(std::string_view s, uint64_t hash, bool* added) {
    if (2 * (size() + 1) > slots_.size()) Grow();
    size_t i = hash & mask_;
    for (; slots_[i].id != kNone; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.hash == uint32_t(hash >> 32) && Key(slot.id) == s) {
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
    for (const Slot& slot : old) {
      if (slot.id == kNone) continue;
      size_t i = slot.low & mask_;
      while (slots_[i].id != kNone) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string arena_;                   // the keys, back to back
  std::vector<uint32_t> offsets_ = {0};  // key i: [offsets_[i], offsets_[i+1])
};

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_STRING_IDS_H_
