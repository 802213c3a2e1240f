// FuseStory: sentences -> facts -> corroboration, coverage and summary.
#include <algorithm>
#include <unordered_map>

#include "fuse/fuse_internal.h"
#include "newsfuse/brief.h"

namespace newsfuse {
namespace {

using fuse::SentenceInfo;

// The origin of each member for counting corroboration: the given origin,
// except that members with one article id share the first one's origin
// (the same file passed twice counts once), and a member without a given
// origin is an origin of its own.
std::vector<std::string> CountingOrigins(
    const std::vector<const Article*>& articles,
    const std::vector<std::string>& origins) {
  std::unordered_map<std::string, std::string> by_id;
  std::vector<std::string> out;
  for (size_t i = 0; i < articles.size(); ++i) {
    std::string origin = i < origins.size() && !origins[i].empty()
                             ? origins[i]
                             : "article:" + articles[i]->id;
    out.push_back(by_id.emplace(articles[i]->id, origin).first->second);
  }
  return out;
}

// The member shown as the fact's text: a sentence that can stand alone if
// any, most similar on average to the others, then the most complete.
int Representative(const std::vector<SentenceInfo>& sentences,
                   const fuse::Vocabulary& vocab,
                   const std::vector<int>& members) {
  int best = members[0];
  double best_value = -1e9;
  for (int m : members) {
    double sim = 0;
    for (int o : members) {
      if (o != m) sim += fuse::Similarity(sentences[m], sentences[o], vocab);
    }
    double value = (sentences[m].standalone ? 10.0 : 0.0) +
                   sim / double(members.size()) +
                   0.01 * double(sentences[m].keys.size());
    if (value > best_value) best_value = value, best = m;
  }
  return best;
}

Fact MakeFact(const std::vector<SentenceInfo>& sentences,
              const fuse::Vocabulary& vocab,
              const std::vector<const Article*>& articles,
              const std::vector<std::string>& origins,
              const std::vector<int>& members) {
  Fact f;
  f.support.reserve(members.size());
  f.sources.reserve(members.size());
  // Few members: a short list finds repeats faster than a set.
  std::vector<const std::string*> seen_origins;
  for (int m : members) {
    const SentenceInfo& s = sentences[m];
    f.support.push_back(s.ref);
    const std::string& id = articles[s.ref.article]->id;
    if (std::find(f.sources.begin(), f.sources.end(), id) == f.sources.end()) {
      f.sources.push_back(id);
    }
    const std::string& origin = origins[s.ref.article];
    if (std::none_of(seen_origins.begin(), seen_origins.end(),
                     [&](const std::string* o) { return *o == origin; })) {
      seen_origins.push_back(&origin);
    }
    if (s.attributed) f.attributed = true;
    if (f.speaker.empty()) f.speaker = s.speaker;
  }
  f.independent_sources = int(seen_origins.size());
  f.single_source = f.independent_sources <= 1;
  const SentenceInfo& rep =
      sentences[Representative(sentences, vocab, members)];
  const Article& a = *articles[rep.ref.article];
  f.text_from = rep.ref;
  f.text = std::string(a.SentenceText(a.sentences[rep.ref.sentence]));
  return f;
}

// Most corroborated first, then most salient, then in text order.
void SortFacts(std::vector<Fact>* facts,
               std::vector<std::vector<int>>* members) {
  std::vector<size_t> order(facts->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Fact& a = (*facts)[x];
    const Fact& b = (*facts)[y];
    if (a.independent_sources != b.independent_sources) {
      return a.independent_sources > b.independent_sources;
    }
    return a.score > b.score;
  });
  std::vector<Fact> sorted_facts;
  std::vector<std::vector<int>> sorted_members;
  for (size_t i : order) {
    sorted_facts.push_back(std::move((*facts)[i]));
    sorted_members.push_back(std::move((*members)[i]));
  }
  for (size_t i = 0; i < sorted_facts.size(); ++i) {
    sorted_facts[i].id = std::to_string(i + 1).insert(0, 1, 'f');
  }
  *facts = std::move(sorted_facts);
  *members = std::move(sorted_members);
}

void FillCoverage(StoryBrief* brief) {
  for (const Article* a : brief->articles) brief->coverage[a->id];
  for (const Fact& f : brief->facts) {
    for (const std::string& id : f.sources) brief->coverage[id].push_back(f.id);
  }
}

}  // namespace

StoryBrief FuseStory(const Story& story,
                     const std::vector<const Article*>& articles,
                     const std::vector<std::string>& origins,
                     const FuseOptions& options) {
  StoryBrief brief;
  brief.story = story;
  brief.articles = articles;
  brief.origins = origins;
  brief.origins.resize(articles.size());
  std::vector<std::string> counting = CountingOrigins(articles, origins);

  fuse::StoryKeys keys;
  std::vector<SentenceInfo> sentences =
      fuse::DescribeSentences(articles, &keys);
  fuse::Vocabulary vocab(sentences, keys);
  fuse::ClusterOptions cluster;
  fuse::SimilarityGraph graph(sentences, cluster.threshold);
  std::vector<std::vector<int>> members =
      fuse::ClusterFacts(sentences, graph, cluster);
  std::vector<double> lateness = fuse::ArticleLateness(articles, sentences);
  std::vector<double> centrality =
      fuse::Centrality(graph, sentences.size(), articles.size());
  for (const std::vector<int>& m : members) {
    brief.facts.push_back(MakeFact(sentences, vocab, articles, counting, m));
    brief.facts.back().score =
        fuse::FactScore(sentences, lateness, centrality, m,
                        brief.facts.back().independent_sources);
  }
  SortFacts(&brief.facts, &members);
  FillCoverage(&brief);
  fuse::ChooseSummary(sentences, vocab, lateness, members,
                      options.summary_words, &brief);
  brief.entities = BuildEntityTable(articles, &brief.mention_entities);
  brief.quotes =
      BuildQuoteTable(articles, brief.entities, brief.mention_entities);
  brief.timeline = BuildTimeline(brief);
  brief.discrepancies = FindDiscrepancies(brief);
  return brief;
}

}  // namespace newsfuse
