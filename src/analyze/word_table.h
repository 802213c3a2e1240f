// Read-only word lookups for the analyze stage's lexicons, built for a
// small resident footprint: every byte of a lexicon is touched over a run,
// so its size is part of the program's peak memory.
//
//   FlagTable:        short strings -> flag bits, open addressing over
//                     string_views into static storage (16 bytes a slot).
//   FrontCodedWords:  membership in a large sorted word list stored
//                     front-coded (cmake/gen_gazetteer.py writes it).
//   WordIndex:        a small fixed list indexed at compile time.
//
// Thread safety: all are immutable once built; lookups are const and may
// run concurrently. Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_WORD_TABLE_H_
#define NEWSFUSE_ANALYZE_WORD_TABLE_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "common/load.h"

namespace newsfuse::analyze_internal {

// The hash behind the tables: eight bytes at a time, mixed. Inline, as it
// runs for every word, and constexpr, for tables built at compile time.
constexpr uint64_t HashWord(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
  auto mix = [&h](uint64_t w) {
    h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  };
  // Words are short: their last bytes are read in one or two loads that
  // may overlap bytes read before, not a byte at a time. With the size
  // mixed in, words of one size still differ in what is loaded.
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 < n; i += 8) mix(LoadLittle(p + i, 8));
    mix(LoadLittle(p + n - 8, 8));
  } else if (n >= 4) {
    mix(LoadLittle(p, 4) | LoadLittle(p + n - 4, 4) << 32);
  } else if (n > 0) {
    auto byte = [p](size_t i) -> uint64_t {
      return static_cast<unsigned char>(p[i]);
    };
    mix(byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
  }
  h ^= h >> 29;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 32);
}

