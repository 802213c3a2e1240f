// Snowball stemmers, one per language and thread, with a cache of recent
// stems (news vocabulary repeats, and a lookup is several times faster than
// stemming). Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_STEMMER_H_
#define NEWSFUSE_ANALYZE_STEMMER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

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

  // Stems `word` (matching form) into *out.
  void Stem(std::string_view word, std::string* out);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  // Small on purpose: the frequent words fit, and peak memory stays a few
  // hundred KiB (1 << 16 entries cost ~1 MiB more for ~10% more speed).
  static constexpr size_t kMaxCached = 1 << 12;

  explicit ThreadStemmer(sb_stemmer* stemmer) : stemmer_(stemmer) {}

  sb_stemmer* const stemmer_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> cache_;
};

// Stems with `stemmer`, or copies `word` when it is nullptr.
inline void StemWith(ThreadStemmer* stemmer, std::string_view word,
                     std::string* out) {
  if (stemmer == nullptr) {
    out->assign(word);
  } else {
    stemmer->Stem(word, out);
  }
}

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_STEMMER_H_
