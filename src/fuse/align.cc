// Fact alignment: which sentences of a story's articles state one thing.
//
// Two sentences are compared by the weighted cosine of their content keys
// (synonym concepts, folded stems, numbers), each key weighted by its
// inverse sentence frequency within the story, twice for numbers and one
// and a half times for names. Facts are built by greedy average-link
// agglomeration: candidate pairs are taken from the most similar down, and
// two groups merge only when their average pairwise similarity stays above
// the threshold, every pair has compatible voices (never an attributed
// statement with the outlet's own, never two different speakers), and two
// sentences of one article are near-identical.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "fuse/fuse_internal.h"

namespace newsfuse::fuse {
namespace {

constexpr double kNumberBoost = 2.0;
constexpr double kNameBoost = 1.5;
constexpr uint32_t kMinSharedKeys = 2;

struct Pair {
  double sim;
  int a, b;
};

class Agglomeration {
 public:
  Agglomeration(const std::vector<SentenceInfo>& sentences,
                const SimilarityGraph& graph, const ClusterOptions& options);
  std::vector<std::vector<int>> Run();

 private:
  bool Allowed(int a, int b, double sim, uint32_t shared) const;
  bool CanMerge(int ca, int cb) const;

  const std::vector<SentenceInfo>& s_;
  const SimilarityGraph& graph_;
  ClusterOptions options_;
  std::vector<int> cluster_of_;
  std::vector<std::vector<int>> members_;
  std::vector<Pair> pairs_;
};

// Candidate pairs: only pairs that share a key can reach the threshold.
Agglomeration::Agglomeration(const std::vector<SentenceInfo>& sentences,
                             const SimilarityGraph& graph,
                             const ClusterOptions& options)
    : s_(sentences),
      graph_(graph),
      options_(options),
      cluster_of_(sentences.size()),
      members_(sentences.size()) {
  for (size_t i = 0; i < s_.size(); ++i) {
    cluster_of_[i] = int(i);
    members_[i] = {int(i)};
  }
  for (const SimilarityGraph::Pair& p : graph_.close()) {
    if (p.sim >= options_.threshold &&
        Allowed(int(p.lo), int(p.hi), p.sim, p.shared)) {
      pairs_.push_back({p.sim, int(p.lo), int(p.hi)});
    }
  }
  std::stable_sort(pairs_.begin(), pairs_.end(),
                   [](const Pair& x, const Pair& y) { return x.sim > y.sim; });
}

bool Agglomeration::Allowed(int a, int b, double sim, uint32_t shared) const {
  if (!CompatibleVoices(s_[a], s_[b])) return false;
  if (s_[a].ref.article == s_[b].ref.article && sim < options_.same_article) {
    return false;
  }
  return shared >= kMinSharedKeys;
}

bool Agglomeration::CanMerge(int ca, int cb) const {
  double total = 0;
  for (int a : members_[ca]) {
    for (int b : members_[cb]) {
      if (!CompatibleVoices(s_[a], s_[b])) return false;
      double sim = graph_.Sim(a, b);
      if (s_[a].ref.article == s_[b].ref.article &&
          sim < options_.same_article) {
        return false;
      }
      total += sim;
    }
  }
  size_t pairs = members_[ca].size() * members_[cb].size();
  return total / double(pairs) >= options_.threshold;
}

std::vector<std::vector<int>> Agglomeration::Run() {
  for (const Pair& p : pairs_) {
    int ca = cluster_of_[p.a], cb = cluster_of_[p.b];
    if (ca == cb || !CanMerge(ca, cb)) continue;
    for (int m : members_[cb]) cluster_of_[m] = ca;
    members_[ca].insert(members_[ca].end(), members_[cb].begin(),
                        members_[cb].end());
    members_[cb].clear();
  }
  std::vector<std::vector<int>> out;
  for (auto& m : members_) {
    if (m.empty()) continue;
    std::sort(m.begin(), m.end());
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

Vocabulary::Vocabulary(std::vector<SentenceInfo>& sentences,
                       const StoryKeys& keys) {
  std::vector<int> df(keys.size(), 0);
  for (const SentenceInfo& s : sentences) {
    for (uint32_t k : s.keys) ++df[k];
  }
  double n = double(sentences.size());
  std::vector<double> by_id(keys.size());
  for (uint32_t k = 0; k < keys.size(); ++k) {
    double w = std::log((n + 1) / double(df[k]));
    if (keys.Name(k)[0] == '#') w *= kNumberBoost;
    if (keys.InName(k)) w *= kNameBoost;
    by_id[k] = std::max(w, 0.05);
  }
  for (SentenceInfo& s : sentences) {
    std::sort(s.keys.begin(), s.keys.end());
    s.key_weights.resize(s.keys.size());
    double sum = 0;
    for (size_t i = 0; i < s.keys.size(); ++i) {
      double w = by_id[s.keys[i]];
      s.key_weights[i] = w;
      sum += w * w;
    }
    s.norm = std::sqrt(sum);
  }
}

int Stage(const SentenceInfo& s) {
  if (s.done_cues > 0) return 1;
  return s.plan_cues > 0 ? -1 : 0;
}

bool CompatibleVoices(const SentenceInfo& a, const SentenceInfo& b) {
  if (a.attributed != b.attributed) return false;
  if (Stage(a) * Stage(b) < 0) return false;  // a plan and its outcome
  if (!a.attributed) return true;
  return a.speaker_key.empty() || b.speaker_key.empty() ||
         a.speaker_key == b.speaker_key;
}

std::vector<std::vector<int>> ClusterFacts(
    const std::vector<SentenceInfo>& sentences, const SimilarityGraph& graph,
    const ClusterOptions& options) {
  return Agglomeration(sentences, graph, options).Run();
}

}  // namespace newsfuse::fuse
