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
// Members (the newest) an article is compared with for average link.
constexpr size_t kMaxMembersScored = 32;
// A headline (or its names and numbers) that the story never mentions
// lowers the similarity by this factor times the IDF-weighted share of
// such terms; headline terms that no member's headline has lower it by
// the second factor (headlines name an event's own participants). A
// person in the headline whom the story never mentions (an e: feature
// analyze found as a person's name) multiplies it by 1 - the third: "Fred
// LaRue dies" against a story about Mark Felt's death. Tuned on ECB+ (see
// story_index.cc for how flat F1 is around these values).
constexpr double kNoveltyPenalty = 0.3;
constexpr double kHeadlineNoveltyPenalty = 0.25;
constexpr double kNewPersonPenalty = 0.3;
// Explanations: at most this many shared terms.
constexpr size_t kMaxWhyTerms = 6;

bool IsNameLike(FeatureKind k) {
  return k == FeatureKind::kEntity || k == FeatureKind::kPhrase ||
         k == FeatureKind::kNumber;
}

}  // namespace

StoryProfiles::Vector StoryProfiles::Intern(
    const std::vector<Feature>& features, Headline* headline) {
  Vector v;
  v.reserve(features.size());
  for (const Feature& f : features) {
    auto [it, added] = vocabulary_.try_emplace(f.key, uint32_t(terms_.size()));
    if (added) {
      terms_.push_back({f.key, f.display, f.kind, 0, {}});
      log_df_.push_back(0);
    }
    log_df_[it->second] = std::log(++terms_[it->second].df + 0.5);
    v.emplace_back(it->second, f.weight);
    if (f.in_title && IsNameLike(f.kind)) headline->names.push_back(it->second);
    if (f.in_title && f.person) headline->people.push_back(it->second);
  }
  std::sort(v.begin(), v.end());
  return v;
}

double StoryProfiles::Idf(uint32_t term) const {
  return log_documents_ - log_df_[term];
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
    for (size_t i = begin; i < t.stories.size(); ++i) {
      overlap[t.stories[i]] += w;
    }
  }
  std::vector<std::pair<uint32_t, double>> ranked(overlap.begin(),
                                                  overlap.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<uint32_t> out;
  for (size_t i = 0; i < ranked.size() && i < kMaxCandidates; ++i) {
    out.push_back(ranked[i].first);
  }
  return out;
}

double StoryProfiles::Norm(const Vector& v) const {
  double sum = 0;
  for (const auto& [term, raw] : v) {
    double w = raw * Idf(term);
    sum += w * w;
  }
  return std::sqrt(sum);
}

// Average link: the mean cosine to the story's newest members. With w_t
// = raw_t * idf_t, sum_m cos(v, m) = sum_t v.raw_t idf_t^2 sum_m
// m.raw_t / |m|, and the inner sum is the profile's window, so a story
// costs one lookup per term of v. Member norms are taken when they joined
// (IDFs drift little once the prior documents are outweighed).
double StoryProfiles::AverageLink(const Vector& v, double v_norm,
                                  const StoryData& s) const {
  size_t n = std::min(s.members.size(), kMaxMembersScored);
  if (n == 0 || v_norm <= 0) return 0;
  double dot = 0;
  for (const auto& [term, raw] : v) {
    const Entry* e = s.profile.Find(term);
    if (e == nullptr || e->window == 0) continue;
    double idf = Idf(term);
    dot += raw * idf * idf * e->window;
  }
  return dot / (v_norm * double(n));
}

template <typename Known>
double StoryProfiles::Novelty(const std::vector<uint32_t>& terms,
                              const Known& known) const {
  double all = 0, novel = 0;
  for (uint32_t term : terms) {
    double idf = Idf(term);
    all += idf;
    if (!known.contains(term)) novel += idf;
  }
  return all > 0 ? novel / all : 0;
}

// Average link lowered by the headline evidence (see kNoveltyPenalty).
double StoryProfiles::Score(const Vector& v, double v_norm, const Headline& h,
                            const StoryData& s) const {
  double score = AverageLink(v, v_norm, s) *
                 (1 - kNoveltyPenalty * Novelty(h.names, s.profile));
  // A lone member's headline is too little to judge by.
  if (s.members.size() >= 2) {
    score *= 1 - kHeadlineNoveltyPenalty * Novelty(h.names, s.headline);
  }
  bool new_person = std::any_of(h.people.begin(), h.people.end(),
                                [&](uint32_t t) { return !s.profile.contains(t); });
  return new_person ? score * (1 - kNewPersonPenalty) : score;
}

void StoryProfiles::Join(uint32_t story, const Vector& v, double norm,
                         const Headline& h, const std::string& article_id) {
  StoryData& s = stories_[story];
  for (uint32_t term : h.names) ++s.headline[term];
  s.article_ids.push_back(article_id);
  s.members.push_back(static_cast<uint32_t>(articles_.size()));
  s.norms.push_back(norm);
  articles_.push_back(v);
  for (const auto& [term, raw] : v) {
    Entry& e = s.profile[term];
    if (e.members == 0) terms_[term].stories.push_back(story);
    e.weight += raw;
    ++e.members;
    if (norm > 0) e.window += raw / norm;
  }
  if (s.members.size() <= kMaxMembersScored) return;
  size_t old = s.members.size() - kMaxMembersScored - 1;  // leaves the window
  if (s.norms[old] <= 0) return;
  for (const auto& [term, raw] : articles_[s.members[old]]) {
    s.profile[term].window -= raw / s.norms[old];
  }
}

StoryProfiles::Placed StoryProfiles::Add(const std::string& article_id,
                                         const std::vector<Feature>& features) {
  ++documents_;
  log_documents_ = std::log(documents_ + kPriorDocuments);
  Headline headline;
  Vector v = Intern(features, &headline);
  Placed placed;
  uint32_t best = 0;
  double norm = Norm(v);
  for (uint32_t c : Candidates(v)) {
    double score = Score(v, norm, headline, stories_[c]);
    if (score > placed.score) placed.score = score, best = c;
  }
  if (placed.score < threshold_ || placed.score <= 0) {
    placed.score = 0;
    placed.new_story = true;
    best = static_cast<uint32_t>(stories_.size());
    stories_.push_back({StableId('s', article_id), {}, {}, {}, {}, {}});
  }
  Join(best, v, norm, headline, article_id);
  placed.story_id = stories_[best].id;
  return placed;
}

// The highest-weighted terms that at least two members share; multi-word
// names first, then names, numbers and dates, then plain words; no term
// inside one already shown.
void StoryProfiles::Explain(const StoryData& s, Story* out) const {
  std::vector<std::pair<double, uint32_t>> ranked;
  s.profile.ForEach([&](uint32_t term, const Entry& e) {
    if (e.members < 2) return;
    FeatureKind k = terms_[term].kind;
    double kind = k == FeatureKind::kWord ? 0.5 : k == FeatureKind::kPhrase ? 1.5 : 1.0;
    ranked.emplace_back(kind * e.members * Idf(term), term);
  });
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<std::string> shown;  // keys without their kind prefix
  for (const auto& [score, term] : ranked) {
    if (out->shared_terms.size() >= kMaxWhyTerms) break;
    const Term& t = terms_[term];
    std::string key = t.key.substr(2);
    if (std::any_of(shown.begin(), shown.end(), [&](const std::string& k) {
          return k.find(key) != std::string::npos;
        })) {
      continue;
    }
    shown.push_back(key);
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
