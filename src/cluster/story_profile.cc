#include "cluster/story_profile.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <utility>

#include "cluster/bucket_sort.h"
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
// Average link sweeps a term's postings when they number at most this many
// times the candidates, else looks the term up in each candidate.
constexpr size_t kSweepFactor = 4;
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

namespace {

// The first 8 bytes of `key` (zeros past its end) as a number that orders
// as the bytes do: sorting by it, then by the whole key for equal
// prefixes, is sorting by key, with a library call for few comparisons.
uint64_t KeyPrefix(std::string_view key) {
  uint64_t prefix = 0;
  for (size_t i = 0; i < 8; ++i) {
    uint64_t byte = i < key.size() ? static_cast<unsigned char>(key[i]) : 0;
    prefix = prefix << 8 | byte;
  }
  return prefix;
}

}  // namespace

StoryProfiles::Vector StoryProfiles::Intern(
    const std::vector<KeyedFeature>& features, Headline* headline) {
  auto by_key = [this](uint32_t x, uint32_t y) {
    return vocabulary_.Key(x) < vocabulary_.Key(y);
  };
  fresh_.clear();  // new keys: their prefix and index in `features`
  for (uint32_t i = 0; i < features.size(); ++i) {
    if (features[i].new_key) {
      fresh_.emplace_back(KeyPrefix(vocabulary_.Key(features[i].key)), i);
    }
  }
  std::sort(fresh_.begin(), fresh_.end(), [&](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    return by_key(features[x.second].key, features[y.second].key);
  });
  term_of_.resize(vocabulary_.size());
  for (const auto& [prefix, i] : fresh_) {
    const KeyedFeature& f = features[i];
    term_of_[f.key] = static_cast<uint32_t>(terms_.size());
    terms_.push_back({f.key, std::string(f.display), f.kind});
    postings_.emplace_back();
    df_.push_back(0);
    log_df_.push_back(0);
  }
  Vector v;
  v.reserve(features.size());
  std::vector<uint32_t>& names = names_;  // key ids, then sorted by key
  names.clear();
  for (const KeyedFeature& f : features) {
    uint32_t term = term_of_[f.key];
    v.emplace_back(term, f.weight);
    if (f.in_title && IsNameLike(f.kind)) names.push_back(f.key);
    if (f.in_title && f.person) headline->people.push_back(term);
  }
  // Keys are distinct: each term counts once.
  for (const auto& [term, raw] : v) log_df_[term] = LogHalf(++df_[term]);
  std::sort(names.begin(), names.end(), by_key);
  for (uint32_t key : names) headline->names.push_back(term_of_[key]);
  // Terms are distinct: sorting by term alone is sorting the pairs.
  BucketSort(v, std::bit_width(terms_.size()),
             [](const std::pair<uint32_t, float>& x) { return x.first; });
  return v;
}

double StoryProfiles::Idf(uint32_t term) const {
  return log_documents_ - log_df_[term];
}

void StoryProfiles::GrowLogHalf(uint32_t n) {
  while (log_half_.size() <= n) log_half_.push_back(std::log(log_half_.size() + 0.5));
}