// Whether a[0, n) and b[0, n) hold the same bytes. Words are short: a few
// loads, which may overlap, rather than a call to memcmp or a byte loop.
inline bool SameWord(const char* a, const char* b, size_t n) {
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (LoadLittle(a + i, 8) != LoadLittle(b + i, 8)) return false;
    }
    return LoadLittle(a + n - 8, 8) == LoadLittle(b + n - 8, 8);
  }
  if (n >= 4) {
    uint64_t head = LoadLittle(a, 4) ^ LoadLittle(b, 4);
    uint64_t tail = LoadLittle(a + n - 4, 4) ^ LoadLittle(b + n - 4, 4);
    return (head | tail) == 0;
  }
  return n == 0 ||
         (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

// A fixed list of at most 255 short words, indexed at compile time: an
// open-addressing table of one-byte indices into the list by HashWord, so
// that a lookup is a hash (often at hand), a probe or two and SameWord,
// rather than a binary search of string compares. `Slots`, a power of
// two, should be over twice the words: most absent words then end at
// their first, empty, slot.
template <size_t N, size_t Slots>
class WordIndex {
 public:
  static_assert(N < 256 && N * 2 < Slots && (Slots & (Slots - 1)) == 0);

  // `words` (distinct) must outlive the index: a static array.
  constexpr explicit WordIndex(const std::array<std::string_view, N>& words)
      : words_(words.data()) {
    for (size_t i = 0; i < N; ++i) {
      size_t s = HashWord(words[i]) & (Slots - 1);
      while (slots_[s] != 0) s = (s + 1) & (Slots - 1);
      slots_[s] = static_cast<uint8_t>(i + 1);
    }
  }

  // The index of `word` in the list, or -1; `hash` is HashWord(word).
  int Find(std::string_view word, uint64_t hash) const {
    for (size_t s = hash & (Slots - 1);; s = (s + 1) & (Slots - 1)) {
      if (slots_[s] == 0) return -1;
      std::string_view w = words_[slots_[s] - 1];
      if (w.size() == word.size() &&
          SameWord(w.data(), word.data(), w.size())) {
        return slots_[s] - 1;
      }
    }
  }
  int Find(std::string_view word) const { return Find(word, HashWord(word)); }

 private:
  const std::string_view* words_;
  std::array<uint8_t, Slots> slots_{};  // index + 1; 0: empty
};

// A Bloom filter of 2^17 bits (16 KiB) probed twice: "certainly absent"
// or "maybe". With the ~8K words of a lexicon, under 1% false "maybe"s.
class WordFilter {
 public:
  void Add(uint64_t hash) {
    bits_[Word(hash)] |= Bit(hash);
    bits_[Word(hash >> 17)] |= Bit(hash >> 17);
  }
  bool MayContain(uint64_t hash) const {
    return (bits_[Word(hash)] & Bit(hash)) &&
           (bits_[Word(hash >> 17)] & Bit(hash >> 17));
  }

 private:
  static size_t Word(uint64_t h) { return (h >> 6) & 2047; }
  static uint64_t Bit(uint64_t h) { return uint64_t{1} << (h & 63); }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(2048);
};

class FlagTable {
 public:
  // Flags must fit in kFlagBits bits and keys in 255 bytes.
  static constexpr int kFlagBits = 24;

  // Collects entries; the same key added twice gets both sets of flags.
  // Keys are not copied: they must outlive the table.
  class Builder {
   public:
    void Add(std::string_view key, uint32_t flags);
    FlagTable Build() &&;

   private:
    std::vector<std::pair<std::string_view, uint32_t>> entries_;
  };

  FlagTable() = default;

  // The flags of `key`, or 0 when it is absent; `hash` is HashWord(key).
  // Inline up to the filter, which rejects most words.
  uint32_t Find(std::string_view key, uint64_t hash) const {
    return filter_.MayContain(hash) ? Probe(key, hash) : 0;
  }
  uint32_t Find(std::string_view key) const { return Find(key, HashWord(key)); }
  size_t size() const { return size_; }

 private:
  struct Slot {
    const char* data = nullptr;  // nullptr: empty
    uint32_t fingerprint = 0;    // high bits of the key's hash
    uint32_t size_flags = 0;     // size << kFlagBits | flags
  };
  static_assert(sizeof(Slot) == 16);

  uint32_t Probe(std::string_view key, uint64_t hash) const;
  size_t Home(uint64_t hash) const;
  void Insert(std::string_view key, uint32_t flags);

  std::vector<Slot> slots_;
  // Most words are in no table and are rejected without touching slots.
  WordFilter filter_;
  size_t size_ = 0;
};

class FrontCodedWords {
 public:
  // `data` holds `size` bytes of entries: a byte telling how many leading
  // bytes the entry shares with the one before, the rest of the word and a
  // '\n'. Each of the `block_count` blocks starts (at `blocks[i]`) with an
  // entry that shares nothing. Entries are sorted in byte order. Nothing
  // is copied: the storage must outlive this object.
  FrontCodedWords(const char* data, uint32_t size, const uint32_t* blocks,
                  uint32_t block_count)
      : data_(data, size), blocks_(blocks), block_count_(block_count) {}

  // Words of kMaxWord bytes or more are never found.
  static constexpr size_t kMaxWord = 255;
  bool Contains(std::string_view word) const;

  // Calls f(word) for every word in order; the view lasts for the call.
  template <typename F>
  void ForEach(F&& f) const {
    char buf[256];
    size_t len = 0;
    for (size_t pos = 0; pos < data_.size();) {
      pos = Next(pos, buf, &len);
      if (pos == 0) return;  // corrupt data
      f(std::string_view(buf, len));
    }
  }

 private:
  // Decodes the entry at `pos` over the previous word in buf[0, *len);
  // returns the next entry's position, or 0 when the data is corrupt.
  size_t Next(size_t pos, char (&buf)[256], size_t* len) const;
  // <0, 0, >0 as the first word of `block` sorts before, as or after word.
  int CompareHead(uint32_t block, std::string_view word) const;
  // Whether the entries in data_[pos, end), a block, hold `word`.
  bool BlockContains(size_t pos, size_t end, std::string_view word) const;

  std::string_view data_;
  const uint32_t* blocks_;
  uint32_t block_count_;
};

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_WORD_TABLE_H_
