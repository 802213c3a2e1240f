#include "clean/html_select.h"

#include <algorithm>
#include <cctype>

#include "clean/html_patterns.h"

namespace newsfuse {
namespace {

// A block long enough to count as prose.
constexpr size_t kMinProse = 25;

struct BlockStats {
  uint32_t len = 0;
  double link_density = 0;
  uint16_t flags = 0;  // effective flags (negative ones of wrappers voided)
  bool prose = false;  // long, not link-dense, not negative
};

class Selector {
 public:
  explicit Selector(HtmlPage* page) : page_(*page) {}
  bool Run();

 private:
  void ComputeVoided();
  void ComputeBlockStats();
  void ScoreCandidates();
  int BestCandidate() const;
  int ChooseContainer(int top) const;
  int FirstOfSeveral(int top) const;
  bool HasTitle(int e) const;  // holds an <h1>
  bool PreferHint(int hint, int top) const;
  int FirstSubstantial(size_t begin, size_t end, uint16_t flag) const;
  std::vector<int> WithSiblings(int chosen) const;
  void Mark(const std::vector<int>& containers);
  void MarkBlock(HtmlBlock& b, const BlockStats& s);
  double Good(int e) const {
    const HtmlElement& el = page_.elements[e];
    return good_prefix_[el.end_block] - good_prefix_[el.first_block];
  }
  double LinkDensity(int e) const;
  bool Contains(int outer, int inner) const;
  double Final(int e) const;

  HtmlPage& page_;
  std::vector<bool> voided_;       // per element: negative flags ignored
  std::vector<BlockStats> stats_;  // per block
  std::vector<double> good_prefix_;
  std::vector<double> score_;  // per element, raw content score
};

bool IsHeadingTag(const std::string& t) {
  return t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6';
}

// Tags whose text credits the parent rather than themselves.
bool IsParagraphTag(const std::string& t) {
  return t == "p" || t == "pre" || t == "li" || t == "dd" || t == "dt" ||
         t == "blockquote" || t == "td" || t == "th" || t == "figcaption" ||
         t == "address" || IsHeadingTag(t);
}

double TagWeight(const std::string& t) {
  if (t == "div" || t == "article" || t == "section" || t == "main") return 5;
  if (t == "pre" || t == "td" || t == "blockquote") return 3;
  if (t == "ol" || t == "ul" || t == "dl" || t == "li" || t == "form")
    return -3;
  if (IsHeadingTag(t) || t == "th") return -5;
  return 0;
}

bool HasWordChar(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80 || std::isalnum(c)) return true;
  }
  return false;
}

int Commas(const std::string& s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    if (s.compare(i, 3, "\xEF\xBC\x8C") == 0) ++n;  // fullwidth comma
  }
  return n;
}

void Selector::ComputeVoided() {
  size_t n = page_.elements.size();
  size_t blocks = page_.blocks.size();
  std::vector<double> raw(blocks + 1, 0);
  for (size_t i = 0; i < blocks; ++i) {
    const HtmlBlock& b = page_.blocks[i];
    size_t len = b.block.text.size();
    bool prose = len >= kMinProse && b.link_chars * 2 < len;
    raw[i + 1] = raw[i] + (prose ? len : 0);
  }
  // A wrapper holding a body hint, a big <article>, or most of the page's
  // prose is no boilerplate, whatever its class says.
  auto good = [&](const HtmlElement& el) {
    return raw[el.end_block] - raw[el.first_block];
  };
  std::vector<bool> has_hint(n, false);
  for (size_t e = n; e-- > 0;) {
    const HtmlElement& el = page_.elements[e];
    if ((el.flags & kFlagBodyHint) ||
        ((el.flags & kFlagArticle) && good(el) >= 0.25 * raw[blocks]))
      has_hint[e] = true;
    if (has_hint[e] && el.parent >= 0) has_hint[el.parent] = true;
  }
  voided_.assign(n, false);
  for (size_t e = 0; e < n; ++e) {
    const HtmlElement& el = page_.elements[e];
    voided_[e] = has_hint[e] || good(el) >= 0.75 * raw[blocks];
  }
}

