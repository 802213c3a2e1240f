// BuildBriefs and BriefBuilder: stories from the story index, then one
// FuseStory per story, on several threads when asked.
#include <algorithm>
#include <deque>
#include <unordered_map>

#include "newsfuse/pipeline.h"
#include "pipeline/parallel.h"

namespace newsfuse {
namespace {

using ArticlesById = std::unordered_map<std::string, const Article*>;

// Fuses every story of `index`, largest first. Stories are fused
// independently, each into its own slot, so the result does not depend on
// the number of threads.
std::vector<StoryBrief> FuseStories(const StoryIndex& index,
                                    const ArticlesById& by_id,
                                    const BriefOptions& options,
                                    const BriefBuilder::StoryFn& on_story) {
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
    briefs[i] = FuseStory(stories[i], members[i], origins[i], options.fuse);
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
  explicit Impl(const BriefOptions& o) : options(o), index(o.stories) {}

  BriefOptions options;
  StoryIndex index;
  std::deque<Article> articles;  // stable addresses for the briefs
  ArticlesById by_id;
};

BriefBuilder::BriefBuilder(const BriefOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}

BriefBuilder::~BriefBuilder() = default;

bool BriefBuilder::Add(Article article) {
  if (impl_->by_id.count(article.id) > 0) return false;
  const Article& a = impl_->articles.emplace_back(std::move(article));
  impl_->by_id.emplace(a.id, &a);
  impl_->index.Add(a);
  return true;
}

std::vector<StoryBrief> BriefBuilder::Build(const StoryFn& on_story) const {
  return FuseStories(impl_->index, impl_->by_id, impl_->options, on_story);
}

}  // namespace newsfuse
