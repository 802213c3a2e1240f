#include "common/word_map.h"

namespace newsfuse {

void WordMap::Add(std::string_view word, uint32_t value) {
  if (word.empty() || word.size() > kMaxWord || value == kAbsent) return;
  if ((size_ + 1) * 3 > slots_.size()) Grow();
  Insert(KeyOf(word, 0), value);
}

void WordMap::Insert(const Key& k, uint32_t value) {
  size_t s = Hash(k) & mask_;
  while (slots_[s].value != kAbsent) {
    if (slots_[s].key == k) return;  // the first value stays
    s = (s + 1) & mask_;
  }
  slots_[s] = {k, value};
  ++size_;
}

void WordMap::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
  mask_ = slots_.size() - 1;
  size_ = 0;
  for (const Slot& s : old) {
    if (s.value != kAbsent) Insert(s.key, s.value);
  }
}

}  // namespace newsfuse
