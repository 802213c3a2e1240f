// Pipeline: ingest -> clean -> analyze over paths, one article at a time.
//
//   newsfuse::PipelineOptions options;
//   newsfuse::RunPipeline({"corpus/"}, options, [](newsfuse::Result<Article> r)
//   {
//     if (r.ok()) Use(*r); else Report(r.status());
//   });
//
// Articles stream through: each is handed to the callback as soon as it is
// analyzed and then released, so memory stays bounded by the largest input
// file, not the corpus.
//
// Errors: every problem (unreadable input, malformed record, article with no
// text) reaches the callback as one non-OK Result whose message is one line
// naming the input; the other articles go on. Thread safety: reentrant; the
// callback runs on the calling thread.
#ifndef NEWSFUSE_PIPELINE_H_
#define NEWSFUSE_PIPELINE_H_

#include <string>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/brief.h"
#include "newsfuse/ingest.h"
#include "newsfuse/story.h"
#include "newsfuse/status.h"

namespace newsfuse {

struct PipelineOptions {
  IngestOptions ingest;
};

// Cleans and analyzes one ingested article in place.
Status ProcessArticle(Article& article);

// Runs every stage over each path in order.
void RunPipeline(const std::vector<std::string>& paths,
                 const PipelineOptions& options, const ArticleFn& fn);

struct BriefOptions {
  StoryIndexOptions stories;
  FuseOptions fuse;
};

// Groups analyzed articles into stories (in input order, so the same input
// gives the same ids) and fuses each story. The briefs point into
// `articles`, which must outlive them and not be resized. Stories come
// largest first, ties in order of their first article. Articles without
// sentences must be left out by the caller (they have nothing to fuse).
std::vector<StoryBrief> BuildBriefs(const std::vector<Article>& articles,
                                    const BriefOptions& options);

}  // namespace newsfuse

#endif  // NEWSFUSE_PIPELINE_H_
