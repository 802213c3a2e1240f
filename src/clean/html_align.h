// Aligning libxml2 text nodes with the page bytes, and building block text.
//
// libxml2 trees carry no byte offsets. HtmlAligner finds, moving forward
// through the raw page, the bytes that produced each text node's decoded
// content: plain characters match themselves, character references and
// named entities match their decoded value, whitespace runs match whitespace
// runs, and markup (tags, comments, script and style bodies) between them is
// skipped. When a node cannot be matched exactly, the matched prefix is kept
// and the rest becomes one replaced piece over the best range found, so every
// span stays inside the page.
//
// BlockTextBuilder turns aligned pieces into a block's text: whitespace
// (and U+00A0) runs collapse to one space, the text is trimmed, and the
// OffsetMap points each derived byte back at the page.
//
// Thread safety: none; one aligner and one builder per page.
#ifndef NEWSFUSE_CLEAN_HTML_ALIGN_H_
#define NEWSFUSE_CLEAN_HTML_ALIGN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/clean.h"
#include "newsfuse/span.h"

namespace newsfuse {

// content[content_begin, content_begin + content_len) came from
// page[orig_begin, orig_end); `copy` when the bytes are identical.
struct AlignedPiece {
  uint32_t content_begin;
  uint32_t content_len;
  uint32_t orig_begin;
  uint32_t orig_end;
  bool copy;
};

class HtmlAligner {
 public:
  // `utf8`: the page bytes are UTF-8 (else one byte per non-ASCII character
  // of a single-byte charset is assumed).
  HtmlAligner(std::string_view page, bool utf8) : page_(page), utf8_(utf8) {}

  // Aligns the decoded `content` of the next text node, appending its pieces
  // (covering all of `content`) to `out`. Returns false on a fallback.
  bool Align(std::string_view content, std::vector<AlignedPiece>* out);

  uint32_t cursor() const { return cursor_; }

 private:
  struct Attempt;
  bool MatchAt(std::string_view content, size_t k0, size_t p,
               Attempt* attempt) const;
  bool MatchSpace(std::string_view content, size_t* k, size_t* p,
                  Attempt* attempt) const;
  bool MatchChar(std::string_view content, size_t* k, size_t* p,
                 Attempt* attempt) const;
  size_t SkipMarkup(size_t p) const;  // p itself when no markup starts at p
  size_t NextCandidate(size_t p, char first, size_t* budget) const;
  void Fallback(std::string_view content, const Attempt& best,
                std::vector<AlignedPiece>* out);

  std::string_view page_;
  bool utf8_;
  uint32_t cursor_ = 0;
};

// Decodes the character reference or entity at page[p] ('&'); returns its
// length in the page (0 if none) and sets *decoded to the UTF-8 value.
size_t DecodeEntityAt(std::string_view page, size_t p, std::string* decoded);

class BlockTextBuilder {
 public:
  explicit BlockTextBuilder(std::string_view page) : page_(page) {}

  // Appends a text node's content as aligned.
  void Append(std::string_view content, const std::vector<AlignedPiece>& p);
  // An inline boundary that separates words (e.g. between table cells).
  void Space(uint32_t at);
  bool empty() const { return text_.empty(); }
  size_t size() const { return text_.size(); }

  // Moves the text and map out into `block` and resets the builder.
  void Finish(TextBlock* block);

 private:
  void AppendPiece(std::string_view bytes, const AlignedPiece& piece);
  void AddSpace(uint32_t begin, uint32_t end);
  void FlushSpace();

  std::string_view page_;
  std::string text_;
  OffsetMap map_;
  bool space_pending_ = false;
  uint32_t space_begin_ = 0;
  uint32_t space_end_ = 0;
};

}  // namespace newsfuse

#endif  // NEWSFUSE_CLEAN_HTML_ALIGN_H_