std::vector<uint32_t> StoryProfiles::Candidates(const Vector& v) {
  double max_df = std::max<double>(kMinDfForSkip, kMaxDfShare * documents_);
  overlap_.resize(stories_.size(), 0);
  seen_.resize(stories_.size(), 0);
  auto first_scanned = [](const std::vector<Posting>& postings) {
    return postings.size() > kMaxPostingsScanned
               ? postings.size() - kMaxPostingsScanned
               : 0;
  };
  // Each term's postings are elsewhere on the heap: ask for all of them
  // before sweeping any.
  for (const auto& [term, raw] : v) {
    const std::vector<Posting>& postings = postings_[term];
    if (df_[term] <= max_df && !postings.empty()) {
      __builtin_prefetch(&postings[first_scanned(postings)]);
    }
  }
  std::vector<uint32_t> touched;
  // Plain pointers: a store through seen_'s bytes may alias anything, so
  // the vectors' own pointers would be reloaded at every posting.
  double* overlap = overlap_.data();
  uint8_t* seen = seen_.data();
  for (const auto& [term, raw] : v) {
    if (df_[term] > max_df) continue;
    const std::vector<Posting>& postings = postings_[term];
    double w = raw * Idf(term);
    const Posting* posting = postings.data();
    for (size_t i = first_scanned(postings), end = postings.size(); i < end; ++i) {
      uint32_t story = posting[i].story;
      if (!seen[story]) seen[story] = 1, touched.push_back(story);
      overlap[story] += w;
    }
  }
  std::vector<std::pair<uint32_t, double>> ranked;
  ranked.reserve(touched.size());
  for (uint32_t story : touched) {
    ranked.emplace_back(story, overlap_[story]);
    overlap_[story] = 0, seen_[story] = 0;
  }
  size_t n = std::min(ranked.size(), kMaxCandidates);
  // A total order: the same candidates whatever the order of `touched`.
  std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end(),
                    [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<uint32_t> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = ranked[i].first;
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
// m.raw_t / |m|, and the inner sum is the posting's window, so a story
// costs one step per term of v. Member norms are taken when they joined
// (IDFs drift little once the prior documents are outweighed). A term's
// postings are swept when they are few next to the candidates, else each
// candidate's profile is looked up; either way each candidate's sum runs
// over v's terms in order.
std::vector<double> StoryProfiles::AverageLinks(
    const Vector& v, double v_norm, const std::vector<uint32_t>& stories) {
  std::vector<double> dot(stories.size(), 0.0);
  slot_.resize(stories_.size(), -1);
  for (size_t k = 0; k < stories.size(); ++k) slot_[stories[k]] = int32_t(k);
  double* sum = dot.data();
  const int32_t* slot = slot_.data();
  for (const auto& [term, raw] : v) {
    const std::vector<Posting>& postings = postings_[term];
    double idf = Idf(term);
    // raw * idf * idf * window, multiplied in that order as before.
    double weight = raw * idf * idf;
    if (postings.size() <= kSweepFactor * stories.size()) {
      for (const Posting& p : postings) {
        int32_t k = slot[p.story];
        if (k < 0 || p.window == 0) continue;
        sum[k] += weight * p.window;
      }
      continue;
    }
    for (size_t k = 0; k < stories.size(); ++k) {
      const Entry* e = stories_[stories[k]].profile.Find(term);
      if (e == nullptr || postings[e->posting].window == 0) continue;
      sum[k] += weight * postings[e->posting].window;
    }
  }
  for (size_t k = 0; k < stories.size(); ++k) {
    slot_[stories[k]] = -1;
    size_t n = std::min(stories_[stories[k]].members.size(), kMaxMembersScored);
    dot[k] = n == 0 || v_norm <= 0 ? 0 : dot[k] / (v_norm * double(n));
  }
  return dot;
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
double StoryProfiles::Score(double link, const Headline& h,
                            const StoryData& s) const {
  double score = link *
                 (1 - kNoveltyPenalty * Novelty(h.names, s.profile));
  // A lone member's headline is too little to judge by.
  if (s.members.size() >= 2) {
    score *= 1 - kHeadlineNoveltyPenalty * Novelty(h.names, s.headline);
  }
  bool new_person = std::any_of(h.people.begin(), h.people.end(),
                                [&](uint32_t t) { return !s.profile.contains(t); });
  return new_person ? score * (1 - kNewPersonPenalty) : score;
}

void StoryProfiles::Join(uint32_t story, Vector v, double norm,
                         const Headline& h, const std::string& article_id) {
  StoryData& s = stories_[story];
  for (uint32_t term : h.names) ++s.headline[term];
  s.article_ids.push_back(article_id);
  s.members.push_back(static_cast<uint32_t>(articles_.size()));
  s.norms.push_back(norm);
  articles_.push_back(std::move(v));
  for (const auto& [term, raw] : articles_.back()) {
    Entry& e = s.profile[term];
    std::vector<Posting>& postings = postings_[term];
    if (e.members == 0) {
      e.posting = static_cast<uint32_t>(postings.size());
      postings.push_back({story, 0});
    }
    ++e.members;
    if (norm > 0) postings[e.posting].window += raw / norm;
  }
  if (s.members.size() <= kMaxMembersScored) return;
  size_t old = s.members.size() - kMaxMembersScored - 1;  // leaves the window
  if (s.norms[old] <= 0) return;
  for (const auto& [term, raw] : articles_[s.members[old]]) {
    postings_[term][s.profile.Find(term)->posting].window -=
        raw / s.norms[old];
  }
}

StoryProfiles::Placed StoryProfiles::Add(
    const std::string& article_id, const std::vector<KeyedFeature>& features) {
  ++documents_;
  log_documents_ = std::log(documents_ + kPriorDocuments);
  Headline headline;
  Vector v = Intern(features, &headline);
  Placed placed;
  uint32_t best = 0;
  double norm = Norm(v);
  std::vector<uint32_t> candidates = Candidates(v);
  std::vector<double> links = AverageLinks(v, norm, candidates);
  for (size_t k = 0; k < candidates.size(); ++k) {
    double score = Score(links[k], headline, stories_[candidates[k]]);
    if (score > placed.score) placed.score = score, best = candidates[k];
  }
  if (placed.score < threshold_ || placed.score <= 0) {
    placed.score = 0;
    placed.new_story = true;
    best = static_cast<uint32_t>(stories_.size());
    stories_.push_back({StableId('s', article_id), {}, {}, {}, {}, {}});
  }
  Join(best, std::move(v), norm, headline, article_id);
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
    std::string key(vocabulary_.Key(t.key).substr(2));
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
