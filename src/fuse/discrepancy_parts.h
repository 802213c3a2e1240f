// The kinds of FindDiscrepancies (newsfuse/discrepancies.h), one function
// each. Internal to src/fuse.
#ifndef NEWSFUSE_FUSE_DISCREPANCY_PARTS_H_
#define NEWSFUSE_FUSE_DISCREPANCY_PARTS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "newsfuse/brief.h"
#include "newsfuse/discrepancies.h"

namespace newsfuse::fuse {

// Adds `source` to the variant of `d` with `value`, creating it (with
// `text` as printed) if needed.
void AddVariant(Discrepancy* d, const std::string& text,
                const std::string& value, const std::string& source);

void NumberDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out);
void DateDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out);
void NameDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out);
void QuoteDiscrepancies(const StoryBrief& b, std::vector<Discrepancy>* out);
void SingleSourceNumbers(const StoryBrief& b, std::vector<Discrepancy>* out);

// "[270, ∞)", "[1000, 1000] each" — a quantity's interval as a value.
std::string IntervalValue(const Quantity& q);

// The index of the fact holding each (article, sentence) of the brief.
std::map<std::pair<uint32_t, uint32_t>, int> FactOfSentence(
    const StoryBrief& b);

// Stems of the content words of a sentence (no stop words, numbers or
// weekday and month names), to tell whether two sentences of different
// articles state the same thing apart from a number or a day.
// Views into the article's token_chars.
std::vector<std::string_view> ContentStems(const Article& a,
                                           uint32_t sentence);

// |a ∩ b| / |a ∪ b| of two sorted, distinct lists; 0 when both are empty.
double Jaccard(const std::vector<std::string_view>& a,
               const std::vector<std::string_view>& b);

// Two sentences close enough to state one thing: at least half their
// content stems shared.
constexpr double kSameStatement = 0.5;

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_DISCREPANCY_PARTS_H_
