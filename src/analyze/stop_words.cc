// IsStopWord: English function words in matching form.
//
// The list holds articles, pronouns, prepositions, auxiliaries, conjunctions
// and their common contractions: words whose presence says nothing about
// what happened. Deliberately absent:
//   * negations ("not", "no", "never", "nor", "none", "don't", "cannot"...):
//     "agreed" and "not agreed" are opposite facts;
//   * reporting verbs ("said", "told", "says"): attribution is what fusion
//     tracks, and "said" marks quotations;
//   * quantity qualifiers ("more", "less", "most", "least", "few", "fewer",
//     "only", "each", "every", "nearly", "almost"): "more than 1,000" and
//     "1,000 each" are different numbers.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "analyze/stop_words.h"
#include "analyze/word_table.h"
#include "newsfuse/analyze.h"

namespace newsfuse {
namespace {

// Sorted by byte order, so that duplicates show.
constexpr std::array kStopWords = std::to_array<std::string_view>({
    "a",        "about",      "above",   "across",     "after",    "again",
    "against",  "all",        "along",   "also",       "although", "am",
    "amid",     "among",      "an",      "and",        "any",      "are",
    "around",   "as",         "at",      "be",         "because",  "been",
    "before",   "behind",     "being",   "below",      "besides",  "between",
    "beyond",   "both",       "but",     "by",         "can",      "could",
    "despite",  "did",        "do",      "does",       "doing",    "down",
    "during",   "either",     "for",     "from",       "further",  "had",
    "has",      "have",       "having",  "he",         "he'd",     "he'll",
    "he's",     "her",        "here",    "here's",     "hers",     "herself",
    "him",      "himself",    "his",     "how",        "i",        "i'd",
    "i'll",     "i'm",        "i've",    "if",         "in",       "into",
    "is",       "it",         "it's",    "its",        "itself",   "let's",
    "may",      "me",         "might",   "must",       "my",       "myself",
    "of",       "off",        "on",      "once",       "onto",     "or",
    "other",    "our",        "ours",    "ourselves",  "out",      "over",
    "own",      "same",       "shall",   "she",        "she'd",    "she'll",
    "she's",    "should",     "since",   "so",         "some",     "such",
    "than",     "that",       "that's",  "the",        "their",    "theirs",
    "them",     "themselves", "then",    "there",      "there's",  "these",
    "they",     "they'd",     "they'll", "they're",    "they've",  "this",
    "those",    "though",     "through", "throughout", "to",       "too",
    "toward",   "towards",    "under",   "unless",     "until",    "up",
    "upon",     "us",         "very",    "via",        "was",      "we",
    "we'd",     "we'll",      "we're",   "we've",      "were",     "what",
    "what's",   "when",       "where",   "whereas",    "whether",  "which",
    "while",    "who",        "who's",   "whom",       "whose",    "why",
    "will",     "with",       "within",  "would",      "yet",      "you",
    "you'd",    "you'll",     "you're",  "you've",     "your",     "yours",
    "yourself", "yourselves",
});
static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()));
constexpr size_t kLongestStopWord = 10;  // "themselves", "throughout"
static_assert(std::ranges::all_of(kStopWords, [](std::string_view w) {
  return !w.empty() && w.size() <= kLongestStopWord;
}));

// Indexed at compile time by HashWord, so that the analyzer, which hashes
// every word once anyway, asks without hashing again.
constexpr analyze_internal::WordIndex<kStopWords.size(), 512> kIndex(
    kStopWords);

}  // namespace

namespace analyze_internal {

bool IsStopWord(std::string_view norm, uint64_t hash) {
  if (norm.empty() || norm.size() > kLongestStopWord) return false;
  return kIndex.Find(norm, hash) >= 0;
}

}  // namespace analyze_internal

// Also asked by quotes and quantities for single words.
bool IsStopWord(std::string_view norm) {
  if (norm.empty() || norm.size() > kLongestStopWord) return false;
  return kIndex.Find(norm) >= 0;
}

}  // namespace newsfuse
