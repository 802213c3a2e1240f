// Origins: which articles are copies of one text.
//
//   OriginIndex origins(/*jaccard_threshold=*/0.5);
//   bool is_new;
//   uint32_t origin = origins.Add(ExtractOriginEvidence(article), &is_new);
//
// Evidence per article: the set of its word 5-gram shingles (norms of word
// and number tokens over the whole text), a hash of the whole text, the wire
// agencies it credits (agency-credit, dateline and byline lines, or an
// "(AP)"-style tag near the top of the text) and the outlets named in
// "... contributed to this report" lines. Two articles share an origin when
//   - their texts are identical, or
//   - their shingle sets are near-duplicates (Jaccard >= threshold, or one
//     mostly contains the other), or
//   - they credit the same agency, or one credits the other's outlet, and
//     their shingles resemble moderately.
// A new article joins the origin of its best-resembling qualifying article.
//
// Work per Add is bounded: only sampled shingles are indexed, shingles
// shared by very many articles are skipped, and only the top candidates
// are compared exactly. Thread safety: none (one writer).
#ifndef NEWSFUSE_CLUSTER_ORIGINS_H_
#define NEWSFUSE_CLUSTER_ORIGINS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsfuse/article.h"

namespace newsfuse::cluster {

struct OriginEvidence {
  std::vector<uint64_t> shingles;  // sorted, unique
  uint64_t text_hash = 0;  // KeyHash of the text; 0 for an empty text
  uint32_t agencies = 0;           // bit i: kAgencies[i] is credited
  std::vector<std::string> credited;  // outlet keys named in credit lines
  std::string outlet;                 // outlet key (letters and digits)
};

OriginEvidence ExtractOriginEvidence(const Article& article);

// |a ∩ b| / |a ∪ b| and |a ∩ b| / min(|a|, |b|) over sorted sets.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);
double Containment(const std::vector<uint64_t>& a,
                   const std::vector<uint64_t>& b);

// The agency bits credited in `line` (matching form), e.g. "(AP)" -> AP.
uint32_t AgenciesIn(std::string_view line);

// A comparable key for an outlet name: letters and digits of the matching
// form, without "the", "www" and a trailing domain ("The Northport Wire",
// "northport-wire" and "northportwire.com" -> "northportwire").
std::string OutletKey(std::string_view outlet);

// How strongly `b` is a copy of `a`: a score > 0 when they share an origin
// (higher is closer), else 0.
double CopyScore(const OriginEvidence& a, const OriginEvidence& b,
                 double jaccard_threshold);

class OriginIndex {
 public:
  explicit OriginIndex(double jaccard_threshold)
      : threshold_(jaccard_threshold) {}

  // The origin number of a new article (0, 1, 2... in order of creation).
  uint32_t Add(OriginEvidence evidence, bool* is_new);

 private:
  // Shingle -> the articles indexing it, newest first: open addressing
  // over the shingle hashes (any 64-bit value; a slot is empty while its
  // count is 0), the lists chained through one array so that adding a
  // shingle allocates nothing.
  class Postings {
   public:
    struct Slot {
      uint64_t shingle = 0;
      uint32_t count = 0;  // articles in the list
      uint32_t head = 0;   // the newest, an index into chain_
    };
    // The slot of `shingle`, or nullptr.
    const Slot* Find(uint64_t shingle) const;
    // Asks the CPU to load the slot where Find(shingle) starts.
    void Prefetch(uint64_t shingle) const {
      if (!slots_.empty()) __builtin_prefetch(&slots_[Home(shingle)]);
    }
    // Adds `article` to the list of `shingle` if it has fewer than `cap`.
    void Add(uint64_t shingle, uint32_t article, uint32_t cap);
    // Calls fn(article) for each article in the list of `slot`.
    template <typename Fn>
    void ForEach(const Slot& slot, Fn fn) const {
      uint32_t link = slot.head;
      for (uint32_t n = 0; n < slot.count; ++n) {
        fn(chain_[link].first);
        link = chain_[link].second;
      }
    }

   private:
    size_t Home(uint64_t shingle) const {
      return (shingle * 0x9E3779B97F4A7C15ull) >> shift_;
    }
    void Grow();

    std::vector<Slot> slots_;
    size_t used_ = 0;  // slots in use
    int shift_ = 64;
    std::vector<std::pair<uint32_t, uint32_t>> chain_;  // article, next
  };

  std::vector<uint32_t> Candidates(const OriginEvidence& e);
  void Index(uint32_t article, const OriginEvidence& e);

  double threshold_;
  std::vector<OriginEvidence> articles_;
  std::vector<uint32_t> origin_of_;
  uint32_t origins_ = 0;
  Postings postings_;
  std::unordered_map<uint64_t, uint32_t> by_text_;
  std::vector<uint32_t> hits_;  // scratch by article, zero between calls
};

}  // namespace newsfuse::cluster

#endif  // NEWSFUSE_CLUSTER_ORIGINS_H_
