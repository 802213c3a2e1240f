#include "cluster/case_stats.h"

#include <algorithm>
#include <string>

#include "newsfuse/unicode.h"

namespace newsfuse::cluster {

bool IsCapitalizedNonAscii(std::string_view surface) {
  size_t pos = 0;
  char32_t cp = DecodeUtf8(surface, &pos);
  std::string first;
  AppendUtf8(cp, &first);
  return MatchingForm(first) != first;  // case folding changed it
}

// Hashes every word first, so that the probe of each can ask for its slot
// a few words ahead.
void CaseStats::Intern(const Article& a) {
  ids_.assign(a.tokens.size(), StringIds::kNone);
  hashes_.clear();
  for (uint32_t t = 0; t < a.tokens.size(); ++t) {
    if (a.tokens[t].kind == TokenKind::kWord) {
      hashes_.emplace_back(t, KeyHash(a.tokens[t].norm));
    }
  }
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < hashes_.size(); ++i) {
    if (i + kAhead < hashes_.size()) words_.Prefetch(hashes_[i + kAhead].second);
    auto [t, hash] = hashes_[i];
    bool added;
    ids_[t] = words_.Insert(a.tokens[t].norm, hash, &added);
    if (added) counts_.push_back({0, 0, IsDateWord(a.tokens[t].norm)});
  }
}

// The first word of a sentence is not counted (a word with no count is
// never mostly capitalized, as an unknown one).
const std::vector<uint32_t>& CaseStats::Observe(const Article& a) {
  Intern(a);
  for (const Sentence& s : a.sentences) {
    bool first = true;
    uint32_t end = std::min<uint32_t>(s.first_token + s.token_count, a.tokens.size());
    for (uint32_t t = s.first_token; t < end; ++t) {
      if (ids_[t] == StringIds::kNone) continue;  // not a word
      if (first) {
        first = false;
        continue;
      }
      Counts& c = counts_[ids_[t]];
      (IsCapitalized(a.tokens[t].text.In(a.text)) ? c.upper : c.lower) += 1;
    }
  }
  return ids_;
}

}  // namespace newsfuse::cluster
