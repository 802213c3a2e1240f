// BuildBriefs and BriefBuilder: stories from the story index, then one
// FuseStory per story, on several threads when asked, the builder's
// possibly ahead of time (fuse_ahead.h).
#include <algorithm>
#include <deque>
#include <unordered_map>

#include "newsfuse/pipeline.h"
#include "pipeline/fuse_ahead.h"
#include "pipeline/parallel.h"

namespace newsfuse {
namespace {

using ArticlesById = std::unordered_map<std::string, const Article*>;

using BriefsById = std::unordered_map<std::string, StoryBrief>;

// The brief fused ahead for `story`, if it was fused for exactly these
// members and origins: FuseStory of the same input gives the same brief.
bool TakeFusedAhead(const Story& story,
                    const std::vector<const Article*>& members,
                    const std::vector<std::string>& origins,
                    BriefsById* ahead, StoryBrief* out) {
  auto it = ahead->find(story.id);
  if (it == ahead->end() || it->second.articles != members ||
      it->second.origins != origins) {
    return false;
  }
  *out = std::move(it->second);
  out->story = story;
  return true;
}

// Fuses every story of `index`, largest first, except those fused ahead.
// Stories are fused independently, each into its own slot, so the result
// does not depend on the number of threads.
std::vector<StoryBrief> FuseStories(const StoryIndex& index,
                                    const ArticlesById& by_id,
                                    const BriefOptions& options,
                                    const BriefBuilder::StoryFn& on_story,
                                    BriefsById ahead = {}) {
  std::vector<Story> stories = index.Stories();
  std::stable_sort(stories.begin(), stories.end(),
                   [](const Story& x, const Story& y) {
                     return x.article_ids.size() > y.article_ids.size();
                   });
  std::vector<std::vector<const Article*>> members(stories.size());
  std::vector<std::vector<std::string>> origins(stories.size());
  for (size_t i = 0; i < stories.size(); ++i) {
    for (const std::string& id : stories[i].article_ids) {
      members[i].push_back(by_id.at(id));
      origins[i].push_back(index.OriginOf(id));
    }
  }
  std::vector<StoryBrief> briefs(stories.size());
  pipeline::ParallelFor(stories.size(), options.threads, [&](size_t i) {
    if (!TakeFusedAhead(stories[i], members[i], origins[i], &ahead,
                        &briefs[i])) {
      briefs[i] = FuseStory(stories[i], members[i], origins[i], options.fuse);
    }
    if (on_story) on_story(i, briefs[i]);
  });
  return briefs;
}

}  // namespace

std::vector<StoryBrief> BuildBriefs(const std::vector<Article>& articles,
                                    const BriefOptions& options) {
  StoryIndex index(options.stories);
  ArticlesById by_id;
  for (const Article& a : articles) {
    index.Add(a);
    by_id.emplace(a.id, &a);
  }
  return FuseStories(index, by_id, options, nullptr);
}

struct BriefBuilder::Impl {
  explicit Impl(const BriefOptions& o)
      : options(o), index(o.stories), ahead(o.fuse) {}

  BriefOptions options;
  StoryIndex index;
  std::deque<Article> articles;  // stable addresses for the briefs
  ArticlesById by_id;
  pipeline::FuseAhead ahead;
};

BriefBuilder::BriefBuilder(const BriefOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}

BriefBuilder::~BriefBuilder() = default;

bool BriefBuilder::Add(Article article) {
  if (impl_->by_id.count(article.id) > 0) return false;
  const Article& a = impl_->articles.emplace_back(std::move(article));
  impl_->by_id.emplace(a.id, &a);
  Placement p = impl_->index.Add(a);
  impl_->ahead.Placed(p.story_id, &a, p.origin_id);
  return true;
}

bool BriefBuilder::FuseAheadStep() { return impl_->ahead.Step(); }

std::vector<StoryBrief> BriefBuilder::Build(const StoryFn& on_story) const {
  return FuseStories(impl_->index, impl_->by_id, impl_->options, on_story,
                     impl_->ahead.Finish());
}

}  // namespace newsfuse
