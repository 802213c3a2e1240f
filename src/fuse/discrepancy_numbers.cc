// Number and single-source discrepancies (newsfuse/discrepancies.h).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "fuse/discrepancy_parts.h"

namespace newsfuse::fuse {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The counted thing as a key: lower case, a plural "s" dropped
// ("Prisoners" -> "prisoner").
std::string CountedKey(const std::string& counted) {
  std::string k;
  for (char c : counted) k.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (k.size() > 3 && k.back() == 's' && k[k.size() - 2] != 's') k.pop_back();
  return k;
}

// As `std::ostream << v` writes it (printf's %.6g), without a stream's
// construction cost.
std::string Number(double v) {
  if (std::isinf(v)) return v > 0 ? "∞" : "-∞";
  char buf[32];
  char* end =
      std::to_chars(buf, buf + sizeof(buf), v, std::chars_format::general, 6)
          .ptr;
  return std::string(buf, end);
}

struct Printed {
  const Quantity* q;
  uint32_t article;
  int fact;  // index of the fact holding its sentence, -1 if none
};

// One statement: the same fact, or sentences sharing most content words.
bool SameStatement(SentenceFacts& facts, const Printed& x, const Printed& y) {
  if (x.fact >= 0 && x.fact == y.fact) return true;
  return Jaccard(facts.Stems(x.article, x.q->sentence),
                 facts.Stems(y.article, y.q->sentence)) >= kSameStatement;
}

bool Overlap(const Quantity& a, const Quantity& b) {
  return a.low.value_or(-kInf) <= b.high.value_or(kInf) &&
         b.low.value_or(-kInf) <= a.high.value_or(kInf);
}

std::map<std::string, std::vector<Printed>> ByCounted(
    const SentenceFacts& facts) {
  const StoryBrief& b = facts.brief();
  std::map<std::string, std::vector<Printed>> out;
  for (uint32_t a = 0; a < b.articles.size(); ++a) {
    for (const Quantity& q : b.articles[a]->quantities) {
      if (q.unresolved || q.counted.empty() || (!q.low && !q.high)) continue;
      out[CountedKey(q.counted)].push_back(
          {&q, a, facts.FactOf(a, q.sentence)});
    }
  }
  return out;
}

// Two printings conflict when they report one fact (or one counted thing
// in facts both outlets share) with intervals that cannot both hold. The
// sentences are compared last: it is the costly test.
bool Conflict(SentenceFacts& facts, const Printed& x, const Printed& y) {
  return x.article != y.article && !Overlap(*x.q, *y.q) &&
         SameStatement(facts, x, y);
}

bool Ambiguous(SentenceFacts& facts, const Printed& x, const Printed& y) {
  return x.article != y.article && x.q->each != y.q->each &&
         Overlap(*x.q, *y.q) && SameStatement(facts, x, y);
}

}  // namespace

std::string IntervalValue(const Quantity& q) {
  std::string out;
  if (q.low && q.high && *q.low == *q.high) {
    out = Number(*q.low);
  } else {
    out.push_back('[');
    out += Number(q.low.value_or(-kInf));
    out += ", ";
    out += Number(q.high.value_or(kInf));
    out.push_back(']');
  }
  if (!q.unit.empty()) out += " " + q.unit;
  if (q.each) out += " each";
  return out;
}

void NumberDiscrepancies(SentenceFacts& facts, std::vector<Discrepancy>* out) {
  const char* kAmbiguity =
      "ambiguous: a count for each side beside a bare count";
  const StoryBrief& b = facts.brief();
  for (const auto& [key, printed] : ByCounted(facts)) {
    bool conflict = false, ambiguous = false;
    for (size_t i = 0; i < printed.size(); ++i) {
      for (size_t j = i + 1; j < printed.size(); ++j) {
        conflict = conflict || Conflict(facts, printed[i], printed[j]);
        ambiguous = ambiguous || Ambiguous(facts, printed[i], printed[j]);
      }
    }
    if (!conflict && !ambiguous) continue;
    Discrepancy d;
    d.kind = "number";
    d.about = printed.front().q->counted;
    if (!conflict) d.note = kAmbiguity;
    for (const Printed& p : printed) {
      const Article& a = *b.articles[p.article];
      AddVariant(&d, std::string(p.q->text.In(a.text)), IntervalValue(*p.q),
                 a.id);
    }
    out->push_back(std::move(d));
  }
}

// A count worth flagging when only one outlet gives it: not an age or a
// duration (descriptions), not "two sides" or "one call".
bool Matters(const Quantity& q) {
  static const std::set<std::string> kDescriptive = {
      "year", "month", "week", "day", "hour", "minute", "second"};
  if (q.unresolved || q.counted.empty() || q.counted == "age") return false;
  if (kDescriptive.count(q.unit)) return false;
  return !(q.unit.empty() && q.high && *q.high <= 2);
}

void SingleSourceNumbers(SentenceFacts& facts, std::vector<Discrepancy>* out) {
  const StoryBrief& b = facts.brief();
  std::map<std::string, std::vector<Printed>> counted = ByCounted(facts);
  for (uint32_t a = 0; a < b.articles.size(); ++a) {
    const Article& art = *b.articles[a];
    for (const Quantity& q : art.quantities) {
      if (!Matters(q)) continue;
      int fact = facts.FactOf(a, q.sentence);
      if (fact < 0 || !b.facts[fact].single_source) continue;
      // Another outlet giving a compatible count of the same thing.
      const std::vector<Printed>& same = counted[CountedKey(q.counted)];
      bool elsewhere = std::any_of(
          same.begin(), same.end(),
          [&](const auto& p) { return p.article != a && Overlap(*p.q, q); });
      if (elsewhere) continue;
      Discrepancy d;
      d.kind = "single-source";
      d.about = q.counted;
      AddVariant(&d, b.facts[fact].text, IntervalValue(q), art.id);
      out->push_back(std::move(d));
    }
  }
}

}  // namespace newsfuse::fuse
