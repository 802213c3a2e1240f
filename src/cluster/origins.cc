#include "cluster/origins.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "cluster/stable_hash.h"
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

std::vector<uint64_t> Shingles(const Article& a) {
  std::vector<std::string_view> words;
  for (const Token& t : a.tokens) {
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) {
      words.push_back(t.norm);
    }
  }
  std::vector<uint64_t> out;
  size_t n = words.size() < kShingleWords ? 1 : words.size() - kShingleWords + 1;
  for (size_t i = 0; i < n && !words.empty(); ++i) {
    uint64_t h = 14695981039346656037ull;
    for (size_t k = i; k < std::min(words.size(), i + kShingleWords); ++k) {
      h = StableHash(words[k], h);
      h = StableHash(" ", h);
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
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

size_t Intersection(const std::vector<uint64_t>& a,
                    const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
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
  e.text_hash = a.text.empty() ? 0 : StableHash(a.text);
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
  std::string head = MatchingForm(std::string_view(a.text).substr(0, 300));
  if (head.find('(') != std::string::npos) e.agencies |= AgenciesIn(head);
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

double CopyScore(const OriginEvidence& a, const OriginEvidence& b,
                 double jaccard_threshold) {
  if (a.text_hash != 0 && a.text_hash == b.text_hash) return 2.0;
  double j = Jaccard(a.shingles, b.shingles);
  double c = Containment(a.shingles, b.shingles);
  size_t small = std::min(a.shingles.size(), b.shingles.size());
  if (j >= jaccard_threshold) return 1.0 + j;
  if (c >= kContainment && small >= kMinContainedShingles) return 1.0 + j;
  bool linked = (a.agencies & b.agencies) != 0 || Credits(a, b) || Credits(b, a);
  if (linked && (j >= kLinkedJaccard || c >= kLinkedContainment)) return j + c;
  return 0;
}

std::vector<uint32_t> OriginIndex::Candidates(const OriginEvidence& e) const {
  std::unordered_map<uint32_t, uint32_t> hits;
  for (uint64_t s : e.shingles) {
    auto it = postings_.find(s);
    if (it == postings_.end() || it->second.size() >= kMaxShinglePostings) {
      continue;
    }
    for (uint32_t art : it->second) ++hits[art];
  }
  std::vector<std::pair<uint32_t, uint32_t>> ranked(hits.begin(), hits.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  std::vector<uint32_t> out;
  for (size_t i = 0; i < ranked.size() && i < kMaxCandidates; ++i) {
    out.push_back(ranked[i].first);
  }
  return out;
}

void OriginIndex::Index(uint32_t article, const OriginEvidence& e) {
  bool all = e.shingles.size() < kIndexAllBelow;
  for (uint64_t s : e.shingles) {
    if (!all && s % kSampleModulus != 0) continue;
    std::vector<uint32_t>& list = postings_[s];
    if (list.size() < kMaxShinglePostings) list.push_back(article);
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