void Selector::ComputeBlockStats() {
  size_t blocks = page_.blocks.size();
  stats_.assign(blocks, {});
  good_prefix_.assign(blocks + 1, 0);
  for (size_t i = 0; i < blocks; ++i) {
    const HtmlBlock& b = page_.blocks[i];
    BlockStats& s = stats_[i];
    s.len = b.block.text.size();
    s.link_density = s.len ? double(b.link_chars) / s.len : 0;
    for (int e = b.leaf; e >= 0; e = page_.elements[e].parent) {
      uint16_t f = page_.elements[e].flags;
      s.flags |= voided_[e] ? (f & ~kFlagNegative) : f;
    }
    s.prose = s.len >= kMinProse && s.link_density < 0.5 &&
              !(s.flags & kFlagNegative);
    good_prefix_[i + 1] = good_prefix_[i] + (s.prose ? s.len : 0);
  }
}

void Selector::ScoreCandidates() {
  score_.assign(page_.elements.size(), 0);
  for (size_t i = 0; i < page_.blocks.size(); ++i) {
    const BlockStats& s = stats_[i];
    int e = page_.blocks[i].owner;
    if (!s.prose || e < 0) continue;
    if (IsParagraphTag(page_.elements[e].tag)) e = page_.elements[e].parent;
    double points =
        1 + Commas(page_.blocks[i].block.text) + std::min(s.len / 100.0, 3.0);
    for (int level = 0; e >= 0 && level < 3;
         ++level, e = page_.elements[e].parent) {
      score_[e] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
  }
}

double Selector::LinkDensity(int e) const {
  const HtmlElement& el = page_.elements[e];
  double chars = 0, links = 0;
  for (uint32_t i = el.first_block; i < el.end_block; ++i) {
    chars += stats_[i].len;
    links += page_.blocks[i].link_chars;
  }
  return chars > 0 ? links / chars : 0;
}

double Selector::Final(int e) const {
  const HtmlElement& el = page_.elements[e];
  double weight = TagWeight(el.tag);
  if (el.flags & (kFlagPositive | kFlagBodyHint)) weight += 25;
  if ((el.flags & kFlagNegative) && !voided_[e]) weight -= 25;
  return (score_[e] + weight) * (1 - LinkDensity(e));
}

int Selector::BestCandidate() const {
  std::vector<std::pair<double, int>> ranked;
  for (size_t e = 0; e < score_.size(); ++e) {
    if (score_[e] > 0) ranked.push_back({Final(int(e)), int(e)});
  }
  if (ranked.empty()) return -1;
  size_t keep = std::min<size_t>(ranked.size(), 5);
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                    [](const auto& a, const auto& b) { return a > b; });
  int top = ranked[0].second;
  // Text split into many sibling wrappers scores several near-equal
  // candidates: climb to the ancestor that holds three of them.
  std::vector<int> close;
  for (size_t i = 1; i < keep; ++i) {
    if (ranked[i].first >= 0.75 * ranked[0].first)
      close.push_back(ranked[i].second);
  }
  if (close.size() < 3) return top;
  for (int p = page_.elements[top].parent; p >= 0;
       p = page_.elements[p].parent) {
    int held = 0;
    for (int c : close) held += Contains(p, c);
    if (held >= 3) return p;
  }
  return top;
}

bool Selector::Contains(int outer, int inner) const {
  for (int e = inner; e >= 0; e = page_.elements[e].parent) {
    if (e == outer) return true;
  }
  return false;
}

// A body-hint container (itemprop=articleBody, article-body classes, else
// <article>/<main>) replaces the scored top when it holds comparable text.
int Selector::ChooseContainer(int top) const {
  for (uint16_t want : {kFlagBodyHint, kFlagArticle}) {
    int hint = FirstSubstantial(0, page_.elements.size(), want);
    if (hint >= 0 && PreferHint(hint, top)) return hint;
  }
  return FirstOfSeveral(top);
}

bool Selector::PreferHint(int hint, int top) const {
  if (hint == top) return true;
  double h = Good(hint), t = Good(top);
  bool body = page_.elements[hint].flags & kFlagBodyHint;
  if (Contains(top, hint)) return h >= 0.6 * t;
  if (Contains(hint, top)) return body || t >= 0.4 * h;
  if (HasTitle(hint) && !HasTitle(top)) return h >= 0.2 * t;
  return h >= t;
}

bool Selector::HasTitle(int e) const {
  const HtmlElement& el = page_.elements[e];
  for (uint32_t i = e; i < el.end_element; ++i) {
    if (page_.elements[i].flags & kFlagTitle) return true;
  }
  return false;
}

