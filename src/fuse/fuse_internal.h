// The parts of FuseStory (brief.h), public to the fuse stage's own files and
// tests:
//
//   DescribeSentences  each sentence of each member -> SentenceInfo
//                      (content keys, numbers, attribution, plan/done cues,
//                      whether it may stand alone in a summary)
//   Vocabulary         IDF weights of the keys within the story
//   Similarity         how much two sentences state the same thing (0..1)
//   ClusterFacts       sentences -> groups that state one fact
//   ChooseSummary      facts -> the cited extractive summary
#ifndef NEWSFUSE_FUSE_FUSE_INTERNAL_H_
#define NEWSFUSE_FUSE_FUSE_INTERNAL_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/word_map.h"
#include "fuse/lexicon.h"
#include "newsfuse/article.h"
#include "newsfuse/brief.h"

namespace newsfuse::fuse {

// Ids of words, found without building a string: short words in a
// WordMap, which compares them as integers, longer ones in a hash map.
// The caller keeps the bytes of every word added alive.
class WordIds {
 public:
  static constexpr uint32_t kAbsent = WordMap::kAbsent;
  uint32_t Find(std::string_view word) const;
  // `id` must not be kAbsent.
  void Add(std::string_view word, uint32_t id);

 private:
  WordMap short_;
  std::unordered_map<std::string_view, uint32_t> long_;
};

// The content keys of one story, interned: synonym concepts or folded stems
// of non-stop words, "#" + digits for numbers ("#1000" for "1,000"). Ids
// count from 0 in order of first use.
class StoryKeys {
 public:
  uint32_t Intern(std::string_view key);
  std::string_view Name(uint32_t id) const { return names_[id]; }
  size_t size() const { return names_.size(); }

  // Marks key `id` as written capitalized inside a sentence somewhere in
  // the story: part of a name, which weighs more.
  void MarkName(uint32_t id) { in_names_[id] = true; }
  bool InName(uint32_t id) const { return in_names_[id]; }

 private:
  WordIds ids_;
  std::deque<std::string> owned_;        // the keys' bytes, never moved
  std::vector<std::string_view> names_;  // by id, into owned_
  std::vector<bool> in_names_;           // parallel to names_
};

// Folds spelling variants of one name: "zelenskyy's" and "zelensky" ->
// "zelensky", "dmitri" -> "dmitry". Applied to every stem, which only
// has to match within one story.
std::string Fold(std::string_view s);

// The words of one story as keys see them: the lexicon's facts of every
// token, and stems mapped to synonym concepts through the words the story
// uses, so that "exchanging" finds "exchange" once any article writes
// "exchange". Keys are interned in `keys` when first found, so their ids
// follow first use.
class StoryWords {
 public:
  static constexpr uint32_t kNoKey = UINT32_MAX;

  StoryWords(const std::vector<const Article*>& articles, StoryKeys* keys);

  // The facts of the tokens of articles[a], parallel to its tokens.
  const WordFacts* const* Facts(size_t a) const { return facts_[a].data(); }

  // The content key of token `t` of `article`, whose facts are `f`; kNoKey
  // if it carries no content.
  uint32_t KeyOf(const Article& article, const Token& t, const WordFacts& f);

 private:
  uint32_t Intern(std::string_view key);
  uint32_t StemKey(std::string_view stem);  // its concept, else folded

