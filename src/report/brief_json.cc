// BriefToJson: the brief streamed through a JsonWriter, no document tree.
//
// The schema (docs/brief-format.md) is a contract and so is the byte form
// of the output, which earlier versions wrote with nlohmann::json: every
// object's keys are written in sorted order, as a std::map would hold them.
#include "newsfuse/report.h"

#include <memory>
#include <string_view>
#include "report/json_writer.h"

namespace newsfuse {
namespace {

using report::JsonWriter;

void Strings(JsonWriter& w, const std::vector<std::string>& v) {
  w.BeginArray();
  for (const std::string& s : v) w.String(s);
  w.EndArray();
}

void Articles(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (size_t i = 0; i < b.articles.size(); ++i) {
    const Article& a = *b.articles[i];
    w.BeginObject();
    w.Field("id", a.id);
    w.Field("origin", b.origins[i]);
    w.Field("outlet", a.outlet);
    w.Field("path", a.path);
    w.Key("published");
    if (a.published) {
      w.String(a.published->ToIso8601());
    } else {
      w.Null();
    }
    w.Key("sentences");
    w.Uint(a.sentences.size());
    w.Field("title", a.title);
    w.Field("url", a.url);
    w.EndObject();
  }
  w.EndArray();
}

void Ref(JsonWriter& w, const StoryBrief& b, SentenceRef r) {
  const Article& a = *b.articles[r.article];
  const Sentence& s = a.sentences[r.sentence];
  w.BeginObject();
  w.Field("article", a.id);
  w.Key("sentence");
  w.Uint(r.sentence);
  w.Key("span");
  w.BeginArray();
  w.Uint(s.original.begin + a.offset);
  w.Uint(s.original.end + a.offset);
  w.EndArray();
  w.Field("text", a.SentenceText(s));
  w.EndObject();
}

void Facts(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (const Fact& f : b.facts) {
    w.BeginObject();
    w.Key("attributed");
    w.Bool(f.attributed);
    w.Field("id", f.id);
    w.Key("independent_sources");
    w.Int(f.independent_sources);
    w.Key("single_source");
    w.Bool(f.single_source);
    w.Key("sources");
    Strings(w, f.sources);
    w.Key("speaker");
    if (f.attributed) {
      w.String(f.speaker);
    } else {
      w.Null();
    }
    w.Key("support");
    w.BeginArray();
    for (SentenceRef r : f.support) Ref(w, b, r);
    w.EndArray();
    w.Field("text", f.text);
    w.EndObject();
  }
  w.EndArray();
}

void Summary(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (const SummarySentence& s : b.summary) {
    w.BeginObject();
    w.Field("fact", s.fact_id);
    w.Key("from");
    Ref(w, b, s.from);
    w.Key("single_source");
    w.Bool(s.single_source);
    w.Key("sources");
    Strings(w, s.sources);
    w.Field("text", s.text);
    w.EndObject();
  }
  w.EndArray();
}

void Dropped(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (const Article* a : b.articles) {
    for (const DroppedLine& d : a->dropped) {
      w.BeginObject();
      w.Field("article", a->id);
      w.Field("reason", DropReasonName(d.reason));
      w.Field("text", d.text);
      w.EndObject();
    }
  }
  w.EndArray();
}

void Entities(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (const Entity& e : b.entities) {
    w.BeginObject();
    w.Key("aliases");
    w.BeginArray();
    for (const EntityAlias& a : e.aliases) {
      w.BeginObject();
      w.Key("description");
      w.Bool(a.description);
      w.Key("sources");
      Strings(w, a.sources);
      w.Field("text", a.text);
      w.EndObject();
    }
    w.EndArray();
    w.Field("id", e.id);
    w.Key("mentions");
    w.Uint(static_cast<uint64_t>(e.mentions));
    w.Field("name", e.name);
    w.Key("roles");
    Strings(w, e.roles);
    w.Key("sources");
    Strings(w, e.sources);
    w.Field("type", EntityTypeName(e.type));
    w.EndObject();
  }
  w.EndArray();
}

void Variants(JsonWriter& w, const StoryQuote& q) {
  w.BeginArray();
  for (const QuoteVariant& v : q.variants) {
    w.BeginObject();
    w.Field("diff", v.diff);
    w.Field("kind", VariantKindName(v.kind));
    w.Key("sources");
    Strings(w, v.sources);
    w.Field("text", v.text);
    w.EndObject();
  }
  w.EndArray();
}

void Quotes(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (const StoryQuote& q : b.quotes) {
    w.BeginObject();
    w.Field("cue", q.cue);
    w.Field("id", q.id);
    w.Key("partial");
    w.Bool(q.partial);
    w.Key("sources");
    Strings(w, q.sources);
    w.Key("speaker");
    if (q.speaker >= 0 && static_cast<size_t>(q.speaker) < b.entities.size()) {
      w.String(b.entities[q.speaker].id);
    } else {
      w.Null();
    }
    w.Field("speaker_name", q.speaker_name);
    w.Field("text", q.text);
    w.Key("variants");
    Variants(w, q);
    w.EndObject();
  }
  w.EndArray();
}

void StringOrNull(JsonWriter& w, std::string_view key, const std::string& v) {
  w.Key(key);
  if (v.empty()) {
    w.Null();
  } else {
    w.String(v);
  }
}

void Timeline(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (const TimelineEntry& e : b.timeline) {
    w.BeginObject();
    w.Field("fact", e.fact);
    w.Field("said_as", e.said_as);
    w.Key("sources");
    Strings(w, e.sources);
    w.Field("text", e.text);
    w.Key("when");
    w.BeginObject();
    StringOrNull(w, "date", e.when.date);
    w.Key("day_offset");
    if (e.when.day_offset) {
      w.Int(*e.when.day_offset);
    } else {
      w.Null();
    }
    StringOrNull(w, "time", e.when.time);
    StringOrNull(w, "tz", e.when.tz);
    StringOrNull(w, "weekday", e.when.weekday);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
}

void Discrepancies(JsonWriter& w, const StoryBrief& b) {
  w.BeginArray();
  for (const Discrepancy& d : b.discrepancies) {
    w.BeginObject();
    w.Field("about", d.about);
    w.Field("id", d.id);
    w.Field("kind", d.kind);
    w.Field("note", d.note);
    w.Key("variants");
    w.BeginArray();
    for (const DiscrepancyVariant& v : d.variants) {
      w.BeginObject();
      w.Key("sources");
      Strings(w, v.sources);
      w.Field("text", v.text);
      w.Field("value", v.value);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void StoryJson(JsonWriter& w, const StoryBrief& b) {
  w.BeginObject();
  w.Key("articles");
  Articles(w, b);
  w.Key("coverage");
  w.BeginObject();
  for (const auto& [article, facts] : b.coverage) {  // a sorted map
    w.Key(article);
    Strings(w, facts);
  }
  w.EndObject();
  w.Key("discrepancies");
  Discrepancies(w, b);
  w.Key("dropped");
  Dropped(w, b);
  w.Key("entities");
  Entities(w, b);
  w.Key("facts");
  Facts(w, b);
  w.Field("id", b.story.id);
  w.Key("quotes");
  Quotes(w, b);
  w.Key("shared_terms");
  Strings(w, b.story.shared_terms);
  w.Key("summary");
  Summary(w, b);
  w.Key("timeline");
  Timeline(w, b);
  w.Field("why", b.story.why);
  w.EndObject();
}

}  // namespace

// Stories sit at depth 2 of the document: {"stories": [{...}]}.
constexpr int kStoryDepth = 2;

std::string StoryToJson(const StoryBrief& brief, bool pretty) {
  JsonWriter w(pretty, kStoryDepth);
  StoryJson(w, brief);
  return std::move(w).Take();
}

// The writer holds the document's separators and brackets between pieces.
struct BriefJsonStream::Impl {
  Impl(bool pretty, Sink s) : w(pretty), sink(std::move(s)) {
    w.BeginObject();
    w.Field("schema", kBriefSchema);
    w.Key("stories");
    w.BeginArray();
  }
  JsonWriter w;
  Sink sink;
};

BriefJsonStream::BriefJsonStream(bool pretty, Sink sink)
    : impl_(std::make_unique<Impl>(pretty, std::move(sink))) {}

BriefJsonStream::~BriefJsonStream() = default;

void BriefJsonStream::Add(std::string_view story) {
  JsonWriter& w = impl_->w;
  w.Raw("");  // the separator before the story
  impl_->sink(std::string_view(w.out()));
  w.out().clear();
  impl_->sink(story);
}

void BriefJsonStream::Finish() {
  JsonWriter& w = impl_->w;
  w.EndArray();
  w.EndObject();
  impl_->sink(std::string_view(w.out()));
  w.out().clear();
}

std::string JoinBriefJson(const std::vector<std::string>& stories,
                          bool pretty) {
  size_t bytes = 64;
  for (const std::string& s : stories) bytes += s.size() + 16;
  std::string out;
  out.reserve(bytes);
  BriefJsonStream stream(pretty,
                         [&out](std::string_view piece) { out.append(piece); });
  for (const std::string& s : stories) stream.Add(s);
  stream.Finish();
  return out;
}

std::string BriefToJson(const std::vector<StoryBrief>& briefs, bool pretty) {
  std::vector<std::string> stories;
  for (const StoryBrief& b : briefs) stories.push_back(StoryToJson(b, pretty));
  return JoinBriefJson(stories, pretty);
}

}  // namespace newsfuse
