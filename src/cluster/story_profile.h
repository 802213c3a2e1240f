// StoryProfiles: the story half of StoryIndex. Each story keeps a feature
// profile (the sum of its members' raw feature weights and how many members
// carry each feature); an inverted index maps each feature to the stories
// whose profile holds it.
//
// Add(): the article's features get IDF weights from an online document
// frequency table (updated first, smoothed by kPriorDocuments virtual
// documents so that the first articles are not all "common"); candidate
// stories come from the postings of the article's features (the newest
// kMaxPostingsScanned per feature; features found in more than
// kMaxDfShare of all articles are skipped), ranked by their overlap; the
// top kMaxCandidates are scored by average link (the mean IDF-weighted
// cosine to the story's newest members, each member's norm as it was when
// it joined, so that one pass over the article's terms scores a story),
// lowered by headline evidence: names, numbers and phrases of the headline
// that the story never mentions, or that no member's headline has, and
// most of all a person the headline names whom the story never mentions
// ("Fred LaRue dies" against the story of Mark Felt's death); the article
// joins the best one at or above the threshold, else starts a story. Work per Add is bounded by these caps, not by the
// number of stories.
//
// Thread safety: none (one writer); const methods may run concurrently.
#ifndef NEWSFUSE_CLUSTER_STORY_PROFILE_H_
#define NEWSFUSE_CLUSTER_STORY_PROFILE_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "cluster/features.h"
#include "cluster/string_ids.h"
#include "cluster/term_map.h"
#include "newsfuse/story.h"

namespace newsfuse::cluster {

class StoryProfiles {
 public:
  explicit StoryProfiles(double threshold) : threshold_(threshold) {}

  struct Placed {
    std::string story_id;
    bool new_story = false;
    double score = 0;  // similarity to the story joined (0 when new)
  };
  // `features` have their keys in Vocabulary().
  Placed Add(const std::string& article_id,
             const std::vector<KeyedFeature>& features);

  // The feature keys (for FeatureExtractor).
  StringIds* Vocabulary() { return &vocabulary_; }

  std::vector<Story> Stories() const;

 private:
  struct Posting {
    uint32_t story = 0;
    // Sum over the story's newest kMaxMembersScored members of the term's
    // raw weight / the member's norm when it joined, for average link in
    // one pass. Kept here, not in the story, so that scoring the
    // candidates reads each term's postings in one sweep.
    double window = 0;
  };
  // What explanations need of a term; what scoring reads is in dense
  // arrays by term beside it.
  struct Term {
    uint32_t key = 0;  // id in vocabulary_
    std::string display;
    FeatureKind kind = FeatureKind::kWord;
  };
  struct Entry {
    uint32_t members = 0;
    uint32_t posting = 0;  // index into the term's postings
  };
  struct StoryData {
    std::string id;
    std::vector<std::string> article_ids;
    TermMap<Entry> profile;
    std::vector<uint32_t> members;  // indices into articles_
    std::vector<double> norms;      // each member's norm when it joined
    TermMap<uint32_t> headline;     // members whose headline has the term
  };
  // The headline's names, numbers and phrases, and its people (term ids).
  struct Headline {
    std::vector<uint32_t> names;
    std::vector<uint32_t> people;
  };
  using Vector = std::vector<std::pair<uint32_t, float>>;  // term, raw

  // Term ids for new keys are given in key order, as when features came
  // sorted by key (ids order the sums, and so the rounding, of scores).
  Vector Intern(const std::vector<KeyedFeature>& features, Headline* headline);
  // log((N + kPriorDocuments) / (df + 0.5)) with N the articles added.
  double Idf(uint32_t term) const;
  // log(n + 0.5), computed once for each n.
  double LogHalf(uint32_t n) {
    if (n >= log_half_.size()) GrowLogHalf(n);
    return log_half_[n];
  }
  void GrowLogHalf(uint32_t n);
  std::vector<uint32_t> Candidates(const Vector& v);
  // The headline evidence applied to the average link `link`.
  double Score(double link, const Headline& h, const StoryData& s) const;
  // The IDF-weighted share of `terms` that `known` lacks.
  template <typename Known>
  double Novelty(const std::vector<uint32_t>& terms, const Known& known) const;
  // The average link of `v` to each of `stories`.
  std::vector<double> AverageLinks(const Vector& v, double v_norm,
                                   const std::vector<uint32_t>& stories);
  // IDF-weighted norm of a vector.
  double Norm(const Vector& v) const;
  void Join(uint32_t story, Vector v, double norm, const Headline& h,
            const std::string& article_id);
  void Explain(const StoryData& s, Story* out) const;

  double threshold_;
  uint64_t documents_ = 0;
  double log_documents_ = 0;  // log(documents_ + kPriorDocuments)
  StringIds vocabulary_;          // feature keys
  std::vector<uint32_t> term_of_;  // by key id
  // By term id.
  std::vector<Term> terms_;
  std::vector<std::vector<Posting>> postings_;  // in order of first use
  std::vector<uint32_t> df_;
  std::vector<double> log_df_;  // log(df + 0.5)
  std::vector<double> log_half_;  // log(n + 0.5) by n, for LogHalf
  std::vector<StoryData> stories_;
  std::vector<Vector> articles_;  // sorted by term
  // Scratch, by story, all zero (-1 for slot_) between calls.
  std::vector<double> overlap_;
  std::vector<uint8_t> seen_;
  std::vector<int32_t> slot_;  // index among the candidates scored
  // Scratch of Intern, kept for its capacity.
  std::vector<std::pair<uint64_t, uint32_t>> fresh_;  // key prefix, feature
  std::vector<uint32_t> names_;
};

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_STORY_PROFILE_H_
