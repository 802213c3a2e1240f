#include "cluster/origins.h"

#include <algorithm>
#include <array>
#include <bit>
#include <climits>
#include <cstdint>
#include <cctype>
#include <cstring>

#include "cluster/bucket_sort.h"
#include "cluster/stable_hash.h"
#include "cluster/string_ids.h"
#include "newsfuse/unicode.h"

namespace newsfuse::cluster {
namespace {

// Words per shingle. Five words survive light edits around them and rarely
// recur between independent reports of one event.
constexpr size_t kShingleWords = 5;
// Articles with fewer shingles than this index all of them; longer ones
// index the shingles whose hash is 0 mod kSampleModulus (queries use all).
constexpr size_t kIndexAllBelow = 48;
constexpr uint64_t kSampleModulus = 4;
// A shingle indexed by this many articles is boilerplate: no more postings.
constexpr size_t kMaxShinglePostings = 64;
// Articles compared exactly per Add, the most shingle hits first.
constexpr size_t kMaxCandidates = 24;
// One text mostly inside another (an excerpt or a trimmed reprint).
constexpr double kContainment = 0.8;
constexpr size_t kMinContainedShingles = 20;
// "Moderate" resemblance that suffices with an agency or credit link.
// Independent reports of one event stay below ~0.1 Jaccard on ECB+.
constexpr double kLinkedJaccard = 0.2;
constexpr double kLinkedContainment = 0.35;

struct Agency {
  std::array<std::string_view, 3> aliases;  // matching form, words
};
constexpr std::array<Agency, 12> kAgencies = {{
    {{"associated press", "ap", ""}},
    {{"reuters", "", ""}},
    {{"afp", "agence france-presse", "agence france presse"}},
    {{"xinhua", "", ""}},
    {{"united press international", "upi", ""}},
    {{"dpa", "deutsche presse-agentur", ""}},
    {{"press association", "pa media", ""}},
    {{"press trust of india", "pti", ""}},
    {{"kyodo", "", ""}},
    {{"yonhap", "", ""}},
    {{"efe", "", ""}},
    {{"ansa", "", ""}},
}};

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
}

bool ContainsWord(std::string_view hay, std::string_view word) {
  for (size_t at = hay.find(word); at != std::string_view::npos;
       at = hay.find(word, at + 1)) {
    bool left = at == 0 || !IsWordChar(hay[at - 1]);
    size_t end = at + word.size();
    bool right = end == hay.size() || !IsWordChar(hay[end]);
    if (left && right) return true;
  }
  return false;
}

// StableHash of four byte ranges of `text` at once: four independent
// multiply chains instead of one, each hash unchanged.
void StableHash4(std::string_view text, const size_t begin[4],
                 const size_t end[4], uint64_t out[4]) {
  uint64_t h[4];
  size_t common = SIZE_MAX;
  for (int l = 0; l < 4; ++l) {
    h[l] = 14695981039346656037ull;
    common = std::min(common, end[l] - begin[l]);
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < common; ++i) {
    for (int l = 0; l < 4; ++l) {
      h[l] = (h[l] ^ bytes[begin[l] + i]) * 1099511628211ull;
    }
  }
  for (int l = 0; l < 4; ++l) {
    size_t from = begin[l] + common;
    out[l] = StableHash(text.substr(from, end[l] - from), h[l]);
  }
}

// Each shingle hashes its words each followed by a space: a range of the
// article's words joined that way.
std::vector<uint64_t> Shingles(const Article& a) {
  auto counts = [](const Token& t) {
    return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  };
  // Sized first, then filled: appending checked the capacity twice a word.
  std::vector<size_t> starts;  // of each word in `joined`, then the end
  starts.reserve(a.tokens.size() + 1);
  size_t size = 0;
  for (const Token& t : a.tokens) {
    if (counts(t)) starts.push_back(size), size += t.norm.size() + 1;
  }
  size_t words = starts.size();
  starts.push_back(size);
  std::string joined(size, ' ');
  size_t k = 0;
  for (const Token& t : a.tokens) {
    if (!counts(t)) continue;
    if (!t.norm.empty()) std::memcpy(&joined[starts[k]], t.norm.data(), t.norm.size());
    ++k;
  }
  if (words == 0) return {};
  size_t n = words < kShingleWords ? 1 : words - kShingleWords + 1;
  auto end_of = [&](size_t i) { return starts[std::min(words, i + kShingleWords)]; };
  std::vector<uint64_t> out(n);
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    size_t begin[4] = {starts[i], starts[i + 1], starts[i + 2], starts[i + 3]};
    size_t end[4] = {end_of(i), end_of(i + 1), end_of(i + 2), end_of(i + 3)};
    StableHash4(joined, begin, end, &out[i]);
  }
  for (; i < n; ++i) {
    out[i] = StableHash(std::string_view(joined).substr(starts[i], end_of(i) - starts[i]));
  }
  BucketSort(out, 64, [](uint64_t h) { return h; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// "Northport Wire contributed to this report." -> "northportwire".
void AddCredited(std::string_view line, std::vector<std::string>* out) {
  size_t at = line.find(" contributed");
  if (at == std::string_view::npos) return;
  std::string_view name = line.substr(0, at);
  for (std::string_view lead : {"reporting by ", "additional reporting by "}) {
    size_t p = name.rfind(lead);
    if (p != std::string_view::npos) name = name.substr(p + lead.size());
  }
  std::string key = OutletKey(name);
  if (key.size() >= 3) out->push_back(std::move(key));
}

// |a ∩ b| if it is at least `need`, else some number below `need`: the
// merge stops once the elements left cannot make up `need`. A merge
// without branches on the values: shingle hashes are random, so which side
// advances is unpredictable.
size_t IntersectionAtLeast(const std::vector<uint64_t>& a,
                           const std::vector<uint64_t>& b, size_t need) {
  // Steps between checks of what is left: keeps the check off the hot path.
  constexpr size_t kStride = 32;
  const uint64_t* x = a.data();
  const uint64_t* y = b.data();
  const uint64_t* x_end = x + a.size();
  const uint64_t* y_end = y + b.size();
  size_t n = 0;
  while (x < x_end && y < y_end) {
    size_t left = std::min(x_end - x, y_end - y);
    if (n + left < need) return n;
    // A step advances each side by at most one: `left` steps stay inside.
    size_t steps = std::min(left, kStride);
    for (size_t k = 0; k < steps; ++k) {
      // Written so that GCC keeps it free of branches (`x += p <= q` is not).
      size_t less = *x < *y, greater = *y < *x;
      n += 1 - less - greater;
      x += 1 - greater;
      y += 1 - less;
    }
  }
  return n;
}

size_t Intersection(const std::vector<uint64_t>& a,
                    const std::vector<uint64_t>& b) {
  return IntersectionAtLeast(a, b, 0);
}

bool Credits(const OriginEvidence& a, const OriginEvidence& b) {
  if (b.outlet.size() < 3) return false;
  for (const std::string& c : a.credited) {
    if (c.find(b.outlet) != std::string::npos ||
        b.outlet.find(c) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// CopyScore of two texts of `na` and `nb` shingles that share `n`.
double CopyScoreOf(size_t n, size_t na, size_t nb, bool linked,
                   double jaccard_threshold) {
  size_t u = na + nb - n;
  size_t small = std::min(na, nb);
  double j = u == 0 ? 0 : static_cast<double>(n) / u;
  double c = small == 0 ? 0 : static_cast<double>(n) / small;
  if (j >= jaccard_threshold) return 1.0 + j;
  if (c >= kContainment && small >= kMinContainedShingles) return 1.0 + j;
  if (linked && (j >= kLinkedJaccard || c >= kLinkedContainment)) return j + c;
  return 0;
}

}  // namespace

uint32_t AgenciesIn(std::string_view line) {
  uint32_t bits = 0;
  for (size_t i = 0; i < kAgencies.size(); ++i) {
    for (std::string_view alias : kAgencies[i].aliases) {
      if (!alias.empty() && ContainsWord(line, alias)) bits |= 1u << i;
    }
  }
  return bits;
}

std::string OutletKey(std::string_view outlet) {
  std::string m = MatchingForm(outlet);
  for (std::string_view lead : {"the ", "www."}) {
    if (m.starts_with(lead)) m.erase(0, lead.size());
  }
  size_t dot = m.rfind('.');
  if (dot != std::string::npos && dot + 1 < m.size() &&
      m.find(' ', dot) == std::string::npos) {
    m.resize(dot);  // "northportwire.com" -> "northportwire"
  }
  std::string key;
  for (char c : m) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) key += c;
  }
  return key;
}

OriginEvidence ExtractOriginEvidence(const Article& a) {
  OriginEvidence e;
  e.shingles = Shingles(a);
  // Only compared for equality within a run: the fast hash, 8 bytes a step.
  e.text_hash = a.text.empty() ? 0 : KeyHash(a.text);
  e.outlet = OutletKey(a.outlet);
  for (const DroppedLine& d : a.dropped) {
    if (d.reason != DropReason::kAgencyCredit &&
        d.reason != DropReason::kDateline && d.reason != DropReason::kByline) {
      continue;
    }
    std::string line = MatchingForm(d.text);
    e.agencies |= AgenciesIn(line);
    AddCredited(line, &e.credited);
  }
  // A tag near the top ("LONDON (Reuters) -") or a credit kept as prose.
  // MatchingForm keeps ASCII bytes and makes none: test for '(' first.
  std::string_view head = std::string_view(a.text).substr(0, 300);
  if (head.find('(') != std::string_view::npos) {
    e.agencies |= AgenciesIn(MatchingForm(head));
  }
  for (const Paragraph& p : a.paragraphs) {
    std::string_view text = p.text.In(a.text);
    if (text.size() < 200) AddCredited(MatchingForm(text), &e.credited);
  }
  return e;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t n = Intersection(a, b);
  size_t u = a.size() + b.size() - n;
  return u == 0 ? 0 : static_cast<double>(n) / u;
}

double Containment(const std::vector<uint64_t>& a,
                   const std::vector<uint64_t>& b) {
  size_t m = std::min(a.size(), b.size());
  return m == 0 ? 0 : static_cast<double>(Intersection(a, b)) / m;
}

// Most candidates are no copy: the fewest shared shingles that could make
// one (the score is > 0 from some n on, as j and c grow with n) lets the
// intersection stop as soon as the rest cannot reach it.
double CopyScore(const OriginEvidence& a, const OriginEvidence& b,
                 double jaccard_threshold) {
  if (a.text_hash != 0 && a.text_hash == b.text_hash) return 2.0;
  size_t na = a.shingles.size(), nb = b.shingles.size();
  bool linked = (a.agencies & b.agencies) != 0 || Credits(a, b) || Credits(b, a);
  auto score = [&](size_t n) {
    return CopyScoreOf(n, na, nb, linked, jaccard_threshold);
  };
  size_t lo = 0, hi = std::min(na, nb) + 1;  // the least n scoring > 0, or hi
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (score(mid) > 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  if (lo > std::min(na, nb)) return 0;
  size_t n = IntersectionAtLeast(a.shingles, b.shingles, lo);
  return n < lo ? 0 : score(n);
}

const OriginIndex::Postings::Slot* OriginIndex::Postings::Find(
    uint64_t shingle) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t i = Home(shingle);; i = (i + 1) & mask) {
    if (slots_[i].count == 0) return nullptr;
    if (slots_[i].shingle == shingle) return &slots_[i];
  }
}

void OriginIndex::Postings::Add(uint64_t shingle, uint32_t article,
                                uint32_t cap) {
  if (2 * (used_ + 1) > slots_.size()) Grow();
  size_t mask = slots_.size() - 1;
  size_t i = Home(shingle);
  while (slots_[i].count != 0 && slots_[i].shingle != shingle) {
    i = (i + 1) & mask;
  }
  Slot& slot = slots_[i];
  if (slot.count == 0) ++used_, slot.shingle = shingle;
  if (slot.count >= cap) return;
  chain_.emplace_back(article, slot.head);
  slot.head = static_cast<uint32_t>(chain_.size() - 1);
  ++slot.count;
}

void OriginIndex::Postings::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot());
  shift_ = 64 - std::countr_zero(slots_.size());
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.count == 0) continue;
    size_t i = Home(slot.shingle);
    while (slots_[i].count != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

std::vector<uint32_t> OriginIndex::Candidates(const OriginEvidence& e) {
  hits_.resize(articles_.size(), 0);
  std::vector<uint32_t> touched;
  // The slots are spread over megabytes: ask for them ahead of use.
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < std::min(kAhead, e.shingles.size()); ++i) {
    postings_.Prefetch(e.shingles[i]);
  }
  for (size_t i = 0; i < e.shingles.size(); ++i) {
    if (i + kAhead < e.shingles.size()) postings_.Prefetch(e.shingles[i + kAhead]);
    const Postings::Slot* slot = postings_.Find(e.shingles[i]);
    if (slot == nullptr || slot->count >= kMaxShinglePostings) continue;
    postings_.ForEach(*slot, [&](uint32_t art) {
      if (hits_[art]++ == 0) touched.push_back(art);
    });
  }
  std::vector<std::pair<uint32_t, uint32_t>> ranked;
  ranked.reserve(touched.size());
  for (uint32_t art : touched) {
    ranked.emplace_back(art, hits_[art]);
    hits_[art] = 0;
  }
  size_t n = std::min(ranked.size(), kMaxCandidates);
  // A total order: the same candidates whatever the order of `touched`.
  std::partial_sort(ranked.begin(), ranked.begin() + n, ranked.end(),
                    [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  std::vector<uint32_t> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = ranked[i].first;
  return out;
}

void OriginIndex::Index(uint32_t article, const OriginEvidence& e) {
  bool all = e.shingles.size() < kIndexAllBelow;
  for (uint64_t s : e.shingles) {
    if (!all && s % kSampleModulus != 0) continue;
    postings_.Add(s, article, kMaxShinglePostings);
  }
  if (e.text_hash != 0) by_text_.emplace(e.text_hash, article);
}

uint32_t OriginIndex::Add(OriginEvidence e, bool* is_new) {
  double best = 0;
  uint32_t origin = origins_;
  std::vector<uint32_t> candidates = Candidates(e);
  if (auto it = by_text_.find(e.text_hash); e.text_hash != 0 && it != by_text_.end()) {
    candidates.insert(candidates.begin(), it->second);
  }
  for (uint32_t c : candidates) {
    double score = CopyScore(articles_[c], e, threshold_);
    if (score > best) best = score, origin = origin_of_[c];
  }
  *is_new = origin == origins_;
  if (*is_new) ++origins_;
  auto id = static_cast<uint32_t>(articles_.size());
  Index(id, e);
  origin_of_.push_back(origin);
  articles_.push_back(std::move(e));
  return origin;
}

}  // namespace newsfuse::cluster
