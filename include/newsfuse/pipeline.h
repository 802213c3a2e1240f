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
#include "newsfuse/ingest.h"
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

}  // namespace newsfuse

#endif  // NEWSFUSE_PIPELINE_H_
