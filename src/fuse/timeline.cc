// BuildTimeline and PlaceFacts: see newsfuse/timeline.h, fuse/story_time.h.
#include "newsfuse/timeline.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "fuse/story_time.h"
#include "newsfuse/brief.h"

namespace newsfuse {
namespace fuse {

bool InQuote(const Article& a, Span s) {
  return std::any_of(a.quotes.begin(), a.quotes.end(), [&](const Quote& q) {
    return q.text.begin <= s.begin && s.end <= q.text.end;
  });
}

namespace {

// The first date or time expression of one sentence outside quotation
// marks (a speaker's "yesterday" is the speaker's), if the clock places it:
// a later one would date something else ("over the weekend he hoped for a
// productive Monday").
std::optional<FactTime> PlaceSentence(const Article& a, uint32_t sentence,
                                      const StoryClock& clock) {
  const TimeExpression* date = nullptr;
  const TimeExpression* time = nullptr;
  for (const TimeExpression& t : a.times) {
    if (t.sentence != sentence || InQuote(a, t.text)) continue;
    if (t.type != TimeType::kDate && t.type != TimeType::kTime) continue;
    if (date == nullptr) {
      date = &t;
    } else if (time == nullptr && !t.time.empty()) {
      time = &t;
    }
  }
  if (date == nullptr || !clock.Place(*date)) return std::nullopt;
  TimeExpression merged = *date;
  if (merged.time.empty() && time != nullptr) {
    merged.time = time->time;
    merged.tz = time->tz;
  }
  FactTime out;
  out.day = *clock.Place(merged);
  out.said_as = std::string(date->text.In(a.text));
  return out;
}

}  // namespace

std::vector<std::vector<FactTime>> PlaceFacts(const StoryBrief& brief,
                                              const StoryClock& clock) {
  std::vector<std::vector<FactTime>> out(brief.facts.size());
  for (size_t f = 0; f < brief.facts.size(); ++f) {
    for (const SentenceRef& r : brief.facts[f].support) {
      bool placed = std::any_of(
          out[f].begin(), out[f].end(),
          [&](const FactTime& t) { return t.article == r.article; });
      if (placed) continue;  // one placement per article: its first
      std::optional<FactTime> t =
          PlaceSentence(*brief.articles[r.article], r.sentence, clock);
      if (!t) continue;
      t->article = r.article;
      out[f].push_back(std::move(*t));
    }
  }
  return out;
}

}  // namespace fuse

std::vector<TimelineEntry> BuildTimeline(const StoryBrief& brief) {
  fuse::StoryClock clock(brief.articles);
  std::vector<std::vector<fuse::FactTime>> placed =
      fuse::PlaceFacts(brief, clock);
  std::vector<std::pair<size_t, TimelineEntry>> entries;  // fact, entry
  for (size_t f = 0; f < placed.size(); ++f) {
    if (placed[f].empty()) continue;
    std::map<int, int> votes;  // day offset -> articles
    for (const fuse::FactTime& t : placed[f]) ++votes[t.day.day_offset];
    int day = std::max_element(votes.begin(), votes.end(),
                               [](const auto& a, const auto& b) {
                                 return a.second < b.second;
                               })
                  ->first;
    TimelineEntry e;
    e.text = brief.facts[f].text;
    e.fact = brief.facts[f].id;
    for (const fuse::FactTime& t : placed[f]) {
      if (t.day.day_offset != day) continue;
      if (e.sources.empty()) {
        e.when = {t.day.date, t.day.time, t.day.tz, t.day.day_offset,
                  t.day.weekday};
        e.said_as = t.said_as;
      }
      e.sources.push_back(brief.articles[t.article]->id);
    }
    entries.emplace_back(f, std::move(e));
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) {
                     return std::make_tuple(*a.second.when.day_offset,
                                            a.second.when.time, a.first) <
                            std::make_tuple(*b.second.when.day_offset,
                                            b.second.when.time, b.first);
                   });
  std::vector<TimelineEntry> out;
  for (auto& [f, e] : entries) out.push_back(std::move(e));
  return out;
}

}  // namespace newsfuse
