// StoryIndex: incremental story clustering over an inverted index of story
// features, and origin detection beside it. See newsfuse/story.h.
#include <unordered_map>
#include <utility>

#include "cluster/features.h"
#include "cluster/origins.h"
#include "cluster/stable_hash.h"
#include "cluster/story_profile.h"
#include "newsfuse/story.h"

namespace newsfuse {
namespace {

// Minimum similarity (average link, see story_profile.h) of an article to
// a story for it to join. Tuned on ECB+ (bench/cluster_eval.cc): B-cubed F1
// is 0.900 here and 0.888-0.896 for thresholds 0.09-0.13 (0.873 at 0.08).
constexpr double kDefaultStoryThreshold = 0.10;
// Shingle Jaccard at or above which two texts are copies of one origin.
// Reprints with edits score 0.5 and more; independent reports < 0.1.
constexpr double kDefaultOriginThreshold = 0.5;

}  // namespace

struct StoryIndex::Impl {
  explicit Impl(const StoryIndexOptions& o)
      : stories(o.story_threshold >= 0 ? o.story_threshold
                                       : kDefaultStoryThreshold),
        origins(o.origin_threshold >= 0 ? o.origin_threshold
                                        : kDefaultOriginThreshold) {}

  cluster::CaseStats case_stats;
  cluster::StoryProfiles stories;
  cluster::FeatureExtractor features{stories.Vocabulary()};
  cluster::OriginIndex origins;
  std::vector<std::string> origin_ids;
  std::unordered_map<std::string, uint32_t> origin_of;  // article id
};

StoryIndex::StoryIndex(StoryIndexOptions options)
    : impl_(std::make_unique<Impl>(options)) {}

StoryIndex::~StoryIndex() = default;

Placement StoryIndex::Add(const Article& article) {
  Impl& m = *impl_;
  const std::vector<uint32_t>& norm_ids = m.case_stats.Observe(article);
  Placement p;
  cluster::StoryProfiles::Placed placed = m.stories.Add(
      article.id, m.features.Extract(article, m.case_stats, norm_ids));
  p.story_id = placed.story_id;
  p.new_story = placed.new_story;
  uint32_t origin =
      m.origins.Add(cluster::ExtractOriginEvidence(article), &p.new_origin);
  if (p.new_origin) m.origin_ids.push_back(cluster::StableId('o', article.id));
  p.origin_id = m.origin_ids[origin];
  m.origin_of[article.id] = origin;
  return p;
}

std::vector<Story> StoryIndex::Stories() const {
  return impl_->stories.Stories();
}

std::string StoryIndex::OriginOf(const std::string& article_id) const {
  auto it = impl_->origin_of.find(article_id);
  return it == impl_->origin_of.end() ? "" : impl_->origin_ids[it->second];
}

}  // namespace newsfuse
