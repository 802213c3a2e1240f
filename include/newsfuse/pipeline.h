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
// With `background`, reading, cleaning and analysis run on a second thread
// up to `ahead` articles ahead of the callback, so the callback's own work
// (say, indexing stories) overlaps them; the callback sees the same results
// in the same order, and memory holds at most `ahead` waiting articles.
//
// Errors: every problem (unreadable input, malformed record, article with no
// text) reaches the callback as one non-OK Result whose message is one line
// naming the input; the other articles go on. Thread safety: reentrant; the
// callback runs on the calling thread.
#ifndef NEWSFUSE_PIPELINE_H_
#define NEWSFUSE_PIPELINE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "newsfuse/analyze.h"
#include "newsfuse/article.h"
#include "newsfuse/brief.h"
#include "newsfuse/ingest.h"
#include "newsfuse/story.h"
#include "newsfuse/status.h"

namespace newsfuse {

struct PipelineOptions {
  IngestOptions ingest;
  AnalyzeOptions analyze;  // how each article is analyzed (all by default)
  bool background = false;  // analyze on a second thread, ahead of `fn`
  size_t ahead = 32;        // with `background`: articles waiting at most
  // With `background`: called on the second thread whenever it would wait
  // for `fn` (`ahead` articles wait, or every input is read and `fn` still
  // takes the last ones), and on the calling thread whenever it would wait
  // for the next article, to do one short piece of other work; it returns
  // false when it has none, and is called again after the next article
  // passes. It may run on both threads at once. A slow call can leave the
  // other side waiting.
  std::function<bool()> on_idle;
};

// Cleans and analyzes one ingested article in place.
Status ProcessArticle(Article& article, const AnalyzeOptions& analyze = {});

// Runs every stage over each path in order.
void RunPipeline(const std::vector<std::string>& paths,
                 const PipelineOptions& options, const ArticleFn& fn);

struct BriefOptions {
  StoryIndexOptions stories;
  FuseOptions fuse;
  // Stories fused at once; the briefs do not depend on it.
  int threads = 1;
};

// Groups analyzed articles into stories (in input order, so the same input
// gives the same ids) and fuses each story. The briefs point into
// `articles`, which must outlive them and not be resized. Stories come
// largest first, ties in order of their first article. Articles without
// sentences must be left out by the caller (they have nothing to fuse).
std::vector<StoryBrief> BuildBriefs(const std::vector<Article>& articles,
                                    const BriefOptions& options);

// The same, built as the articles arrive:
//
//   newsfuse::BriefBuilder builder(options);
//   newsfuse::RunPipeline(paths, {.background = true}, [&](Result<Article> r) {
//     if (r.ok() && !r->sentences.empty()) builder.Add(std::move(*r));
//   });
//   std::vector<newsfuse::StoryBrief> briefs = builder.Build();
//
// Add() places each article in its story at once, so with a background
// pipeline the stories grow while the next articles are analyzed. The
// builder owns the articles; the briefs point into it, so it must outlive
// them. Thread safety: not thread-safe (Build() may use options.threads
// threads internally).
class BriefBuilder {
 public:
  explicit BriefBuilder(const BriefOptions& options);
  ~BriefBuilder();
  BriefBuilder(const BriefBuilder&) = delete;
  BriefBuilder& operator=(const BriefBuilder&) = delete;

  // Keeps an analyzed article that has sentences. False, keeping nothing,
  // when an article with its id was added before (the same input twice).
  bool Add(Article article);

  // Fuses, on the calling thread, one story that seems to have stopped
  // growing (no article in the last few Add() calls), as it stands; false
  // if none is ready. Build() reuses each brief whose story kept the same
  // articles, so the result is the same. For a thread that would otherwise
  // wait (PipelineOptions::on_idle): it may run concurrently with Add()
  // and with itself on other threads, and must not overlap Build().
  bool FuseAheadStep();

  // Called with each brief and its index in the result as soon as the
  // story is fused, on the thread that fused it: concurrently for different
  // stories when options.threads > 1, in no fixed order.
  using StoryFn = std::function<void(size_t index, const StoryBrief& brief)>;

  // The briefs of every story so far; the same as BuildBriefs of the added
  // articles.
  std::vector<StoryBrief> Build(const StoryFn& on_story = nullptr) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfuse

#endif  // NEWSFUSE_PIPELINE_H_
