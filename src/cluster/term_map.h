// TermMap: a map from term id to a value, open addressing with linear
// probing in one flat array. A story's profile is looked up once per term
// of every article scored against it, where std::unordered_map's node
// chasing dominated.
//
// Iteration order is unspecified; there is no erase.
#ifndef NEWSFUSE_CLUSTER_TERM_MAP_H_
#define NEWSFUSE_CLUSTER_TERM_MAP_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace newsfuse::cluster {

template <typename Value>
class TermMap {
 public:
  static constexpr uint32_t kEmpty = UINT32_MAX;

  size_t size() const { return size_; }

  // The value of `term`, or nullptr.
  const Value* Find(uint32_t term) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = Home(term);; i = (i + 1) & mask_) {
      if (slots_[i].first == term) return &slots_[i].second;
      if (slots_[i].first == kEmpty) return nullptr;
    }
  }
  bool contains(uint32_t term) const { return Find(term) != nullptr; }

  // The value of `term`, value-initialized when new.
  Value& operator[](uint32_t term) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    size_t i = Home(term);
    for (; slots_[i].first != kEmpty; i = (i + 1) & mask_) {
      if (slots_[i].first == term) return slots_[i].second;
    }
    ++size_;
    slots_[i] = {term, Value()};
    return slots_[i].second;
  }

  // Calls fn(term, value) for every entry.
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (const auto& [term, value] : slots_) {
      if (term != kEmpty) fn(term, value);
    }
  }

 private:
  size_t Home(uint32_t term) const {
    return (uint64_t(term) * 0x9E3779B97F4A7C15ull >> 32) & mask_;
  }
  void Grow() {
    std::vector<std::pair<uint32_t, Value>> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), {kEmpty, Value()});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const auto& [term, value] : old) {
      if (term != kEmpty) (*this)[term] = value;
    }
  }

  std::vector<std::pair<uint32_t, Value>> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_TERM_MAP_H_
