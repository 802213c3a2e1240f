#include "newsfuse/token_chars.h"

#include <algorithm>
#include <cstring>

namespace newsfuse {

namespace {
constexpr size_t kMinBlock = 1024;
}  // namespace

char* TokenChars::Allocate(size_t n) {
  if (n > left_) {
    // Blocks double from the expected size, and are never smaller than the
    // request: a few blocks per article at most.
    size_t size = std::max({n, next_block_, kMinBlock});
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    free_ = blocks_.back().get();
    left_ = size;
    capacity_ += size;
    next_block_ = size * 2;
  }
  char* out = free_;
  free_ += n;
  left_ -= n;
  return out;
}

std::string_view TokenChars::Add(std::string_view s) {
  if (s.empty()) return {};
  char* out = Allocate(s.size());
  std::memcpy(out, s.data(), s.size());
  return {out, s.size()};
}

}  // namespace newsfuse
