// Report: serializations of newsfuse results.
//
//   std::string line = newsfuse::ArticleToJson(article, {});
//   std::cout << line << '\n';  // one JSONL record
//
// The article format is documented in docs/analyze-format.md and versioned by
// its "schema" field ("newsfuse.article/1"); fields are added, never renamed.
// Thread safety: reentrant. Errors: none (strings are valid UTF-8 after clean;
// invalid bytes in metadata are replaced).
#ifndef NEWSFUSE_REPORT_H_
#define NEWSFUSE_REPORT_H_

#include <string>

#include "newsfuse/article.h"

namespace newsfuse {

inline constexpr char kArticleSchema[] = "newsfuse.article/1";

struct ArticleJsonOptions {
  bool tokens = false;  // include the token list (large)
  bool pretty = false;  // indent (then the output spans several lines)
};

// One JSON object describing an analyzed article, without a trailing newline.
std::string ArticleToJson(const Article& article,
                          const ArticleJsonOptions& options);

}  // namespace newsfuse

#endif  // NEWSFUSE_REPORT_H_