// The first outermost element in elements [begin, end) with `flag` whose
// prose is substantial next to the largest such element's.
int Selector::FirstSubstantial(size_t begin, size_t end, uint16_t flag) const {
  std::vector<int> found;
  double most = 0;
  for (size_t e = begin; e < end; ++e) {
    const HtmlElement& a = page_.elements[e];
    if (!(a.flags & flag)) continue;
    found.push_back(int(e));
    most = std::max(most, Good(int(e)));
    e = a.end_element - 1;  // not nested ones
  }
  for (int a : found) {
    if (Good(a) > 0 && Good(a) >= std::min(0.3 * most, 400.0)) return a;
  }
  return -1;
}

// A container of several <article>s (a blog stream) stands for its first
// substantial one.
int Selector::FirstOfSeveral(int top) const {
  const HtmlElement& el = page_.elements[top];
  double total = 0;
  int count = 0;
  for (uint32_t e = top + 1; e < el.end_element; ++e) {
    const HtmlElement& a = page_.elements[e];
    if (!(a.flags & kFlagArticle)) continue;
    ++count;
    total += Good(int(e));
    e = a.end_element - 1;
  }
  if (count < 2 || total < 0.6 * Good(top)) return top;
  int first = FirstSubstantial(top + 1, el.end_element, kFlagArticle);
  return first >= 0 ? first : top;
}

std::vector<int> Selector::WithSiblings(int chosen) const {
  std::vector<int> out;
  int parent = page_.elements[chosen].parent;
  if (parent < 0) return {chosen};
  double threshold = std::max(10.0, Final(chosen) * 0.2);
  const std::string& names = page_.elements[chosen].names;
  for (size_t e = parent + 1; e < page_.elements[parent].end_element; ++e) {
    const HtmlElement& el = page_.elements[e];
    if (el.parent != parent) continue;
    if (static_cast<int>(e) == chosen) {
      out.push_back(chosen);
      continue;
    }
    if ((el.flags & kFlagNegative) || el.first_block == el.end_block) continue;
    // Another <article> beside the chosen one is another story.
    if ((el.flags & kFlagArticle) &&
        (page_.elements[chosen].flags & kFlagArticle))
      continue;
    double bonus =
        !names.empty() && el.names == names ? Final(chosen) * 0.2 : 0;
    double ld = LinkDensity(static_cast<int>(e));
    bool prose_p = el.tag == "p" && Good(static_cast<int>(e)) > 80 && ld < 0.25;
    if (Final(static_cast<int>(e)) + bonus >= threshold || prose_p)
      out.push_back(static_cast<int>(e));
  }
  return out;
}

void Selector::MarkBlock(HtmlBlock& b, const BlockStats& s) {
  TextBlock& t = b.block;
  t.main = false;
  std::optional<DropReason> line;
  if (s.flags & kFlagNegative) {
    t.reason = ReasonForFlags(s.flags);
  } else if (s.flags & kFlagTitle) {
    t.reason = DropReason::kTitle;
  } else if (t.kind == BlockKind::kCaption) {
    t.reason = DropReason::kCaption;
  } else if (s.link_density > 0.5 || !HasWordChar(t.text)) {
    t.reason = DropReason::kBoilerplate;
  } else if ((line = BoilerplateLine(t.text))) {
    t.reason = line;
  } else {
    t.main = true;
    t.reason.reset();
  }
}

void Selector::Mark(const std::vector<int>& containers) {
  for (size_t i = 0; i < page_.blocks.size(); ++i) {
    HtmlBlock& b = page_.blocks[i];
    b.block.main = false;
    b.block.reason = stats_[i].flags & kFlagNegative
                         ? ReasonForFlags(stats_[i].flags)
                         : DropReason::kBoilerplate;
  }
  for (int c : containers) {
    const HtmlElement& el = page_.elements[c];
    for (uint32_t i = el.first_block; i < el.end_block; ++i) {
      MarkBlock(page_.blocks[i], stats_[i]);
    }
  }
}

bool Selector::Run() {
  if (page_.blocks.empty()) return false;
  ComputeVoided();
  ComputeBlockStats();
  ScoreCandidates();
  int top = BestCandidate();
  if (top < 0) return false;
  int chosen = ChooseContainer(top);
  Mark(WithSiblings(chosen));
  for (const HtmlBlock& b : page_.blocks) {
    if (b.block.main) return true;
  }
  return false;
}

}  // namespace

bool SelectMainBlocks(HtmlPage* page) { return Selector(page).Run(); }

}  // namespace newsfuse
