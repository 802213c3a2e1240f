// Salience, lateness and the extractive summary.
//
// A fact's salience is its corroboration (distinct origins) plus smaller
// terms: whether it leads an article, and whether it reports the story's
// latest state. Lateness comes from published times when every article has
// one; otherwise from the text: an article whose sentences say "plans to",
// "will", "is expected to", "ahead of" was written before the event, one
// whose sentences say "spoke", "held", "following the call" after it.
//
// The summary takes facts by salience and, for each, its best sentence that
// can stand alone (no fragment, headline or quote continuation), skipping a
// sentence too similar to one already chosen, until the word budget is
// spent. It leads with the most salient sentence that reports something
// done, then follows the order of the sentences in their articles.
#include <algorithm>
#include <cmath>
#include <set>

#include "fuse/fuse_internal.h"

namespace newsfuse::fuse {
namespace {

constexpr double kCorroborationWeight = 1.5;  // per independent origin
constexpr double kCentralityWeight = 3.0;
constexpr double kLeadBonus = 0.8;  // an outlet chose it as its lede
constexpr double kStageWeight = 1.0;
constexpr double kLatenessWeight = 0.8;
constexpr double kRedundant = 0.35;
// A plan this similar to a report of something done is superseded by it.
constexpr double kSuperseded = 0.25;

bool StartsWithQuote(const SentenceInfo& s) {
  return s.quote_only || s.opens_with_quote;
}

struct Candidate {
  int fact;
  int sentence;  // index into the sentences
  double priority;
};

std::vector<Candidate> Candidates(const std::vector<SentenceInfo>& sentences,
                                  const std::vector<double>& lateness,
                                  const std::vector<std::vector<int>>& members,
                                  const StoryBrief& brief) {
  std::vector<Candidate> out;
  for (size_t f = 0; f < members.size(); ++f) {
    int best = -1;
    double best_value = -1e9;
    for (int m : members[f]) {
      const SentenceInfo& s = sentences[m];
      if (!s.standalone) continue;
      double value = Stage(s) + kLatenessWeight * lateness[s.ref.article] -
                     0.05 * s.position - (StartsWithQuote(s) ? 0.5 : 0);
      if (value > best_value) best_value = value, best = m;
    }
    if (best < 0) continue;
    double priority =
        brief.facts[f].score + kStageWeight * Stage(sentences[best]) +
        0.3 * kLatenessWeight * lateness[sentences[best].ref.article];
    out.push_back({int(f), best, priority});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) {
                     return a.priority > b.priority;
                   });
  return out;
}

// Drops the plans and expectations that a report of the event supersedes:
// "will meet on Tuesday" once another sentence says "met on Tuesday".
std::vector<Candidate> DropSuperseded(
    std::vector<Candidate> candidates,
    const std::vector<SentenceInfo>& sentences, const Vocabulary& vocab) {
  std::vector<Candidate> out;
  for (const Candidate& c : candidates) {
    const SentenceInfo& s = sentences[c.sentence];
    bool superseded = false;
    for (const Candidate& d : candidates) {
      const SentenceInfo& done = sentences[d.sentence];
      superseded |= Stage(s) < 0 && Stage(done) > 0 &&
                    Similarity(s, done, vocab) >= kSuperseded;
    }
    if (!superseded) out.push_back(c);
  }
  return out;
}

std::vector<Candidate> Pick(const std::vector<Candidate>& candidates,
                            const std::vector<SentenceInfo>& sentences,
                            const Vocabulary& vocab, int budget) {
  std::vector<Candidate> chosen;
  int used = 0;
  for (const Candidate& c : candidates) {
    const SentenceInfo& s = sentences[c.sentence];
    // Sentences are never cut, so a budget is met approximately: a sentence
    // may end the summary up to a tenth past it.
    if (!chosen.empty() && used + s.words > budget + budget / 10) continue;
    bool redundant = false;
    for (const Candidate& x : chosen) {
      redundant |= Similarity(s, sentences[x.sentence], vocab) >= kRedundant;
    }
    if (redundant) continue;
    chosen.push_back(c);
    used += s.words;
    if (used >= budget - 5) break;
  }
  return chosen;
}

// The lead first, then the others in the order of their articles' text.
void Order(const std::vector<SentenceInfo>& sentences,
           const std::vector<double>& lateness,
           const std::vector<const Article*>& articles,
           std::vector<Candidate>* chosen) {
  if (chosen->empty()) return;
  // The lead says what happened: a lede about something done if chosen,
  // else any report of something done, else a lede; the most salient.
  auto lead_value = [&](const Candidate& c) {
    const SentenceInfo& s = sentences[c.sentence];
    bool done = Stage(s) > 0, lede = s.position == 0;
    int tier = done && lede ? 3 : done ? 2 : lede ? 1 : 0;
    return std::make_pair(tier, c.priority);
  };
  auto lead = std::max_element(chosen->begin(), chosen->end(),
                               [&](const Candidate& a, const Candidate& b) {
                                 return lead_value(a) < lead_value(b);
                               });
  std::iter_swap(chosen->begin(), lead);
  auto relative = [&](const Candidate& c) {
    const SentenceInfo& s = sentences[c.sentence];
    size_t n = std::max<size_t>(1, articles[s.ref.article]->sentences.size());
    return double(s.position) / double(n) - 0.1 * lateness[s.ref.article];
  };
  std::stable_sort(chosen->begin() + 1, chosen->end(),
                   [&](const Candidate& a, const Candidate& b) {
                     return relative(a) < relative(b);
                   });
}

}  // namespace

