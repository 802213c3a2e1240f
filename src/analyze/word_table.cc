#include "analyze/word_table.h"

#include <algorithm>
#include <cstring>

namespace newsfuse::analyze_internal {
namespace {

constexpr uint32_t kFlagMask = (1u << FlagTable::kFlagBits) - 1;

}  // namespace

void FlagTable::Builder::Add(std::string_view key, uint32_t flags) {
  if (key.empty() || key.size() > 255) return;
  entries_.emplace_back(key, flags & kFlagMask);
}

FlagTable FlagTable::Builder::Build() && {
  std::sort(entries_.begin(), entries_.end());
  size_t unique = 0;
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (unique > 0 && entries_[unique - 1].first == entries_[i].first) {
      entries_[unique - 1].second |= entries_[i].second;
    } else {
      entries_[unique++] = entries_[i];
    }
  }
  entries_.resize(unique);
  FlagTable t;
  // Load at most 0.7, in whole KiB-sized steps: short probe runs without
  // doubling the table the way power-of-two sizes would.
  size_t slots = (unique * 10 / 7 / 1024 + 1) * 1024;
  t.slots_.resize(slots);
  for (const auto& [key, flags] : entries_) t.Insert(key, flags);
  return t;
}

size_t FlagTable::Home(uint64_t hash) const {
  // Multiply-shift range reduction: any table size, no modulo.
  return static_cast<size_t>(
      (static_cast<unsigned __int128>(hash) * slots_.size()) >> 64);
}

void FlagTable::Insert(std::string_view key, uint32_t flags) {
  uint64_t h = HashWord(key);
  filter_.Add(h);
  size_t i = Home(h);
  while (slots_[i].data != nullptr) {
    if (++i == slots_.size()) i = 0;
  }
  slots_[i] = {key.data(), static_cast<uint32_t>(h >> 32),
               static_cast<uint32_t>(key.size()) << kFlagBits | flags};
  ++size_;
}

uint32_t FlagTable::Probe(std::string_view key, uint64_t h) const {
  if (slots_.empty() || key.empty() || key.size() > 255) return 0;
  auto fingerprint = static_cast<uint32_t>(h >> 32);
  uint32_t size_bits = static_cast<uint32_t>(key.size()) << kFlagBits;
  for (size_t i = Home(h);;) {
    const Slot& s = slots_[i];
    if (s.data == nullptr) return 0;
    if (s.fingerprint == fingerprint &&
        (s.size_flags & ~kFlagMask) == size_bits &&
        SameWord(s.data, key.data(), key.size())) {
      return s.size_flags & kFlagMask;
    }
    if (++i == slots_.size()) i = 0;
  }
}

int FrontCodedWords::CompareHead(uint32_t block, std::string_view word) const {
  // The head is stored in full after its shared-length byte (0) and ends
  // with '\n', which sorts before every byte of a word.
  const char* p = data_.data() + blocks_[block] + 1;
  for (size_t i = 0;; ++i, ++p) {
    if (*p == '\n') return i == word.size() ? 0 : -1;
    if (i == word.size()) return 1;
    auto a = static_cast<unsigned char>(*p);
    auto b = static_cast<unsigned char>(word[i]);
    if (a != b) return a < b ? -1 : 1;
  }
}

size_t FrontCodedWords::Next(size_t pos, char (&buf)[256], size_t* len) const {
  size_t shared = static_cast<unsigned char>(data_[pos]);
  size_t nl = data_.find('\n', pos + 1);
  if (nl == std::string_view::npos || shared > *len) return 0;
  size_t rest = nl - pos - 1;
  if (shared + rest > sizeof(buf)) return 0;
  std::memcpy(buf + shared, data_.data() + pos + 1, rest);
  *len = shared + rest;
  return nl + 1;
}

bool FrontCodedWords::Contains(std::string_view word) const {
  // Shared byte counts stop at 255 (a byte), so BlockContains could not
  // tell longer words apart; no list holds one (EntityLexiconTest).
  if (word.size() >= kMaxWord) return false;
  // The last block whose first word is <= word.
  uint32_t lo = 0, hi = block_count_;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (CompareHead(mid, word) <= 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == 0) return false;
  size_t end = lo < block_count_ ? blocks_[lo] : data_.size();
  return BlockContains(blocks_[lo - 1], end, word);
}

// Compares while decoding, without copying entries: `match` bytes of the
// word equal the start of the entry before, which sorts before the word.
// An entry sharing more than `match` bytes with that one sorts before the
// word too; one sharing fewer sorts after it (it is the larger at the byte
// where it leaves the one before, which equals the word's byte there), and
// so does every later entry. Only entries sharing exactly `match` bytes
// are compared, from that byte on.
bool FrontCodedWords::BlockContains(size_t pos, size_t end,
                                    std::string_view word) const {
  const char* p = data_.data() + pos;
  const char* const stop = data_.data() + end;
  // Every entry ends with '\n', the block's last one too: the scans below
  // stop at it without checking for the end.
  if (pos >= end || stop[-1] != '\n') return false;  // corrupt data
  size_t match = 0, prev_len = 0;
  while (p < stop) {
    size_t shared = static_cast<unsigned char>(*p++);
    if (shared > prev_len) return false;  // corrupt data
    if (shared < match) return false;
    const char* rest = p;
    if (shared == match) {
      size_t i = shared;
      while (*p != '\n' && i < word.size() && *p == word[i]) {
        ++p;
        ++i;
      }
      match = i;
      if (*p == '\n') {
        if (i == word.size()) return true;
      } else if (i == word.size() || static_cast<unsigned char>(*p) >
                                         static_cast<unsigned char>(word[i])) {
        return false;  // the entry sorts after the word
      }
    }
    while (*p != '\n') ++p;  // the rest of an entry before the word
    prev_len = shared + static_cast<size_t>(p - rest);
    ++p;
  }
  return false;
}

}  // namespace newsfuse::analyze_internal
