// Sentence similarity: the weighted cosine of two sentences' keys, and what
// the fuse needs of it over all of a story's sentences (SimilarityGraph).
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

// Similarity without the vocabulary, which the weights already carry. A
// shared key has one weight, so a's serves for both.
double Cosine(const SentenceInfo& a, const SentenceInfo& b) {
  if (a.norm == 0 || b.norm == 0) return 0;
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.keys.size() && j < b.keys.size();) {
    if (a.keys[i] < b.keys[j]) {
      ++i;
    } else if (a.keys[i] > b.keys[j]) {
      ++j;
    } else {
      dot += a.key_weights[i] * a.key_weights[i];
      ++i, ++j;
    }
  }
  return dot / (a.norm * b.norm);
}

// The sentences holding each key, in sentence order, in one array.
struct Postings {
  explicit Postings(const std::vector<SentenceInfo>& s) {
    uint32_t keys = 0;
    for (const SentenceInfo& x : s) {
      if (!x.keys.empty()) keys = std::max(keys, x.keys.back() + 1);
    }
    begin.assign(keys + 1, 0);
    for (const SentenceInfo& x : s) {
      for (uint32_t k : x.keys) ++begin[k + 1];
    }
    for (uint32_t k = 0; k < keys; ++k) begin[k + 1] += begin[k];
    end.assign(begin.begin(), begin.end() - 1);
    sentences.resize(begin[keys]);
  }
  // The sentences before the current one that hold key k.
  std::span<const uint32_t> Before(uint32_t k) const {
    return {sentences.data() + begin[k], sentences.data() + end[k]};
  }
  void Add(uint32_t k, uint32_t sentence) { sentences[end[k]++] = sentence; }

  std::vector<uint32_t> begin, end, sentences;
};

}  // namespace

double Similarity(const SentenceInfo& a, const SentenceInfo& b,
                  const Vocabulary&) {
  return Cosine(a, b);
}

// Visits the sentences in order; sentence i meets every earlier sentence j
// that shares a key with it, in ascending j. So each sentence's
// cross-article sum takes its lower neighbours in ascending order, then
// its higher ones, as a sum over its neighbours in order would.
SimilarityGraph::SimilarityGraph(const std::vector<SentenceInfo>& s,
                                 double min_sim)
    : sentences_(s), cross_article_(s.size(), 0.0) {
  Postings postings(s);
  std::vector<double> dot(s.size(), 0.0);
  std::vector<uint32_t> shared(s.size(), 0), touched;
  for (uint32_t i = 0; i < s.size(); ++i) {
    const SentenceInfo& a = s[i];
    for (size_t k = 0; k < a.keys.size(); ++k) {
      double w = a.key_weights[k];
      for (uint32_t j : postings.Before(a.keys[k])) {
        if (shared[j]++ == 0) touched.push_back(j);
        dot[j] += w * w;
      }
      postings.Add(a.keys[k], i);
    }
    auto meet = [&](uint32_t j) {
      double sim = dot[j] / (s[j].norm * a.norm);
      if (s[j].ref.article != a.ref.article) {
        cross_article_[i] += sim;
        cross_article_[j] += sim;
      }
      if (sim >= min_sim) close_.push_back({j, i, shared[j], sim});
      dot[j] = 0, shared[j] = 0;
    };
    // In ascending order: sorted when few, else by a scan of [0, i).
    if (touched.size() * 16 < i) {
      std::sort(touched.begin(), touched.end());
      for (uint32_t j : touched) meet(j);
    } else {
      for (uint32_t j = 0; j < i; ++j) {
        if (shared[j] != 0) meet(j);
      }
    }
    touched.clear();
  }
  std::sort(close_.begin(), close_.end(), [](const Pair& x, const Pair& y) {
    return x.lo != y.lo ? x.lo < y.lo : x.hi < y.hi;
  });
}

double SimilarityGraph::Sim(int a, int b) const {
  return Cosine(sentences_[a], sentences_[b]);
}

std::vector<double> Centrality(const SimilarityGraph& graph, size_t sentences,
                               size_t articles) {
  std::vector<double> out(sentences, 0.0);
  if (articles < 2) return out;
  for (size_t i = 0; i < sentences; ++i) {
    out[i] = graph.CrossArticle(int(i)) / double(articles - 1);
  }
  return out;
}

}  // namespace newsfuse::fuse
