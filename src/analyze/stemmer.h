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
  std::string_view Stem(std::string_view word);

 private:
  // A direct-mapped cache: one fixed block, no allocation per word, and a
  // bounded footprint (kSlots * 32 bytes = 64 KiB) however large the
  // vocabulary; ECB+ hits it for 79% of its words (72% with 1,024 slots of
  // 48 bytes, 85% with 4,096, which cost `analyze` 0.1x the input in
  // peak RSS for 5% of its time).
  // A slot keeps the stem as a prefix of the word plus a short tail.
  // Words longer than kMaxLen, or stems with longer tails, are stemmed
  // every time.
  static constexpr size_t kMaxLen = 24;
  static constexpr size_t kMaxTail = 5;
  static constexpr size_t kSlots = 1 << 11;
  struct Slot {
    uint8_t word_len = 0;  // 0: empty
    uint8_t keep = 0;      // the stem is word[0, keep) + tail
    uint8_t tail_len = 0;
    char tail[kMaxTail];
    char word[kMaxLen];
  };
  static_assert(sizeof(Slot) == 32);

  void Remember(std::string_view word, std::string_view stem, Slot* slot);

  explicit ThreadStemmer(sb_stemmer* stemmer) : stemmer_(stemmer) {}

  sb_stemmer* const stemmer_;
  std::unique_ptr<Slot[]> cache_;  // kSlots, allocated on first use
  char out_[kMaxLen + kMaxTail];   // a cached stem with a tail, rebuilt
};

// Stems with `stemmer`, or returns `word` when it is nullptr; the view is
// valid until the stemmer's next call.
inline std::string_view StemWith(ThreadStemmer* stemmer,
                                 std::string_view word) {
  return stemmer == nullptr ? word : stemmer->Stem(word);
}

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_STEMMER_H_
