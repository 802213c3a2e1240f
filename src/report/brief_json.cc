#include <nlohmann/json.hpp>

#include "newsfuse/report.h"

namespace newsfuse {
namespace {

using nlohmann::json;

json Strings(const std::vector<std::string>& v) {
  json out = json::array();
  for (const std::string& s : v) out.push_back(s);
  return out;
}

json Articles(const StoryBrief& b) {
  json out = json::array();
  for (size_t i = 0; i < b.articles.size(); ++i) {
    const Article& a = *b.articles[i];
    out.push_back({{"id", a.id},
                   {"outlet", a.outlet},
                   {"title", a.title},
                   {"url", a.url},
                   {"path", a.path},
                   {"published", a.published ? json(a.published->ToIso8601())
                                             : json(nullptr)},
                   {"origin", b.origins[i]},
                   {"sentences", a.sentences.size()}});
  }
  return out;
}

json Ref(const StoryBrief& b, SentenceRef r) {
  const Article& a = *b.articles[r.article];
  const Sentence& s = a.sentences[r.sentence];
  return {{"article", a.id},
          {"sentence", r.sentence},
          {"text", std::string(a.SentenceText(s))},
          {"span", json::array({s.original.begin + a.offset,
                                s.original.end + a.offset})}};
}

json Facts(const StoryBrief& b) {
  json out = json::array();
  for (const Fact& f : b.facts) {
    json support = json::array();
    for (SentenceRef r : f.support) support.push_back(Ref(b, r));
    out.push_back({{"id", f.id},
                   {"text", f.text},
                   {"sources", Strings(f.sources)},
                   {"independent_sources", f.independent_sources},
                   {"single_source", f.single_source},
                   {"attributed", f.attributed},
                   {"speaker", f.attributed ? json(f.speaker) : json(nullptr)},
                   {"support", std::move(support)}});
  }
  return out;
}

json Summary(const StoryBrief& b) {
  json out = json::array();
  for (const SummarySentence& s : b.summary) {
    out.push_back({{"text", s.text},
                   {"sources", Strings(s.sources)},
                   {"fact", s.fact_id},
                   {"from", Ref(b, s.from)}});
  }
  return out;
}

json Dropped(const StoryBrief& b) {
  json out = json::array();
  for (const Article* a : b.articles) {
    for (const DroppedLine& d : a->dropped) {
      out.push_back({{"article", a->id},
                     {"text", d.text},
                     {"reason", DropReasonName(d.reason)}});
    }
  }
  return out;
}

json StoryJson(const StoryBrief& b) {
  json coverage = json::object();
  for (const auto& [article, facts] : b.coverage) {
    coverage[article] = Strings(facts);
  }
  return {{"id", b.story.id},
          {"why", b.story.why},
          {"shared_terms", Strings(b.story.shared_terms)},
          {"articles", Articles(b)},
          {"summary", Summary(b)},
          {"facts", Facts(b)},
          {"coverage", std::move(coverage)},
          {"entities", json::array()},
          {"quotes", json::array()},
          {"discrepancies", json::array()},
          {"timeline", json::array()},
          {"dropped", Dropped(b)}};
}

}  // namespace

std::string BriefToJson(const std::vector<StoryBrief>& briefs, bool pretty) {
  json stories = json::array();
  for (const StoryBrief& b : briefs) stories.push_back(StoryJson(b));
  json j = {{"schema", kBriefSchema}, {"stories", std::move(stories)}};
  return j.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace newsfuse
