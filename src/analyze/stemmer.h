// Snowball stemmers, one per language and thread, with a cache of recent
// stems (news vocabulary repeats, and a lookup is several times faster than
// stemming). Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_STEMMER_H_
#define NEWSFUSE_ANALYZE_STEMMER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "analyze/word_table.h"

struct sb_stemmer;

namespace newsfuse::analyze_internal {

// The Snowball algorithm name for a BCP 47 tag or a name ("en", "en-US",
// "english", "pt-BR" -> "portuguese"); "" gives "english"; nullptr when
// libstemmer has no algorithm for the language.
const char* SnowballAlgorithm(std::string_view language);

class ThreadStemmer {
 public:
  // This thread's stemmer for a Snowball algorithm name (owned by the
  // thread, freed at its exit), or nullptr when `algorithm` is nullptr or
  // unknown to libstemmer.
  static ThreadStemmer* For(const char* algorithm);

  ~ThreadStemmer();
  ThreadStemmer(const ThreadStemmer&) = delete;
  ThreadStemmer& operator=(const ThreadStemmer&) = delete;

  // The stem of `word` (matching form): a view into this stemmer's cache
  // or libstemmer's buffer, or `word` itself, valid until the next call.
  std::string_view Stem(std::string_view word) {
    return Stem(word, HashWord(word));
  }
  // The same with HashWord(word) at hand.
  std::string_view Stem(std::string_view word, uint64_t hash);

 private:
  // A 4-way set-associative cache, least recently used way out: one fixed
  // block, no allocation per word, and a bounded footprint (4,096 slots of
  // 16 bytes = 64 KiB) however large the vocabulary. A miss costs about
  // 2,400 instructions of Snowball, a hit a few dozen.
  // A slot keeps the stem as a prefix of the word plus at most one byte.
  // Short slots hold more words in the same memory: ECB+ misses 24.9K of
  // its 225K words, against 33.6K with 2,048 slots of 32 bytes for words
  // of up to 24 bytes. Words longer than kMaxLen (0.7% of ECB+'s), and
  // stems with longer tails ("dying" -> "die"), are stemmed every time.
  static constexpr size_t kMaxLen = 13;
  static constexpr size_t kWays = 4;
  static constexpr size_t kSets = (1 << 12) / kWays;
  struct Slot {
    uint8_t word_len = 0;  // 0: empty
    uint8_t keep = 0;      // the stem is word[0, keep) + tail
    char tail = 0;         // '\0': none
    char word[kMaxLen];
  };
  static_assert(sizeof(Slot) == 16);

  std::string_view Cached(std::string_view word, const Slot& slot);
  void Remember(std::string_view word, std::string_view stem, Slot* set);

  explicit ThreadStemmer(sb_stemmer* stemmer) : stemmer_(stemmer) {}

  sb_stemmer* const stemmer_;
  std::unique_ptr<Slot[]> cache_;  // kSets * kWays, allocated on first use
  char out_[kMaxLen + 1];          // a cached stem with a tail, rebuilt
};

// Stems with `stemmer`, or returns `word` when it is nullptr; the view is
// valid until the stemmer's next call.
inline std::string_view StemWith(ThreadStemmer* stemmer,
                                 std::string_view word) {
  return stemmer == nullptr ? word : stemmer->Stem(word);
}

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_STEMMER_H_
