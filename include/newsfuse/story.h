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
// How (src/cluster/): each article's features are content-word stems,
// name-like words and runs of them ("Kestrel Star"), numbers with their
// next word ("14 people"), years, weekdays and months; headline terms weigh
// more. Weights are IDF from a document-frequency table the index updates
// as articles arrive. Candidate stories come from an inverted index over
// features (bounded postings per feature, very common features skipped);
// the article joins the candidate with the best average-link similarity to
// its members at or above the threshold, lowered when its headline names
// what the story never mentions or what no member's headline names, and
// most when it names a person the story never mentions; else it starts a
// story. Origins compare word 5-gram shingle sets (Jaccard, containment),
// helped by a shared agency credit or a credit line naming the other
// article's outlet. On ECB+ (bench/cluster_eval.cc) B-cubed F1 is 0.90.
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
  double story_threshold = -1;  // < 0: the built-in default (0.10)
  // Minimum text resemblance (word 5-gram Jaccard) for two articles to
  // share an origin without other evidence.
  double origin_threshold = -1;  // < 0: the built-in default (0.5)
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