  std::vector<std::vector<const WordFacts*>> facts_;  // per article, token
  std::unordered_map<std::string_view, std::string_view> concepts_;
  WordIds stem_keys_;  // memo of StemKey, by stem
  StoryKeys* keys_;
};

struct SentenceInfo {
  SentenceRef ref;
  uint32_t position = 0;  // index of the sentence in its article
  int words = 0;          // word and number tokens
  // Distinct content keys (StoryKeys ids), which Vocabulary sorts and
  // weighs, with the norm of the weight vector, so that comparing two
  // sentences is a merge of two short integer lists.
  std::vector<uint32_t> keys;
  std::vector<double> key_weights;  // parallel to keys, by Vocabulary
  double norm = 0;
  bool attributed = false;
  std::string speaker;      // as written ("Kremlin spokesperson Dmitry Peskov")
  std::string speaker_key;  // folded surname ("peskov"), "" if unknown
  Span speaker_tokens;      // the speaker's tokens within the sentence
  uint32_t verb_token = UINT32_MAX;  // the reporting verb's token
  bool quote_only = false;        // a quotation with no attribution of its own
  bool opens_with_quote = false;  // a direct quotation comes first
  int plan_cues = 0;              // "will", "plans to", "ahead of"...
  int done_cues = 0;              // "spoke", "held", "following"...
  bool standalone = false;        // fit for a summary: no fragment or headline
};

// +1 for a sentence that reports something done ("spoke", "held",
// "following"), else -1 for a plan or expectation ("will", "plans to"),
// else 0. A sentence that mentions a done event was written after it.
int Stage(const SentenceInfo& s);

// Describes every sentence of `articles`, article by article, interning
// their keys in `keys`.
std::vector<SentenceInfo> DescribeSentences(
    const std::vector<const Article*>& articles, StoryKeys* keys);

// Key weights within one story: inverse sentence frequency, raised for
// numbers and names, which are the strongest evidence two outlets report
// the same thing.
class Vocabulary {
 public:
  // Weighs the keys of `sentences`: sorts each one's keys and fills its
  // key_weights and norm.
  Vocabulary(std::vector<SentenceInfo>& sentences, const StoryKeys& keys);
};

// Weighted cosine of the two sentences' keys (0..1).
double Similarity(const SentenceInfo& a, const SentenceInfo& b,
                  const Vocabulary& vocab);

// What the rest of the fuse needs of the similarities of a story's
// sentences, from one pass over an inverted index from key to sentences:
// the close pairs (the candidates for a fact), and each sentence's summed
// similarity to the sentences of other articles (its centrality). Pairs
// that share no key have similarity exactly 0, so the pass costs only the
// shared keys, and no pair is stored unless it is close: a story of 800
// sentences has some 100,000 pairs that share a key. Sums and similarities
// are bit-identical to adding up Similarity in sentence order.
class SimilarityGraph {
 public:
  struct Pair {
    uint32_t lo, hi;  // sentence indices, lo < hi
    uint32_t shared;  // keys they share
    double sim;       // Similarity, >= the graph's min_sim
  };
  // `sentences` must outlive the graph.
  SimilarityGraph(const std::vector<SentenceInfo>& sentences, double min_sim);

  // The pairs with similarity >= min_sim, by lo then hi.
  const std::vector<Pair>& close() const { return close_; }
  // Similarity(a, b), computed: 0 when they share no key.
  double Sim(int a, int b) const;
  // Summed similarity of sentence `a` to the sentences of other articles.
  double CrossArticle(int a) const { return cross_article_[a]; }

 private:
  const std::vector<SentenceInfo>& sentences_;
  std::vector<Pair> close_;
  std::vector<double> cross_article_;
};

// How central each sentence is to the story: its summed similarity to the
// sentences of the other articles, divided by their number (degree
// centrality, as in LexRank, but across outlets only).
std::vector<double> Centrality(const SimilarityGraph& graph, size_t sentences,
                               size_t articles);

// True when `a` and `b` may be in one fact: both attributed to compatible
// speakers or both the outlets' own statements, and not a plan beside a
// report of something done.
bool CompatibleVoices(const SentenceInfo& a, const SentenceInfo& b);

struct ClusterOptions {
  double threshold = 0.30;     // average similarity to join a fact
  double same_article = 0.80;  // two sentences of one article: near-identical
};

// Groups sentence indices into facts, from the graph's close pairs: its
// min_sim must not exceed options.threshold.
std::vector<std::vector<int>> ClusterFacts(
    const std::vector<SentenceInfo>& sentences, const SimilarityGraph& graph,
    const ClusterOptions& options);

// How late in the story each member was written, 0 (earliest) .. 1: by
// published time when every member has one, else by the balance of
// done-cues over plan-cues in its sentences.
std::vector<double> ArticleLateness(const std::vector<const Article*>& articles,
                                    const std::vector<SentenceInfo>& sentences);

// Salience of the fact made of sentences `members`.
double FactScore(const std::vector<SentenceInfo>& sentences,
                 const std::vector<double>& lateness,
                 const std::vector<double>& centrality,
                 const std::vector<int>& members, int independent_sources);

// Fills brief->summary from brief->facts.
void ChooseSummary(const std::vector<SentenceInfo>& sentences,
                   const Vocabulary& vocab, const std::vector<double>& lateness,
                   const std::vector<std::vector<int>>& fact_members,
                   int summary_words, StoryBrief* brief);

}  // namespace newsfuse::fuse

#endif  // NEWSFUSE_FUSE_FUSE_INTERNAL_H_
