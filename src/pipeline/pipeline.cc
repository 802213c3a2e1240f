#include "newsfuse/pipeline.h"

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

}  // namespace newsfuse
