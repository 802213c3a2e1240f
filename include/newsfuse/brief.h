// The brief of one story: facts aligned across outlets, corroboration by
// independent origins, coverage and a cited extractive summary.
//
//   std::vector<const Article*> members = ...;  // the story's articles
//   std::vector<std::string> origins = ...;     // origin id of each member
//   newsfuse::StoryBrief b = newsfuse::FuseStory(story, members, origins, {});
//
// Every text in a brief is taken verbatim from one article's sentence;
// nothing is generated. A *fact* groups the sentences of different articles
// that state the same thing; its corroboration is the number of distinct
// origins among them, so a wire copy counts once. Statements attributed to a
// speaker ("..., X said") and statements the outlet makes itself are never
// merged into one fact.
//
// Ownership: a StoryBrief holds pointers to the caller's Articles, which must
// outlive it. Thread safety: FuseStory is reentrant. Errors: none; a story
// whose articles hold no sentences gives a brief with no facts.
#ifndef NEWSFUSE_BRIEF_H_
#define NEWSFUSE_BRIEF_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/discrepancies.h"
#include "newsfuse/entity_table.h"
#include "newsfuse/quote_table.h"
#include "newsfuse/story.h"
#include "newsfuse/timeline.h"

namespace newsfuse {

// One sentence of one member article.
struct SentenceRef {
  uint32_t article = 0;   // index into StoryBrief::articles
  uint32_t sentence = 0;  // index into that Article::sentences
};

struct Fact {
  std::string id;                    // "f1", "f2"... in order of the brief
  SentenceRef text_from;             // the sentence shown as the fact's text
  std::string text;                  // that sentence, verbatim
  std::vector<SentenceRef> support;  // one or more sentences per article
  std::vector<std::string> sources;  // ids of the supporting articles
  int independent_sources = 0;       // distinct origins among them
  bool single_source = true;         // all support from one outlet
  bool attributed = false;           // a statement attributed to a speaker
  std::string speaker;               // the attribution as written, if any
  double score = 0;                  // salience used by the summary
};

struct SummarySentence {
  std::string text;  // verbatim from `from`
  SentenceRef from;
  std::string fact_id;
  std::vector<std::string> sources;  // every article supporting the fact
  bool single_source = true;         // the fact rests on one outlet
};

struct StoryBrief {
  Story story;
  std::vector<const Article*> articles;  // the story's members
  std::vector<std::string> origins;      // origin id of each member
  std::vector<Fact> facts;               // most corroborated first
  std::vector<SummarySentence> summary;  // in reading order
  // article id -> ids of the facts it reports
  std::map<std::string, std::vector<std::string>> coverage;
  std::vector<Entity> entities;            // see entity_table.h
  MentionEntities mention_entities;        // entity of each article mention
  std::vector<StoryQuote> quotes;          // see quote_table.h
  std::vector<TimelineEntry> timeline;     // see timeline.h
  std::vector<Discrepancy> discrepancies;  // see discrepancies.h
};

struct FuseOptions {
  int summary_words = 120;  // target length; sentences are never cut
};

StoryBrief FuseStory(const Story& story,
                     const std::vector<const Article*>& articles,
                     const std::vector<std::string>& origins,
                     const FuseOptions& options);

}  // namespace newsfuse

#endif  // NEWSFUSE_BRIEF_H_
