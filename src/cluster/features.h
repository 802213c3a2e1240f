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
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cluster/case_stats.h"
#include "cluster/string_ids.h"
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

// The features, sorted by key.
std::vector<Feature> ExtractFeatures(const Article& article,
                                     const CaseStats& stats);

// A Feature whose key is an id in a vocabulary kept across articles.
struct KeyedFeature {
  uint32_t key = 0;
  FeatureKind kind = FeatureKind::kWord;
  float weight = 0;
  bool in_title = false;
  bool person = false;
  bool new_key = false;  // this article added the key to the vocabulary
  // Set when new_key: a view into the extractor, valid until its next
  // Extract (so that a feature is a plain value, copied without a heap).
  std::string_view display;
};

// ExtractFeatures for the index: keys go into the caller's vocabulary as
// they occur, so an occurrence costs one table probe and no allocation,
// and nothing is sorted. A key that depends only on a word's matching form
// (its "d:" or "e:" key, or its "w:" key: the stem is the Snowball stem of
// the form in the article's language) is probed once: later uses find its
// id by the word's CaseStats id, until an article of another language.
// Not thread-safe (reuses its buffers).
class FeatureExtractor {
 public:
  explicit FeatureExtractor(StringIds* vocabulary) : vocabulary_(vocabulary) {}

  // The article's features in order of first occurrence; valid until the
  // next call. `norm_ids` are what stats.Observe(article) returned.
  const std::vector<KeyedFeature>& Extract(
      const Article& article, const CaseStats& stats,
      const std::vector<uint32_t>& norm_ids);

  // For the extraction steps: one occurrence of the key joined from
  // `key` ({"w:", stem}), displayed as `display` joined.
  using Parts = std::initializer_list<std::string_view>;
  void Add(Parts key, Parts display, FeatureKind kind, bool in_title);
  // The same for the "w:" or "d:" key (`entity` false) or the "e:" key of
  // the word whose matching form has id `norm` (StringIds::kNone: as Add).
  void AddWordKey(uint32_t norm, bool entity, Parts key, Parts display,
                  FeatureKind kind, bool in_title);

 private:
  // What is known of one matching form, by its CaseStats id.
  struct WordInfo {
    uint32_t key = StringIds::kNone;     // id of its "w:" or "d:" key
    uint32_t entity = StringIds::kNone;  // id of its "e:" key
  };
  // The id of the key joined from `key`, added to the vocabulary if new.
  uint32_t KeyId(Parts key, bool* added);
  // One occurrence of key `id`, added to features_ if new to the article.
  void Count(uint32_t id, bool added, Parts display, FeatureKind kind,
             bool in_title);
  WordInfo& Info(uint32_t id) {
    if (id >= words_.size()) words_.resize(id + 1);
    return words_[id];
  }
  void Finish(const std::vector<std::string_view>& people);

  // Beside each feature: its uses, and where its display is in displays_.
  struct Tally {
    uint32_t body = 0;
    uint32_t title = 0;
    uint32_t display_begin = 0;
    uint32_t display_end = 0;
  };

  StringIds* vocabulary_;
  std::vector<KeyedFeature> features_;
  std::vector<Tally> tallies_;  // by index in features_
  std::string displays_;        // the displays of new keys, back to back
  std::vector<int32_t> slot_;  // by key id: index in features_, or -1
  std::vector<WordInfo> words_;  // by CaseStats id
  std::string language_;         // of the articles words_ holds keys for
  std::string key_;              // the key being joined
  // A phrase's key and display as AddPhrases joins them (kept for their
  // capacity: most phrases outgrow a short string).
  std::string phrase_key_;
  std::string phrase_display_;
};

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
// article's entity mentions give ("Fred LaRue", "LaRue" -> "larue"),
// sorted and unique; views into the article's tokens.
std::vector<std::string_view> PersonHeads(const Article& article);

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_FEATURES_H_
