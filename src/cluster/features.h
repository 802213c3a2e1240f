// Story features of one analyzed article: what makes its event distinct.
//
//   CaseStats stats;                      // shared across the index
//   stats.Observe(article);
//   std::vector<Feature> f = ExtractFeatures(article, stats);
//
// Kinds, each keyed by a one-letter prefix so they never collide:
//   w:  a content word's stem ("w:capsiz"), generic topic evidence;
//   e:  a name-like word ("e:dunmore"): capitalized inside a sentence, or a
//       word the corpus mostly capitalizes (then also at a sentence start
//       and in the title);
//   p:  a run of two or more name-like words ("p:kestrel star");
//   n:  a number with the word after it ("n:14 people"), or a year;
//   d:  a weekday or month ("d:tuesday").
// A name-like word that analyze found as (the last word of) a person's name
// is flagged `person`: a headline naming a person a story never mentions
// is strong evidence of another event (see story_profile.h).
// Title terms count with extra weight. Weights are raw (before IDF); the
// index applies its online document frequencies.
//
// Thread safety: ExtractFeatures is reentrant; CaseStats is a plain value.
#ifndef NEWSFUSE_CLUSTER_FEATURES_H_
#define NEWSFUSE_CLUSTER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsfuse/article.h"

namespace newsfuse::cluster {

enum class FeatureKind : uint8_t { kWord, kEntity, kPhrase, kNumber, kDate };

struct Feature {
  std::string key;      // "e:dunmore"
  std::string display;  // "Dunmore"
  FeatureKind kind = FeatureKind::kWord;
  float weight = 0;  // raw: kind weight x sublinear tf, title boosted
  bool in_title = false;  // the headline uses it
  bool person = false;    // e: of a person's name in the body ("e:larue")
};

// How often each word is written capitalized inside a sentence versus in
// lower case, over every article observed so far.
class CaseStats {
 public:
  void Observe(const Article& article);
  // True when `norm` is capitalized in most of its mid-sentence uses.
  bool MostlyCapitalized(std::string_view norm) const;

 private:
  struct Counts {
    uint32_t upper = 0;
    uint32_t lower = 0;
  };
  std::unordered_map<std::string, Counts> counts_;
};

std::vector<Feature> ExtractFeatures(const Article& article,
                                     const CaseStats& stats);

// ---- Parts, public for tests. ----

// The words of a headline in matching form, with their surface text.
struct TitleWord {
  std::string norm;
  std::string surface;
};
std::vector<TitleWord> SplitTitle(std::string_view title);

// A name-like word without its possessive ending, so that "Felt's" and
// "Felt" are one name: "felt's" -> "felt", "williams'" -> "williams".
std::string_view NameForm(std::string_view norm);

// The matching forms (NameForm) of the last word of each person name the
// article's entity mentions give ("Fred LaRue", "LaRue" -> "larue").
std::vector<std::string> PersonHeads(const Article& article);

// True for weekday and month names in matching form ("tuesday", "march").
bool IsDateWord(std::string_view norm);

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_FEATURES_H_
