// Helpers for the fuse stage's tests: made-up articles run through the
// real pipeline, and checks every brief must pass.
#ifndef NEWSFUSE_FUSE_FUSE_TESTING_H_
#define NEWSFUSE_FUSE_FUSE_TESTING_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "newsfuse/brief.h"
#include "newsfuse/ingest.h"
#include "newsfuse/pipeline.h"

namespace newsfuse::fuse::testing {

// An analyzed plain-text article "<name>.txt" with a headline and one
// paragraph per line.
inline Article Analyzed(const std::string& name,
                        const std::vector<std::string>& lines) {
  std::string text = "Headline of the " + name + " story\n\n";
  for (const std::string& l : lines) text += l + "\n";
  Article out;
  ReadBytes(name + ".txt", text, {}, [&](Result<Article> r) {
    if (r.ok()) out = std::move(r).value();
  });
  Status s = ProcessArticle(out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

// Every article the pipeline reads from `path` (a file or a folder).
inline std::vector<Article> Load(const std::string& path) {
  std::vector<Article> out;
  RunPipeline({path}, {}, [&](Result<Article> r) {
    if (r.ok()) out.push_back(std::move(r).value());
  });
  return out;
}

inline std::vector<const Article*> Pointers(
    const std::vector<Article>& articles) {
  std::vector<const Article*> out;
  for (const Article& a : articles) out.push_back(&a);
  return out;
}

inline StoryBrief Fuse(const std::vector<const Article*>& articles,
                       const std::vector<std::string>& origins,
                       int words = 120) {
  Story story;
  story.id = "s0000000000";
  for (const Article* a : articles) story.article_ids.push_back(a->id);
  FuseOptions options;
  options.summary_words = words;
  return FuseStory(story, articles, origins, options);
}

// The fact holding sentence `sentence` of member `article`, or null.
inline const Fact* FactOf(const StoryBrief& brief, uint32_t article,
                          uint32_t sentence) {
  for (const Fact& f : brief.facts) {
    for (const SentenceRef& r : f.support) {
      if (r.article == article && r.sentence == sentence) return &f;
    }
  }
  return nullptr;
}

inline int SummaryWords(const StoryBrief& brief) {
  int n = 0;
  for (const SummarySentence& s : brief.summary) {
    std::istringstream in(s.text);
    std::string w;
    while (in >> w) ++n;
  }
  return n;
}

// Every summary sentence is its source sentence verbatim, cites its own
// article, and belongs to the fact it names.
inline void ExpectVerbatim(const StoryBrief& brief) {
  for (const SummarySentence& s : brief.summary) {
    ASSERT_LT(s.from.article, brief.articles.size());
    const Article& a = *brief.articles[s.from.article];
    ASSERT_LT(s.from.sentence, a.sentences.size());
    EXPECT_EQ(s.text, a.SentenceText(a.sentences[s.from.sentence]));
    EXPECT_NE(std::find(s.sources.begin(), s.sources.end(), a.id),
              s.sources.end());
    const Fact* f = FactOf(brief, s.from.article, s.from.sentence);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->id, s.fact_id);
    EXPECT_EQ(f->sources, s.sources);
  }
}

}  // namespace newsfuse::fuse::testing

#endif  // NEWSFUSE_FUSE_FUSE_TESTING_H_
