// The quantity phrase builder: what surrounds one number. Its methods
// live in quantity_phrase.cc (before the number, range, unit) and
// quantity_counted.cc (counted noun, each, rate, interval).
//
// Thread safety: one Builder per number, on one thread. Internal to
// src/analyze.
#ifndef NEWSFUSE_ANALYZE_QUANTITY_BUILDER_H_
#define NEWSFUSE_ANALYZE_QUANTITY_BUILDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/quantity_scan.h"
#include "analyze/quantity_words.h"

namespace newsfuse::analyze_internal {

using Sv = std::string_view;

inline bool IsYear(std::optional<double> v) {
  return v && *v >= 1000 && *v <= 2199 && *v == static_cast<int>(*v);
}

inline bool IsCapitalized(const SentenceView& s, size_t i) {
  if (i >= s.size) return false;
  Sv t = s.tokens[i].text.In(s.text);
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
}

inline bool IsPlural(Sv w) {
  if (IsIrregularPlural(w)) return true;
  if (w.size() < 4 || w.back() != 's') return false;
  char p = w[w.size() - 2];
  return p != 's' && p != 'u' && p != 'i' && p != '\'';
}

inline bool EndsWith(Sv w, Sv end) {
  return w.size() > end.size() && w.substr(w.size() - end.size()) == end;
}

// A word that may stand in the counted noun phrase.
inline bool IsNounPhraseWord(const Token& t) {
  return t.kind == TokenKind::kWord && !t.stop && !IsPhraseBreak(t.norm) &&
         CasualtyVerb(t.norm).empty() && !EndsWith(t.norm, "ing") &&
         !EndsWith(t.norm, "ly") && !IsMonth(t.norm);
}

class Builder {
 public:
  // `floor` is the first token not taken by an earlier quantity; `done`
  // the quantities found so far, those of this sentence from
  // `sentence_start` on.
  Builder(const SentenceView& s, const Core& c, size_t floor,
          size_t sentence_start, const std::vector<Quantity>& done)
      : s_(s), c_(c), floor_(floor), start_(sentence_start), done_(done) {}

  // Fills *q; false when the number is a date, time, id or list number.
  // *next is the token to scan from afterwards.
  bool Build(Quantity* q, size_t* next);

 private:
  Sv Norm(size_t i) const { return s_.Norm(i); }
  void LookBefore();
  bool OverIsPreposition(size_t over) const;
  bool RejectedByContext() const;
  void ReadRange();
  bool ReadUnit();
  bool ReadTimeUnit();
  void ReadAge();
  bool ReadSuffixUnit();
  int NounPhrase(size_t k, size_t (&words)[4]) const;
  void ReadCounted();
  void ReadCasualty();
  void ReadAfterCounted();
  bool RejectedByMeaning() const;
  void SetInterval(Quantity* q) const;

  const SentenceView& s_;
  Core c_;
  size_t floor_;
  size_t start_;
  const std::vector<Quantity>& done_;

  size_t first_ = 0;  // first token of the phrase
  size_t pos_ = 0;    // next token to read
  size_t last_ = 0;   // last token of the phrase
  Sv currency_;
  std::optional<Qualifier> qual_;
  bool between_ = false, range_ = false, each_ = false, age_ = false;
  std::string unit_, counted_, rate_;
  bool counted_plural_ = false;
};

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_QUANTITY_BUILDER_H_
