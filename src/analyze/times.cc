// FindTimes, FindTimesIn and NormalizeTime: scan, match, resolve (see
// time_internal.h).
#include "newsfuse/times.h"

#include <string>
#include <vector>

#include "analyze/time_internal.h"
#include "analyze/time_match.h"

namespace newsfuse {
namespace {

using analyze_internal::Anchor;
using analyze_internal::TimeParts;
using analyze_internal::TimeTok;

// Appends the expressions of the tokens in `toks` scanned from `text`.
void Collect(std::string_view text, const std::vector<TimeTok>& toks,
             const std::vector<uint32_t>& openers,
             const std::optional<Anchor>& anchor, uint32_t sentence,
             std::vector<TimeExpression>* out) {
  for (const TimeParts& p : analyze_internal::MatchTimes(text, toks, openers)) {
    TimeExpression& t = out->emplace_back();
    t.text = {toks[p.first].begin, toks[p.last - 1].end};
    t.original = t.text;
    t.sentence = sentence;
    analyze_internal::ResolveTime(
        p, anchor, analyze_internal::TenseNear(toks, p.first, p.last), &t);
  }
}

// A sentence of white space only.
bool Blank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\n') return false;
  }
  return true;
}

}  // namespace

void FindTimes(Article& article) {
  article.times.clear();
  std::optional<Anchor> anchor = analyze_internal::AnchorOf(article.published);
  std::vector<TimeTok> toks;
  std::vector<uint32_t> openers;
  for (uint32_t i = 0; i < article.sentences.size(); ++i) {
    const Sentence& s = article.sentences[i];
    std::string_view text = s.text.In(article.text);
    if (Blank(text)) continue;
    toks.clear();
    openers.clear();
    analyze_internal::ScanTimeTokens(text, s.text.begin, &toks, &openers);
    size_t from = article.times.size();
    Collect(article.text, toks, openers, anchor, i, &article.times);
    for (size_t k = from; k < article.times.size(); ++k) {
      article.times[k].original =
          article.text_map.ToOriginal(article.times[k].text);
    }
  }
}

std::vector<TimeExpression> FindTimesIn(std::string_view text,
                                        std::optional<Timestamp> anchor) {
  std::vector<TimeTok> toks;
  std::vector<uint32_t> openers;
  analyze_internal::ScanTimeTokens(text, 0, &toks, &openers);
  std::vector<TimeExpression> out;
  Collect(text, toks, openers, analyze_internal::AnchorOf(anchor), 0, &out);
  return out;
}

Result<TimeExpression> NormalizeTime(std::string_view expression,
                                     std::optional<Timestamp> anchor) {
  thread_local std::vector<TimeTok> toks;
  toks.clear();
  analyze_internal::ScanTimeTokens(expression, 0, &toks);
  analyze_internal::TimeMatcher matcher(expression, toks);
  for (size_t i = 0; i < toks.size(); ++i) {
    TimeParts p;
    if (!matcher.MatchAt(i, &p)) continue;
    TimeExpression t;
    t.text = {toks[p.first].begin, toks[p.last - 1].end};
    t.original = t.text;
    analyze_internal::ResolveTime(
        p, analyze_internal::AnchorOf(anchor),
        analyze_internal::TenseNear(toks, p.first, p.last), &t);
    return t;
  }
  return Status::NotFound("no time expression in '" +
                          std::string(expression) + "'");
}

}  // namespace newsfuse
