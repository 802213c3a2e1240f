// A word-level diff of two printings of a quotation (longest common
// subsequence), for the quote table. Internal to src/fuse.
#ifndef NEWSFUSE_FUSE_WORD_DIFF_H_
#define NEWSFUSE_FUSE_WORD_DIFF_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsfuse/quote_table.h"

namespace newsfuse::fuse {

struct WordDiff {
  size_t common = 0;  // words in the longest common subsequence
  size_t a_words = 0;
  size_t b_words = 0;
  // Runs in order: '=' words in both, '-' only in a, '+' only in b.
  std::vector<std::pair<char, std::string>> runs;

  // b is one contiguous run of a's words, or a of b's (cut or extended).
  bool ContiguousRun() const;
};

// Lists longer than this are diffed on their first kMaxDiffWords words.
inline constexpr size_t kMaxDiffWords = 400;

// Diffs word lists; lists longer than 400 words are compared on their
// first 400. Without `with_text` the runs carry their op only (empty
// words): enough for ContiguousRun and `common`, and no strings built.
WordDiff DiffWords(const std::vector<std::string_view>& a,
                   const std::vector<std::string_view>& b,
                   bool with_text = true);

// What a variant changed, for QuoteVariant::diff ("" for identical).
std::string DescribeDiff(VariantKind kind, const WordDiff& d);

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_WORD_DIFF_H_
