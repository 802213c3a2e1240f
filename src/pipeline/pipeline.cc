#include "newsfuse/pipeline.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "newsfuse/analyze.h"
#include "newsfuse/clean.h"
#include "pipeline/handoff.h"

namespace newsfuse {
namespace {

// Reads every path in order until `stop` (if any) is set.
void ReadAll(const std::vector<std::string>& paths,
             const PipelineOptions& options, const ArticleFn& fn,
             const std::atomic<bool>* stop = nullptr) {
  for (const std::string& path : paths) {
    if (stop != nullptr && stop->load()) return;
    ReadPath(path, options.ingest, [&](Result<Article> r) {
      if (stop != nullptr && stop->load()) return;
      if (!r.ok()) return fn(std::move(r));
      Status s = ProcessArticle(*r, options.analyze);
      if (!s.ok()) return fn(std::move(s));
      fn(std::move(r));
    });
  }
}

// ReadAll on a second thread, handing each result to `fn` on this one.
// An exception on either side stops both and reaches the caller.
void ReadAllInBackground(const std::vector<std::string>& paths,
                         const PipelineOptions& options, const ArticleFn& fn) {
  pipeline::Handoff<Result<Article>> results(
      std::max<size_t>(1, options.ahead));
  std::atomic<bool> stop{false};
  std::exception_ptr reader_error;
  std::thread reader([&] {
    try {
      ReadAll(paths, options, [&](Result<Article> r) {
        if (!results.Push(std::move(r), options.on_idle)) stop.store(true);
      }, &stop);
      results.Close();
      results.Drain(options.on_idle);
    } catch (...) {
      reader_error = std::current_exception();
      results.Close();
    }
  });
  try {
    while (std::optional<Result<Article>> r = results.Pop(options.on_idle)) {
      fn(std::move(*r));
    }
  } catch (...) {
    results.Cancel();
    reader.join();
    throw;
  }
  reader.join();
  if (reader_error) std::rethrow_exception(reader_error);
}

}  // namespace

Status ProcessArticle(Article& article, const AnalyzeOptions& analyze) {
  Status s = Clean(article);
  if (!s.ok()) return s;
  Analyze(article, analyze);
  return Status::Ok();
}

void RunPipeline(const std::vector<std::string>& paths,
                 const PipelineOptions& options, const ArticleFn& fn) {
  if (options.background) {
    ReadAllInBackground(paths, options, fn);
  } else {
    ReadAll(paths, options, fn);
  }
}

}  // namespace newsfuse
