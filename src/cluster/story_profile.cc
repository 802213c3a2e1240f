#include "cluster/story_profile.h"

#include <algorithm>
#include <cmath>

#include "cluster/stable_hash.h"

namespace newsfuse::cluster {
namespace {

// Virtual documents added to N in the IDF, so that with few articles
// indexed a feature seen twice is not yet "common". Tuned on ECB+.
constexpr double kPriorDocuments = 50;
// Postings scanned per feature (the newest stories), candidates scored
// exactly per Add, and the document-frequency share above which a feature
// finds no candidates (it still counts in the similarity).
constexpr size_t kMaxPostingsScanned = 256;
constexpr size_t kMaxCandidates = 32;
constexpr double kMaxDfShare = 0.05;
constexpr uint32_t kMinDfForSkip = 50;
// Explanations: at most this many shared terms.
constexpr size_t kMaxWhyTerms = 6;

}  // namespace

StoryProfiles::Vector StoryProfiles::Intern(
    const std::vector<Feature>& features) {
  Vector v;
  v.reserve(features.size());
  for (const Feature& f : features) {
    auto [it, added] = vocabulary_.emplace(f.key, terms_.size());
    if (added) terms_.push_back({f.key, f.display, f.kind, 0, {}});
    ++terms_[it->second].df;
    v.emplace_back(it->second, f.weight);
  }
  return v;
}

double StoryProfiles::Idf(uint32_t term) const {
  return std::log((documents_ + kPriorDocuments) / (terms_[term].df + 0.5));
}

std::vector<uint32_t> StoryProfiles::Candidates(const Vector& v) const {
  double max_df = std::max<double>(kMinDfForSkip, kMaxDfShare * documents_);
  std::unordered_map<uint32_t, double> overlap;
  for (const auto& [term, raw] : v) {
    const Term& t = terms_[term];
    if (t.df > max_df) continue;
    double w = raw * Idf(term);
    size_t begin = t.stories.size() > kMaxPostingsScanned
                       ? t.stories.size() - kMaxPostingsScanned
                       : 0;
    for (size_t i = begin; i < t.stories.size(); ++i) overlap[t.stories[i]] += w;
  }
  std::vector<std::pair<uint32_t, double>> ranked(overlap.begin(), overlap.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<uint32_t> out;
  for (size_t i = 0; i < ranked.size() && i < kMaxCandidates; ++i) {
    out.push_back(ranked[i].first);
  }
  return out;
}

double StoryProfiles::Similarity(const Vector& v, const StoryData& s) const {
  double dot = 0, norm_v = 0, norm_s = 0;
  for (const auto& [term, raw] : v) {
    double w = raw * Idf(term);
    norm_v += w * w;
    auto it = s.profile.find(term);
    if (it != s.profile.end()) dot += w * it->second.weight * Idf(term);
  }
  for (const auto& [term, entry] : s.profile) {
    double w = entry.weight * Idf(term);
    norm_s += w * w;
  }
  if (norm_v <= 0 || norm_s <= 0) return 0;
  return dot / std::sqrt(norm_v * norm_s);
}

void StoryProfiles::Join(uint32_t story, const Vector& v,
                         const std::string& article_id) {
  StoryData& s = stories_[story];
  s.article_ids.push_back(article_id);
  for (const auto& [term, raw] : v) {
    Entry& e = s.profile[term];
    if (e.members == 0) terms_[term].stories.push_back(story);
    e.weight += raw;
    ++e.members;
  }
}

StoryProfiles::Placed StoryProfiles::Add(const std::string& article_id,
                                         const std::vector<Feature>& features) {
  ++documents_;
  Vector v = Intern(features);
  Placed placed;
  uint32_t best = 0;
  for (uint32_t c : Candidates(v)) {
    double score = Similarity(v, stories_[c]);
    if (score > placed.score) placed.score = score, best = c;
  }
  if (placed.score < threshold_ || placed.score <= 0) {
    placed.score = 0;
    placed.new_story = true;
    best = static_cast<uint32_t>(stories_.size());
    stories_.push_back({StableId('s', article_id), {}, {}});
  }
  Join(best, v, article_id);
  placed.story_id = stories_[best].id;
  return placed;
}

void StoryProfiles::Explain(const StoryData& s, Story* out) const {
  std::vector<std::pair<double, uint32_t>> ranked;
  for (const auto& [term, e] : s.profile) {
    if (e.members < 2) continue;
    double kind = terms_[term].kind == FeatureKind::kWord ? 0.5 : 1.0;
    ranked.emplace_back(kind * e.members * Idf(term), term);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> lower;  // matching forms already shown
  for (const auto& [score, term] : ranked) {
    if (out->shared_terms.size() >= kMaxWhyTerms) break;
    const Term& t = terms_[term];
    std::string key = t.key.substr(2);
    bool covered = std::any_of(lower.begin(), lower.end(), [&](const std::string& l) {
      return l.find(key) != std::string::npos;
    });
    if (covered) continue;
    lower.push_back(key);
    out->shared_terms.push_back(t.display);
  }
  if (out->shared_terms.empty()) return;
  out->why = "shared: ";
  for (size_t i = 0; i < out->shared_terms.size(); ++i) {
    out->why += (i ? ", " : "") + out->shared_terms[i];
  }
}

std::vector<Story> StoryProfiles::Stories() const {
  std::vector<Story> out;
  out.reserve(stories_.size());
  for (const StoryData& s : stories_) {
    Story story{s.id, s.article_ids, "", {}};
    Explain(s, &story);
    out.push_back(std::move(story));
  }
  return out;
}

}  // namespace newsfuse::cluster
