#include "analyze/stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "newsfuse/analyze.h"

namespace newsfuse::analyze_internal {
namespace {

struct Language {
  std::string_view code;  // ISO 639-1
  const char* algorithm;  // Snowball name
};

constexpr std::array kLanguages = std::to_array<Language>({
    {"ar", "arabic"},    {"ca", "catalan"},    {"da", "danish"},
    {"de", "german"},    {"el", "greek"},      {"en", "english"},
    {"es", "spanish"},   {"eu", "basque"},     {"fi", "finnish"},
    {"fr", "french"},    {"ga", "irish"},      {"hi", "hindi"},
    {"hu", "hungarian"}, {"hy", "armenian"},   {"id", "indonesian"},
    {"it", "italian"},   {"lt", "lithuanian"}, {"nb", "norwegian"},
    {"ne", "nepali"},    {"nl", "dutch"},      {"nn", "norwegian"},
    {"no", "norwegian"}, {"pt", "portuguese"}, {"ro", "romanian"},
    {"ru", "russian"},   {"sr", "serbian"},    {"sv", "swedish"},
    {"ta", "tamil"},     {"tr", "turkish"},    {"yi", "yiddish"},
});

}  // namespace

const char* SnowballAlgorithm(std::string_view language) {
  if (language.empty()) return "english";
  std::string lower;
  for (char c : language.substr(0, language.find_first_of("-_"))) {
    lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  for (const Language& l : kLanguages) {
    if (lower == l.code || lower == l.algorithm) return l.algorithm;
  }
  return nullptr;
}

ThreadStemmer* ThreadStemmer::For(const char* algorithm) {
  if (algorithm == nullptr) return nullptr;
  // Few languages per thread: a short list, searched by pointer first.
  thread_local std::vector<
      std::pair<const char*, std::unique_ptr<ThreadStemmer>>>
      stemmers;
  for (auto& [name, stemmer] : stemmers) {
    if (name == algorithm || std::strcmp(name, algorithm) == 0) {
      return stemmer.get();
    }
  }
  sb_stemmer* s = sb_stemmer_new(algorithm, "UTF_8");
  if (s == nullptr) return nullptr;
  stemmers.emplace_back(algorithm,
                        std::unique_ptr<ThreadStemmer>(new ThreadStemmer(s)));
  return stemmers.back().second.get();
}

ThreadStemmer::~ThreadStemmer() { sb_stemmer_delete(stemmer_); }

std::string_view ThreadStemmer::Stem(std::string_view word, uint64_t hash) {
  if (word.empty()) return {};
  Slot* set = nullptr;
  if (word.size() <= kMaxLen) {
    if (cache_ == nullptr) cache_ = std::make_unique<Slot[]>(kSets * kWays);
    set = &cache_[(hash & (kSets - 1)) * kWays];
    for (size_t way = 0; way < kWays; ++way) {
      if (set[way].word_len != word.size() ||
          !SameWord(set[way].word, word.data(), word.size())) {
        continue;
      }
      std::rotate(set, set + way, set + way + 1);  // most recent first
      return Cached(word, set[0]);
    }
  }
  const sb_symbol* r =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (r == nullptr) return word;  // out of memory
  std::string_view stem(reinterpret_cast<const char*>(r),
                        static_cast<size_t>(sb_stemmer_length(stemmer_)));
  if (set != nullptr) Remember(word, stem, set);
  return stem;
}

std::string_view ThreadStemmer::Cached(std::string_view word,
                                       const Slot& slot) {
  if (slot.tail == '\0') return word.substr(0, slot.keep);
  std::memcpy(out_, word.data(), slot.keep);
  out_[slot.keep] = slot.tail;
  return {out_, size_t{slot.keep} + 1};
}

// Keeps `stem` as the part it shares with the start of `word` plus a tail
// of at most one byte ("studies" -> "studi": all kept; "happy" -> "happi":
// "happ" + "i"), in the first way of `set`; the least recently used way is
// dropped.
void ThreadStemmer::Remember(std::string_view word, std::string_view stem,
                             Slot* set) {
  size_t keep = 0;
  while (keep < word.size() && keep < stem.size() && word[keep] == stem[keep]) {
    ++keep;
  }
  if (stem.size() - keep > 1) return;
  char tail = stem.size() > keep ? stem[keep] : '\0';
  if (stem.size() > keep && tail == '\0') return;  // not to be told from none
  for (size_t way = kWays - 1; way > 0; --way) set[way] = set[way - 1];
  Slot& slot = set[0];
  slot.word_len = static_cast<uint8_t>(word.size());
  slot.keep = static_cast<uint8_t>(keep);
  slot.tail = tail;
  std::memcpy(slot.word, word.data(), word.size());
}

}  // namespace newsfuse::analyze_internal

namespace newsfuse {

std::string Stem(std::string_view word, std::string_view language) {
  return std::string(analyze_internal::StemWith(
      analyze_internal::ThreadStemmer::For(
          analyze_internal::SnowballAlgorithm(language)),
      word));
}

}  // namespace newsfuse
