// TokenChars: the bytes behind tokens' matching forms and stems.
//
// A Token's `norm` and `stem` are views into a TokenChars rather than
// strings of their own: a token stays small (the analyzer writes, and every
// later stage streams, hundreds of thousands of them) and a stem equal to
// its word, or a prefix of it, takes no bytes at all.
//
// Ownership: bytes are appended in blocks that never move, so a view stays
// valid as long as the TokenChars lives. An Article holds its TokenChars by
// shared_ptr: copies of the Article share it, and their tokens stay valid
// whichever copy is destroyed first.
// Thread safety: appending is not thread-safe; reading views is. Analyze
// gives each article a new TokenChars before appending, so an Article
// copied to another thread is never appended to under a reader.
// Errors: none (allocation failure throws std::bad_alloc).
#ifndef NEWSFUSE_TOKEN_CHARS_H_
#define NEWSFUSE_TOKEN_CHARS_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace newsfuse {

class TokenChars {
 public:
  // `expected` sizes the first block (the bytes one article's tokens are
  // expected to need), so that most articles use one block.
  explicit TokenChars(size_t expected = 0) : next_block_(expected) {}
  TokenChars(const TokenChars&) = delete;
  TokenChars& operator=(const TokenChars&) = delete;

  // `n` writable bytes that stay where they are. The view of them (once
  // written) lives as long as this TokenChars.
  char* Allocate(size_t n);

  // A copy of `s`, kept here.
  std::string_view Add(std::string_view s);

  // Bytes held in blocks (for memory accounting).
  size_t capacity() const { return capacity_; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // the unused end of the last block
  size_t left_ = 0;
  size_t next_block_;
  size_t capacity_ = 0;
};

}  // namespace newsfuse

#endif  // NEWSFUSE_TOKEN_CHARS_H_
