// Snowball stemmers, one per language and thread. Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_STEMMER_H_
#define NEWSFUSE_ANALYZE_STEMMER_H_

#include <string>
#include <string_view>

struct sb_stemmer;

namespace newsfuse::analyze_internal {

// The Snowball algorithm name for a BCP 47 tag or a name ("en", "en-US",
// "english", "pt-BR" -> "portuguese"); "" gives "english"; nullptr when
// libstemmer has no algorithm for the language.
const char* SnowballAlgorithm(std::string_view language);

// This thread's stemmer for a Snowball algorithm name (owned by the thread,
// freed at its exit), or nullptr when `algorithm` is nullptr or unknown.
sb_stemmer* ThreadStemmer(const char* algorithm);

// Stems `word` with `stemmer` into *out; copies the word when stemmer is
// nullptr or fails.
void StemWith(sb_stemmer* stemmer, std::string_view word, std::string* out);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_STEMMER_H_
