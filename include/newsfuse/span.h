// Span and OffsetMap: how every derived string points back at the input.
//
// A Span is a half-open byte range [begin, end). newsfuse never rewrites the
// bytes a user gave: cleaning and normalization build *derived* strings, and an
// OffsetMap records, piece by piece, which bytes of the original each derived
// byte came from, so a sentence, token or quote found in derived text can name
// its exact place in the input.
//
//   OffsetMap map;
//   map.AppendCopy(10, 5);          // derived [0,5)  == original [10,15)
//   map.AppendReplaced(15, 21, 1);  // derived [5,6)  stands for "&amp;" + ';'
//   Span s = map.ToOriginal({2, 6});  // -> {12, 21}
//
// Thread safety: const methods may be called concurrently; building a map is
// single-threaded. Errors: none; positions past the end clamp to the end.
#ifndef NEWSFUSE_SPAN_H_
#define NEWSFUSE_SPAN_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsfuse {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  std::string_view In(std::string_view s) const {
    return s.substr(begin, end - begin);
  }
  friend bool operator==(const Span&, const Span&) = default;
};

class OffsetMap {
 public:
  // An identity map over `size` bytes (derived == original).
  static OffsetMap Identity(uint32_t size);

  // `len` derived bytes equal original bytes [orig_begin, orig_begin + len).
  void AppendCopy(uint32_t orig_begin, uint32_t len);
  // `derived_len` derived bytes stand for original [orig_begin, orig_end)
  // as a whole (an entity decoded, a character recomposed, a separator
  // inserted: then orig_begin == orig_end).
  void AppendReplaced(uint32_t orig_begin, uint32_t orig_end,
                      uint32_t derived_len);
  // Appends all pieces of `other`, shifted by the current derived size.
  void AppendMap(const OffsetMap& other);

  uint32_t derived_size() const { return derived_size_; }

  // The original range covered by derived range `d`.
  Span ToOriginal(Span d) const;
  // The same, fast for ranges asked in order of their begin, as a text's
  // tokens are: `*cursor` (0 before the first) keeps where the last one
  // began, and each lookup walks on from there instead of searching.
  // Correct in any order.
  Span ToOriginal(Span d, size_t* cursor) const;

  // The map from this map's derived text to `inner`'s original, when this
  // map's original is `inner`'s derived text.
  OffsetMap ComposeWith(const OffsetMap& inner) const;

 private:
  struct Piece {
    uint32_t derived_begin;
    uint32_t orig_begin;
    uint32_t orig_end;
    bool copy;
  };
  size_t PieceAt(uint32_t derived_pos) const;
  // PieceAt(derived_pos), walking on from piece `from` when it starts at
  // or before derived_pos.
  size_t PieceFrom(uint32_t derived_pos, size_t from) const;
  uint32_t PieceEnd(size_t i) const;
  uint32_t BeginOf(uint32_t derived_pos, size_t piece) const;
  uint32_t EndOf(uint32_t derived_end, size_t piece) const;

  std::vector<Piece> pieces_;
  uint32_t derived_size_ = 0;
};

}  // namespace newsfuse

#endif  // NEWSFUSE_SPAN_H_
