#include <algorithm>
#include <cstdint>

#include "newsfuse/span.h"

namespace newsfuse {

OffsetMap OffsetMap::Identity(uint32_t size) {
  OffsetMap map;
  map.AppendCopy(0, size);
  return map;
}

void OffsetMap::AppendCopy(uint32_t orig_begin, uint32_t len) {
  if (len == 0) return;
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.copy && last.orig_end == orig_begin) {  // contiguous: extend
      last.orig_end += len;
      derived_size_ += len;
      return;
    }
  }
  pieces_.push_back({derived_size_, orig_begin, orig_begin + len, true});
  derived_size_ += len;
}

void OffsetMap::AppendReplaced(uint32_t orig_begin, uint32_t orig_end,
                               uint32_t derived_len) {
  if (derived_len == 0) return;
  pieces_.push_back({derived_size_, orig_begin, orig_end, false});
  derived_size_ += derived_len;
}

void OffsetMap::AppendMap(const OffsetMap& other) {
  for (size_t i = 0; i < other.pieces_.size(); ++i) {
    const Piece& p = other.pieces_[i];
    uint32_t len = other.PieceEnd(i) - p.derived_begin;
    if (p.copy) {
      AppendCopy(p.orig_begin, len);
    } else {
      AppendReplaced(p.orig_begin, p.orig_end, len);
    }
  }
}

uint32_t OffsetMap::PieceEnd(size_t i) const {
  return i + 1 < pieces_.size() ? pieces_[i + 1].derived_begin : derived_size_;
}

size_t OffsetMap::PieceAt(uint32_t derived_pos) const {
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), derived_pos,
      [](uint32_t pos, const Piece& p) { return pos < p.derived_begin; });
  return it == pieces_.begin() ? 0 : (it - pieces_.begin()) - 1;
}

size_t OffsetMap::PieceFrom(uint32_t derived_pos, size_t from) const {
  if (from >= pieces_.size() || pieces_[from].derived_begin > derived_pos) {
    return PieceAt(derived_pos);
  }
  // A few steps at most for the next token; a search past a long jump.
  for (size_t steps = 0; steps < 8; ++steps, ++from) {
    if (from + 1 == pieces_.size() ||
        pieces_[from + 1].derived_begin > derived_pos) {
      return from;
    }
  }
  return PieceAt(derived_pos);
}

// Where derived position `pos`, in piece `piece`, begins in the original.
uint32_t OffsetMap::BeginOf(uint32_t pos, size_t piece) const {
  const Piece& p = pieces_[piece];
  if (!p.copy) return p.orig_begin;
  return std::min(p.orig_end, p.orig_begin + (pos - p.derived_begin));
}

// Where a derived range ending at `end`, whose last byte is in piece
// `piece`, ends in the original.
uint32_t OffsetMap::EndOf(uint32_t end, size_t piece) const {
  const Piece& p = pieces_[piece];
  if (!p.copy) return p.orig_end;
  return std::min(p.orig_end, p.orig_begin + (end - p.derived_begin));
}

Span OffsetMap::ToOriginal(Span d) const {
  size_t cursor = SIZE_MAX;  // search
  return ToOriginal(d, &cursor);
}

Span OffsetMap::ToOriginal(Span d, size_t* cursor) const {
  if (pieces_.empty()) return {0, 0};
  d.end = std::min(d.end, derived_size_);
  d.begin = std::min(d.begin, d.end);
  if (d.empty()) {
    if (d.begin >= derived_size_) {
      uint32_t at = pieces_.back().orig_end;
      return {at, at};
    }
    *cursor = PieceFrom(d.begin, *cursor);
    uint32_t at = BeginOf(d.begin, *cursor);
    return {at, at};
  }
  *cursor = PieceFrom(d.begin, *cursor);
  size_t last = PieceFrom(d.end - 1, *cursor);
  return {BeginOf(d.begin, *cursor), EndOf(d.end, last)};
}

OffsetMap OffsetMap::ComposeWith(const OffsetMap& inner) const {
  OffsetMap out;
  for (size_t i = 0; i < pieces_.size(); ++i) {
    const Piece& p = pieces_[i];
    uint32_t len = PieceEnd(i) - p.derived_begin;
    if (!p.copy) {
      Span o = inner.ToOriginal({p.orig_begin, p.orig_end});
      out.AppendReplaced(o.begin, o.end, len);
      continue;
    }
    // A copied run may cross several pieces of `inner`: split it so that
    // exact byte correspondence survives wherever `inner` has it.
    uint32_t pos = p.orig_begin;
    while (pos < p.orig_end) {
      if (inner.pieces_.empty() || pos >= inner.derived_size_) {
        uint32_t at = inner.pieces_.empty() ? 0 : inner.pieces_.back().orig_end;
        out.AppendReplaced(at, at, p.orig_end - pos);  // past inner's end
        break;
      }
      size_t j = inner.PieceAt(pos);
      const Piece& q = inner.pieces_[j];
      uint32_t stop = std::min(p.orig_end, inner.PieceEnd(j));
      if (q.copy) {
        out.AppendCopy(q.orig_begin + (pos - q.derived_begin), stop - pos);
      } else {
        out.AppendReplaced(q.orig_begin, q.orig_end, stop - pos);
      }
      pos = stop;
    }
  }
  return out;
}

}  // namespace newsfuse
