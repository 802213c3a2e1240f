#include "newsfuse/pipeline.h"

#include <algorithm>
#include <unordered_map>

#include "newsfuse/analyze.h"
#include "newsfuse/clean.h"

namespace newsfuse {

Status ProcessArticle(Article& article) {
  Status s = Clean(article);
  if (!s.ok()) return s;
  Analyze(article);
  return Status::Ok();
}

void RunPipeline(const std::vector<std::string>& paths,
                 const PipelineOptions& options, const ArticleFn& fn) {
  for (const std::string& path : paths) {
    ReadPath(path, options.ingest, [&](Result<Article> r) {
      if (!r.ok()) return fn(std::move(r));
      Status s = ProcessArticle(*r);
      if (!s.ok()) return fn(std::move(s));
      fn(std::move(r));
    });
  }
}

std::vector<StoryBrief> BuildBriefs(const std::vector<Article>& articles,
                                    const BriefOptions& options) {
  StoryIndex index(options.stories);
  std::unordered_map<std::string, const Article*> by_id;
  for (const Article& a : articles) {
    index.Add(a);
    by_id.emplace(a.id, &a);
  }
  std::vector<Story> stories = index.Stories();
  std::stable_sort(stories.begin(), stories.end(),
                   [](const Story& x, const Story& y) {
                     return x.article_ids.size() > y.article_ids.size();
                   });
  std::vector<StoryBrief> briefs;
  for (const Story& story : stories) {
    std::vector<const Article*> members;
    std::vector<std::string> origins;
    for (const std::string& id : story.article_ids) {
      members.push_back(by_id.at(id));
      origins.push_back(index.OriginOf(id));
    }
    briefs.push_back(FuseStory(story, members, origins, options.fuse));
  }
  return briefs;
}

}  // namespace newsfuse
