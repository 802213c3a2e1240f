// Sentence similarity: the weighted cosine of two sentences' keys, and the
// sparse graph of it over a story's sentences.
//
// Most sentence pairs of a story share no content key, and their
// similarity is exactly 0. The graph finds the others through an inverted
// index from key id to the sentences holding it, accumulating each pair's
// dot product in the order of the keys, as Similarity does, so the values
// are bit-identical to Similarity's.
#include <algorithm>

#include "fuse/fuse_internal.h"

namespace newsfuse::fuse {

namespace {

// Calls f(i) for each index i into a's keys whose key b also holds, in key
// order.
template <typename F>
void ForEachSharedKey(const SentenceInfo& a, const SentenceInfo& b, F f) {
  for (size_t i = 0, j = 0; i < a.key_ids.size() && j < b.key_ids.size();) {
    if (a.key_ids[i] < b.key_ids[j]) {
      ++i;
    } else if (a.key_ids[i] > b.key_ids[j]) {
      ++j;
    } else {
      f(i);
      ++i, ++j;
    }
  }
}

}  // namespace

int SharedKeys(const SentenceInfo& a, const SentenceInfo& b) {
  int shared = 0;
  ForEachSharedKey(a, b, [&](size_t) { ++shared; });
  return shared;
}

double Similarity(const SentenceInfo& a, const SentenceInfo& b,
                  const Vocabulary& vocab) {
  if (a.norm == 0 || b.norm == 0) return 0;
  double dot = 0;
  ForEachSharedKey(
      a, b, [&](size_t i) { dot += a.key_weights[i] * a.key_weights[i]; });
  return dot / (a.norm * b.norm);
}

namespace {

struct Pair {  // sentences lo < hi sharing a key
  uint32_t hi, lo, shared;
  double sim;
};

// Every pair that shares a key, by hi then lo.
std::vector<Pair> SharingPairs(const std::vector<SentenceInfo>& s) {
  uint32_t keys = 0;
  for (const SentenceInfo& x : s) {
    if (!x.key_ids.empty()) keys = std::max(keys, x.key_ids.back() + 1);
  }
  std::vector<std::vector<uint32_t>> postings(keys);
  std::vector<double> dot(s.size(), 0.0);
  std::vector<uint32_t> shared(s.size(), 0), touched;
  std::vector<Pair> out;
  for (uint32_t i = 0; i < s.size(); ++i) {
    const SentenceInfo& a = s[i];
    for (size_t k = 0; k < a.key_ids.size(); ++k) {
      double w = a.key_weights[k];
      for (uint32_t j : postings[a.key_ids[k]]) {
        if (shared[j]++ == 0) touched.push_back(j);
        dot[j] += w * w;
      }
      postings[a.key_ids[k]].push_back(i);
    }
    auto emit = [&](uint32_t j) {
      out.push_back({i, j, shared[j], dot[j] / (s[j].norm * a.norm)});
      dot[j] = 0, shared[j] = 0;
    };
    // In ascending order: sorted when few, else by a scan of [0, i).
    if (touched.size() * 16 < i) {
      std::sort(touched.begin(), touched.end());
      for (uint32_t j : touched) emit(j);
    } else {
      for (uint32_t j = 0; j < i; ++j) {
        if (shared[j] != 0) emit(j);
      }
    }
    touched.clear();
  }
  return out;
}

}  // namespace

SimilarityGraph::SimilarityGraph(const std::vector<SentenceInfo>& sentences) {
  std::vector<Pair> pairs = SharingPairs(sentences);
  size_t n = sentences.size();
  begin_.assign(n + 1, 0);
  for (const Pair& p : pairs) ++begin_[p.hi + 1], ++begin_[p.lo + 1];
  for (size_t i = 0; i < n; ++i) begin_[i + 1] += begin_[i];
  // Pairs come by hi then lo, so each row fills in ascending order: its
  // lower neighbours when the row is hi, then the higher ones.
  std::vector<size_t> next(begin_.begin(), begin_.end() - 1);
  edges_.resize(begin_[n]);
  for (const Pair& p : pairs) {
    edges_[next[p.hi]++] = {p.lo, p.shared, p.sim};
    edges_[next[p.lo]++] = {p.hi, p.shared, p.sim};
  }
}

double SimilarityGraph::Sim(int a, int b) const {
  std::span<const Edge> row = Edges(a);
  auto it =
      std::lower_bound(row.begin(), row.end(), uint32_t(b),
                       [](const Edge& e, uint32_t to) { return e.to < to; });
  return it != row.end() && it->to == uint32_t(b) ? it->sim : 0.0;
}

std::vector<double> Centrality(const std::vector<SentenceInfo>& sentences,
                               const SimilarityGraph& graph, size_t articles) {
  std::vector<double> out(sentences.size(), 0.0);
  if (articles < 2) return out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (const SimilarityGraph::Edge& e : graph.Edges(int(i))) {
      if (sentences[i].ref.article != sentences[e.to].ref.article) {
        out[i] += e.sim;
      }
    }
  }
  for (double& c : out) c /= double(articles - 1);
  return out;
}

}  // namespace newsfuse::fuse
