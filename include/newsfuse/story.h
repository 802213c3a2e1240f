// Stories and origins: which articles report the same event, and which are
// copies of one another.
//
//   newsfuse::StoryIndex index;
//   for (const Article& a : articles) index.Add(a);   // analyzed articles
//   for (const Story& s : index.Stories()) ...
//
// A *story* is a set of articles about one event (one earthquake, one trial,
// one phone call); another event of the same kind is another story. An
// *origin* is a set of articles that are copies of one text (a wire story
// reprinted with small edits, the same page under two URLs): corroboration
// counts origins, not articles.
//
// The index is incremental: Add() places one article against what is
// already indexed (an inverted index over its distinctive features), so a
// stream of articles never recomputes the whole clustering. Results depend
// only on the articles and their order of addition, so the same input in the
// same order gives the same story and origin ids.
//
// Ownership: the index copies what it needs from each article (ids and
// features); articles need not outlive it. Thread safety: a StoryIndex is
// not thread-safe; const methods may be called concurrently when no Add()
// runs. Errors: none; an article with no tokens becomes a story of its own.
#ifndef NEWSFUSE_STORY_H_
#define NEWSFUSE_STORY_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "newsfuse/article.h"

namespace newsfuse {

struct Story {
  std::string id;                        // stable: "s" + 10 hex digits
  std::vector<std::string> article_ids;  // in order of addition
  std::string why;  // "shared: Kestrel Star, Lake Orrin, capsized, 14"
  std::vector<std::string> shared_terms;  // the terms behind `why`
};

struct Placement {
  std::string story_id;
  std::string origin_id;  // "o" + 10 hex digits; shared by copies
  bool new_story = false;
  bool new_origin = false;
};

struct StoryIndexOptions {
  // Minimum similarity to join an existing story (0..1); tuned on ECB+.
  double story_threshold = -1;  // < 0: the built-in default
  // Minimum text resemblance for two articles to share an origin.
  double origin_threshold = -1;  // < 0: the built-in default
};

class StoryIndex {
 public:
  explicit StoryIndex(StoryIndexOptions options = {});
  ~StoryIndex();
  StoryIndex(const StoryIndex&) = delete;
  StoryIndex& operator=(const StoryIndex&) = delete;

  // Places an analyzed article (after Analyze) in a story and an origin.
  Placement Add(const Article& article);

  // The stories so far, in order of their first article.
  std::vector<Story> Stories() const;

  // The origin id of an added article ("" if unknown).
  std::string OriginOf(const std::string& article_id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsfuse

#endif  // NEWSFUSE_STORY_H_
