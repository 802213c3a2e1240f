// CaseStats: how the corpus capitalizes each word, for telling names from
// sentence-initial capitals (see features.h).
//
//   CaseStats stats;
//   const std::vector<uint32_t>& ids = stats.Observe(article);
//   stats.MostlyCapitalized(ids[t]);
//
// Thread safety: none (one writer); const methods may run concurrently.
#ifndef NEWSFUSE_CLUSTER_CASE_STATS_H_
#define NEWSFUSE_CLUSTER_CASE_STATS_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "cluster/string_ids.h"
#include "newsfuse/article.h"

namespace newsfuse::cluster {

// How often each word is written capitalized inside a sentence versus in
// lower case, over every article observed so far. Each matching form seen
// in a word token gets an id (0, 1, 2... in order of first sight); beside
// its counts (which the extractor reads right after Observe, from cache)
// the table keeps whether it names a weekday or month.
class CaseStats {
 public:
  // Counts the article's words. Returns the id of each token's matching
  // form (StringIds::kNone for tokens that are not words), valid until the
  // next call.
  const std::vector<uint32_t>& Observe(const Article& article);
  // The id of `norm`, or StringIds::kNone if no word token had it.
  uint32_t Find(std::string_view norm) const {
    return words_.Find(norm, KeyHash(norm));
  }
  // True when the word is capitalized in most of its mid-sentence uses.
  bool MostlyCapitalized(uint32_t id) const {
    return id != StringIds::kNone && counts_[id].upper > counts_[id].lower;
  }
  bool MostlyCapitalized(std::string_view norm) const {
    return MostlyCapitalized(Find(norm));
  }
  // IsDateWord of the word with id `id` (not kNone).
  bool IsDate(uint32_t id) const { return counts_[id].date; }

 private:
  struct Counts {
    uint32_t upper = 0;
    uint32_t lower = 0;
    bool date = false;  // IsDateWord
  };
  // Fills ids_, adding new forms.
  void Intern(const Article& article);

  StringIds words_;             // matching forms
  std::vector<Counts> counts_;  // by id in words_
  std::vector<uint32_t> ids_;   // of the last article's tokens
  std::vector<std::pair<uint32_t, uint64_t>> hashes_;  // word token, hash
};

// IsCapitalized for a `surface` that starts with a non-ASCII character.
bool IsCapitalizedNonAscii(std::string_view surface);

// True when the first letter of `surface` is upper case. Inline: it runs
// for nearly every word token, twice, and most start with an ASCII byte.
inline bool IsCapitalized(std::string_view surface) {
  if (surface.empty()) return false;
  auto c = static_cast<unsigned char>(surface[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return IsCapitalizedNonAscii(surface);
}

// True for weekday and month names in matching form ("tuesday", "march").
bool IsDateWord(std::string_view norm);

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_CASE_STATS_H_
