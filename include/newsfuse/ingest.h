// Ingest: turn paths and bytes into Articles with metadata.
//
//   newsfuse::IngestOptions options;
//   newsfuse::ReadPath("corpus/", options, [&](newsfuse::Result<Article> r) {
//     if (r.ok()) articles.push_back(std::move(r).value());
//     else errors.push_back(r.status());
//   });
//
// Inputs: a file, a folder (read recursively, files in sorted order, hidden
// files skipped), "-" for stdin; any file may be gzip-compressed (".gz" or
// gzip magic). Formats are told by extension and then by content: plain text
// (.txt and anything textual), Markdown (.md), HTML (.html/.htm or a leading
// tag), JSON (one object) and JSONL (one object per line).
//
// Errors: each problem is reported through the callback as one non-OK Result
// whose message is one line naming the input (and the line number for JSONL)
// and the problem; reading then goes on with the next record or file, so one
// bad article never loses the others. Ingest never prints or exits.
// Thread safety: the functions are reentrant; the callback runs on the
// calling thread.
#ifndef NEWSFUSE_INGEST_H_
#define NEWSFUSE_INGEST_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "newsfuse/article.h"
#include "newsfuse/status.h"

namespace newsfuse {

struct IngestOptions {
  std::string outlet;            // overrides the outlet of every article
  std::optional<Format> format;  // forces a format instead of detecting it
  // The publication time of articles whose metadata give none (the anchor
  // of their relative time expressions).
  std::optional<Timestamp> published;
};

// Receives each article read, or each problem met (a non-OK Result).
using ArticleFn = std::function<void(Result<Article>)>;

// Reads a file, a folder or "-" (stdin).
void ReadPath(std::string_view path, const IngestOptions& options,
              const ArticleFn& fn);

// Parses bytes already in memory as if read from `path` (used for messages,
// Article::path, the outlet fallback and format detection).
void ReadBytes(std::string_view path, std::string bytes,
               const IngestOptions& options, const ArticleFn& fn);

// The stable id of the record `record` of input `path`: "a" + 10 hex digits.
std::string MakeArticleId(std::string_view path, uint32_t record);

}  // namespace newsfuse

#endif  // NEWSFUSE_INGEST_H_