std::vector<double> ArticleLateness(
    const std::vector<const Article*>& articles,
    const std::vector<SentenceInfo>& sentences) {
  size_t n = articles.size();
  std::vector<double> raw(n, 0.0);
  bool all_dated = n > 0;
  for (const Article* a : articles) all_dated &= a->published.has_value();
  if (all_dated) {
    for (size_t i = 0; i < n; ++i) {
      raw[i] = double(articles[i]->published->epoch_seconds);
    }
  } else {
    std::vector<double> done(n, 0), plan(n, 0);
    for (const SentenceInfo& s : sentences) {
      done[s.ref.article] += s.done_cues > s.plan_cues ? 1 : 0;
      plan[s.ref.article] += s.plan_cues > s.done_cues ? 1 : 0;
    }
    for (size_t i = 0; i < n; ++i) {
      raw[i] = (done[i] - plan[i]) / (done[i] + plan[i] + 2);
    }
  }
  auto [lo, hi] = std::minmax_element(raw.begin(), raw.end());
  std::vector<double> out(n, 0.5);
  if (n > 0 && *hi > *lo) {
    for (size_t i = 0; i < n; ++i) out[i] = (raw[i] - *lo) / (*hi - *lo);
  }
  return out;
}

double FactScore(const std::vector<SentenceInfo>& sentences,
                 const std::vector<double>& lateness,
                 const std::vector<double>& centrality,
                 const std::vector<int>& members, int independent_sources) {
  double stage = 0, late = 0, central = 0;
  bool lead = false;
  for (int m : members) {
    const SentenceInfo& s = sentences[m];
    stage += Stage(s);
    late += lateness[s.ref.article];
    lead |= s.position == 0;
    central = std::max(central, centrality[m]);
  }
  double n = std::max<double>(1, members.size());
  return kCorroborationWeight * independent_sources + (lead ? kLeadBonus : 0) +
         kCentralityWeight * central + kStageWeight * stage / n +
         kLatenessWeight * (late / n - 0.5);
}

void ChooseSummary(const std::vector<SentenceInfo>& sentences,
                   const Vocabulary& vocab, const std::vector<double>& lateness,
                   const std::vector<std::vector<int>>& fact_members,
                   int summary_words, StoryBrief* brief) {
  std::vector<Candidate> chosen =
      Pick(DropSuperseded(Candidates(sentences, lateness, fact_members, *brief),
                          sentences, vocab),
           sentences, vocab, summary_words);
  Order(sentences, lateness, brief->articles, &chosen);
  for (const Candidate& c : chosen) {
    const SentenceInfo& s = sentences[c.sentence];
    const Article& a = *brief->articles[s.ref.article];
    const Fact& fact = brief->facts[c.fact];
    brief->summary.push_back(
        {std::string(a.SentenceText(a.sentences[s.ref.sentence])), s.ref,
         fact.id, fact.sources, fact.single_source});
  }
}

}  // namespace newsfuse::fuse
