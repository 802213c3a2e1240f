// The kinds of FindDiscrepancies (newsfuse/discrepancies.h), one function
// each. Internal to src/fuse.
#ifndef NEWSFUSE_FUSE_DISCREPANCY_PARTS_H_
#define NEWSFUSE_FUSE_DISCREPANCY_PARTS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsfuse/brief.h"
#include "newsfuse/discrepancies.h"

namespace newsfuse::fuse {

// Adds `source` to the variant of `d` with `value`, creating it (with
// `text` as printed) if needed.
void AddVariant(Discrepancy* d, const std::string& text,
                const std::string& value, const std::string& source);

// Stems of the content words of a sentence (no stop words, numbers or
// weekday and month names), sorted, each once, to tell whether two
// sentences of different articles state the same thing apart from a number
// or a day. Views into the article's token_chars.
std::vector<std::string_view> ContentStems(const Article& a,
                                           uint32_t sentence);

// What the kinds share, computed once per brief: the fact of each sentence,
// and content stems, each sentence's computed on first use only (most
// comparisons are settled by their facts).
class SentenceFacts {
 public:
  explicit SentenceFacts(const StoryBrief& b);

  const StoryBrief& brief() const { return b_; }
  // The index of the fact holding the sentence, -1 if none.
  int FactOf(uint32_t article, uint32_t sentence) const;
  // ContentStems of the sentence; the reference stays valid.
  const std::vector<std::string_view>& Stems(uint32_t article,
                                             uint32_t sentence);

 private:
  // Per article, per sentence: flat vectors, not maps, as every quantity
  // and date of the story looks its sentence up.
  struct SentenceSlot {
    int fact = -1;
    bool has_stems = false;
    std::vector<std::string_view> stems;
  };
  const StoryBrief& b_;
  std::vector<std::vector<SentenceSlot>> slots_;
};

void NumberDiscrepancies(SentenceFacts& facts, std::vector<Discrepancy>* out);
void DateDiscrepancies(SentenceFacts& facts, std::vector<Discrepancy>* out);
void NameDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out);
void QuoteDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out);
void SingleSourceNumbers(SentenceFacts& facts, std::vector<Discrepancy>* out);

// "[270, ∞)", "[1000, 1000] each" — a quantity's interval as a value.
std::string IntervalValue(const Quantity& q);

// |a ∩ b| / |a ∪ b| of two sorted, distinct lists; 0 when both are empty.
double Jaccard(const std::vector<std::string_view>& a,
               const std::vector<std::string_view>& b);

// Two sentences close enough to state one thing: at least half their
// content stems shared.
constexpr double kSameStatement = 0.5;

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_DISCREPANCY_PARTS_H_
