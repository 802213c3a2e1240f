// Shingle F1: the scrapinghub article-extraction-benchmark metric.
//
//   ShingleCounts c = MatchShingles(gold_text, extracted_text);
//   ShingleScore s = AggregateShingles({c, ...});  // s.f1
//
// Text is tokenized into maximal runs of Unicode word characters (letters,
// numbers, '_': Python's `\w+`), case kept. Shingles are the word 4-grams of
// the token list (a text with fewer than 4 tokens has one shingle of all its
// tokens; an empty text has none), counted as a multiset. Per page, TP, FP and
// FN are the multiset intersection and differences, normalized to sum to 1.
// Over pages, precision is the mean over pages with TP + FP > 0, recall the
// mean over pages with TP + FN > 0, and F1 = 2PR / (P + R) of those means.
//
// Thread safety: all functions are reentrant. Errors: none.
#ifndef NEWSFUSE_CLEAN_SHINGLE_F1_H_
#define NEWSFUSE_CLEAN_SHINGLE_F1_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsfuse {

struct ShingleCounts {
  double tp = 0;
  double fp = 0;
  double fn = 0;
};

struct ShingleScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// The `\w+` tokens of `text`.
std::vector<std::string> ShingleTokens(std::string_view text);

// Normalized TP/FP/FN of `pred`'s shingles against `truth`'s.
ShingleCounts MatchShingles(std::string_view truth, std::string_view pred,
                            int n = 4);

// The benchmark's per-page precision and recall (1 when FP == FN == 0).
double ShinglePrecision(const ShingleCounts& c);
double ShingleRecall(const ShingleCounts& c);
// 2PR / (P + R) of one page, 0 when both are 0.
double ShingleF1(const ShingleCounts& c);

// Precision and recall averaged over pages, and F1 of the two means.
ShingleScore AggregateShingles(const std::vector<ShingleCounts>& pages);

}  // namespace newsfuse

#endif  // NEWSFUSE_CLEAN_SHINGLE_F1_H_
