// Date discrepancies (newsfuse/discrepancies.h): one event on other days.
//
// A dated statement is a sentence whose first date or time expression the
// story clock places. Statements of different articles are one event when
// they belong to one fact, share half their content stems, or report the
// same person publishing something (announced, posted, wrote, tweeted):
// outlets that put one of these on different days disagree.
#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <set>

#include "fuse/discrepancy_parts.h"
#include "fuse/lexicon.h"
#include "fuse/story_time.h"
#include "fuse/union_find.h"

namespace newsfuse::fuse {
namespace {

constexpr std::array<std::string_view, 5> kPublishStems = {
    "announc", "post", "wrote", "write", "tweet"};

struct Statement {
  uint32_t article = 0;
  uint32_t sentence = 0;
  StoryDay day;
  std::string said_as;
  int fact = -1;
  int publisher = -1;  // entity publishing something, -1 if none
};

// Index of the first token at or after `pos`.
uint32_t TokenAt(const Article& a, uint32_t pos) {
  auto it = std::lower_bound(
      a.tokens.begin(), a.tokens.end(), pos,
      [](const Token& t, uint32_t p) { return t.text.begin < p; });
  return static_cast<uint32_t>(it - a.tokens.begin());
}

bool IsPublishing(const Token& t) {
  return std::find(kPublishStems.begin(), kPublishStems.end(), t.stem) !=
         kPublishStems.end();
}

// Whether `t` dates a publishing verb of its sentence: "announced on
// Saturday", "wrote on his website on Sunday", "On Sunday, Trump posted";
// not "announced that he will call on Monday" nor "his Monday call".
bool DatesPublishing(const Article& a, const Sentence& s,
                     const TimeExpression& t) {
  uint32_t at = TokenAt(a, t.text.begin);
  for (uint32_t v = s.first_token; v < s.first_token + s.token_count; ++v) {
    if (!IsPublishing(a.tokens[v])) continue;
    if (at < v) return v - at <= 4;
    if (at - v > 8) return false;
    for (uint32_t k = v + 1; k < at; ++k) {
      std::string_view w = a.tokens[k].norm;
      if (w == "that" || w == "will" || w == "to" || w == "would") {
        return false;
      }
    }
    return true;
  }
  return false;
}

// Whether `t` dates something other than what its sentence reports: a plan
// ("he will hold a call on Monday") or a noun ("his Monday call").
bool DatesOtherThing(const Article& a, const Sentence& s,
                     const TimeExpression& t) {
  static const std::set<std::string, std::less<>> kDeterminers = {
      "his", "her", "its", "their", "the", "a", "this", "that"};
  uint32_t at = TokenAt(a, t.text.begin);
  if (at > s.first_token && kDeterminers.count(a.tokens[at - 1].norm)) {
    return true;
  }
  for (uint32_t k = s.first_token; k < at; ++k) {
    std::string_view next;  // not a ?: with "": that makes a temporary
    if (k + 1 < a.tokens.size()) next = a.tokens[k + 1].norm;
    if (IsPlanCue(a.tokens[k].norm, next) && !InQuote(a, a.tokens[k].text)) {
      return true;  // the writer's plan, not a quoted speaker's
    }
  }
  return false;
}

// The first person named in the sentence when `t` dates its publishing
// verb; -1 otherwise.
int Publisher(const StoryBrief& b, uint32_t article, const TimeExpression& t) {
  const Article& a = *b.articles[article];
  uint32_t sentence = t.sentence;
  if (!DatesPublishing(a, a.sentences[sentence], t) ||
      article >= b.mention_entities.size()) {
    return -1;
  }
  for (size_t m = 0; m < a.entities.size(); ++m) {
    int e = b.mention_entities[article][m];
    if (a.entities[m].sentence == sentence && e >= 0 &&
        b.entities[e].type == EntityType::kPerson) {
      return e;
    }
  }
  return -1;
}

std::vector<Statement> DatedStatements(const SentenceFacts& facts,
                                       const StoryClock& clock) {
  const StoryBrief& b = facts.brief();
  std::vector<Statement> out;
  for (uint32_t a = 0; a < b.articles.size(); ++a) {
    const Article& art = *b.articles[a];
    std::set<uint32_t> seen;
    for (const TimeExpression& t : art.times) {
      if (t.type != TimeType::kDate || seen.count(t.sentence) ||
          InQuote(art, t.text)) {
        continue;
      }
      seen.insert(t.sentence);  // only the sentence's first date counts
      std::optional<StoryDay> day = clock.Place(t);
      if (!day || DatesOtherThing(art, art.sentences[t.sentence], t)) continue;
      Statement& s = out.emplace_back();
      s.article = a;
      s.sentence = t.sentence;
      s.day = *day;
      s.said_as = std::string(t.text.In(art.text));
      s.fact = facts.FactOf(a, t.sentence);
      s.publisher = Publisher(b, a, t);
    }
  }
  return out;
}

bool OneEvent(SentenceFacts& facts, const Statement& x, const Statement& y) {
  if (x.article == y.article) return false;
  if (x.fact >= 0 && x.fact == y.fact) return true;
  if (x.publisher >= 0 && x.publisher == y.publisher) return true;
  return Jaccard(facts.Stems(x.article, x.sentence),
                 facts.Stems(y.article, y.sentence)) >= kSameStatement;
}

const std::string& DayValue(const StoryDay& d) {
  return d.date.empty() ? d.weekday : d.date;
}

}  // namespace

void DateDiscrepancies(SentenceFacts& facts, std::vector<Discrepancy>* out) {
  const StoryBrief& b = facts.brief();
  StoryClock clock(b.articles);
  std::vector<Statement> st = DatedStatements(facts, clock);
  UnionFind events(st.size());
  for (size_t i = 0; i < st.size(); ++i) {
    for (size_t j = i + 1; j < st.size(); ++j) {
      if (DayValue(st[i].day) != DayValue(st[j].day) &&
          OneEvent(facts, st[i], st[j])) {
        events.Union(i, j);
      }
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < st.size(); ++i) groups[events.Find(i)].push_back(i);
  for (const auto& [root, members] : groups) {
    if (members.size() < 2) continue;
    const Statement& first = st[members.front()];
    const Article& a = *b.articles[first.article];
    Discrepancy d;
    d.kind = "date";
    d.about = std::string(a.SentenceText(a.sentences[first.sentence]));
    for (size_t i : members) {
      AddVariant(&d, st[i].said_as, DayValue(st[i].day),
                 b.articles[st[i].article]->id);
    }
    out->push_back(std::move(d));
  }
}

}  // namespace newsfuse::fuse
