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

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/brief.h"

namespace newsfuse {

inline constexpr char kArticleSchema[] = "newsfuse.article/1";

struct ArticleJsonOptions {
  bool tokens = false;  // include the token list (large)
  bool pretty = false;  // indent (then the output spans several lines)
};

// One JSON object describing an analyzed article, without a trailing newline.
std::string ArticleToJson(const Article& article,
                          const ArticleJsonOptions& options);

// ---- Briefs (`newsfuse brief`); format in docs/brief-format.md. ----

inline constexpr char kBriefSchema[] = "newsfuse.brief/1";

// The whole brief as one JSON document ("schema": "newsfuse.brief/1").
std::string BriefToJson(const std::vector<StoryBrief>& briefs, bool pretty);

// The same in parts, to render stories apart (say, on several threads as
// they are fused): one story's object as BriefToJson writes it, and the
// document from those objects in order, byte for byte BriefToJson's.
std::string StoryToJson(const StoryBrief& brief, bool pretty);
std::string JoinBriefJson(const std::vector<std::string>& stories,
                          bool pretty);
// JoinBriefJson's document handed to `sink` piece by piece as the stories
// come, so that no string holds it whole and the first stories can be
// written while later ones are fused:
//
//   BriefJsonStream stream(pretty, [&](std::string_view p) { out << p; });
//   for (...) stream.Add(StoryToJson(brief, pretty));  // in order
//   stream.Finish();  // the closing brackets, no newline
//
// Not thread-safe: one Add at a time, in the stories' order.
class BriefJsonStream {
 public:
  using Sink = std::function<void(std::string_view)>;
  BriefJsonStream(bool pretty, Sink sink);
  ~BriefJsonStream();
  BriefJsonStream(const BriefJsonStream&) = delete;
  BriefJsonStream& operator=(const BriefJsonStream&) = delete;

  void Add(std::string_view story);
  void Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Markdown for the terminal: per story the summary with numbered citations,
// the facts with their outlets, the fact x outlet matrix, the articles and
// the dropped lines.
std::string BriefToMarkdown(const std::vector<StoryBrief>& briefs);

// A self-contained HTML page (no network access needed): the same content,
// every citation linked to its source sentence shown in context, all article
// text escaped.
std::string BriefToHtml(const std::vector<StoryBrief>& briefs);

}  // namespace newsfuse

#endif  // NEWSFUSE_REPORT_H_
