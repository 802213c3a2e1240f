#include <nlohmann/json.hpp>

#include "newsfuse/report.h"
#include "newsfuse/unicode.h"

namespace newsfuse {
namespace {

using nlohmann::json;

// Spans in the output count bytes of the whole input file, so a JSONL
// record's spans are shifted by the record's offset.
json SpanJson(Span s, uint64_t offset) {
  return json::array({s.begin + offset, s.end + offset});
}

// Metadata comes from the input unrepaired; JSON output must be valid UTF-8.
std::string Valid(const std::string& s) {
  return IsValidUtf8(s) ? s : NormalizeUtf8(s).text;
}

std::string_view TokenKindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "word";
}

json Metadata(const Article& a) {
  json authors = json::array();
  for (const std::string& s : a.authors) authors.push_back(Valid(s));
  return json{
      {"schema", kArticleSchema},
      {"id", a.id},
      {"path", Valid(a.path)},
      {"record", a.record},
      {"line", a.line},
      {"format", FormatName(a.format)},
      {"outlet", Valid(a.outlet)},
      {"url", Valid(a.url)},
      {"title", Valid(a.title)},
      {"authors", std::move(authors)},
      {"published",
       a.published ? json(a.published->ToIso8601()) : json(nullptr)},
      {"language", Valid(a.language)},
      {"bytes", a.original.size()},
  };
}

json Paragraphs(const Article& a) {
  json out = json::array();
  for (const Paragraph& p : a.paragraphs) {
    out.push_back({{"span", SpanJson(p.original, a.offset)},
                   {"text_span", SpanJson(p.text, 0)}});
  }
  return out;
}

json Sentences(const Article& a) {
  json out = json::array();
  for (const Sentence& s : a.sentences) {
    out.push_back({{"text", std::string(a.SentenceText(s))},
                   {"span", SpanJson(s.original, a.offset)},
                   {"text_span", SpanJson(s.text, 0)},
                   {"paragraph", s.paragraph},
                   {"tokens", json::array({s.first_token, s.token_count})}});
  }
  return out;
}

// Entity mentions: spans in input bytes, the name as written, its type, the
// role given with it and whether it is a role description.
json Entities(const Article& a) {
  json out = json::array();
  for (const EntityMention& m : a.entities) {
    out.push_back({{"span", SpanJson(m.original, a.offset)},
                   {"text", std::string(m.text.In(a.text))},
                   {"type", EntityTypeName(m.type)},
                   {"role", m.role},
                   {"description", m.description},
                   {"sentence", m.sentence}});
  }
  return out;
}

json Tokens(const Article& a) {
  json out = json::array();
  for (const Token& t : a.tokens) {
    out.push_back({{"text", std::string(t.text.In(a.text))},
                   {"span", SpanJson(t.original, a.offset)},
                   {"kind", TokenKindName(t.kind)},
                   {"norm", t.norm},
                   {"stem", t.stem},
                   {"stop", t.stop}});
  }
  return out;
}

json Dropped(const Article& a) {
  json out = json::array();
  for (const DroppedLine& d : a.dropped) {
    out.push_back({{"text", Valid(d.text)},
                   {"reason", DropReasonName(d.reason)},
                   {"span", SpanJson(d.original, a.offset)}});
  }
  return out;
}

// Quotes: spans in input bytes; a speaker that was not found is null.
json Quotes(const Article& a) {
  json out = json::array();
  for (const Quote& q : a.quotes) {
    bool has_span = !q.speaker.empty() && !q.speaker_text.empty();
    out.push_back(
        {{"span", SpanJson(q.original, a.offset)},
         {"text", std::string(q.text.In(a.text))},
         {"speaker", q.speaker.empty() ? json(nullptr) : json(q.speaker)},
         {"speaker_span",
          has_span ? SpanJson(a.text_map.ToOriginal(q.speaker_text), a.offset)
                   : json(nullptr)},
         {"cue", q.cue},
         {"partial", q.partial},
         {"unclosed", q.unclosed},
         {"sentences", json::array({q.first_sentence, q.last_sentence})}});
  }
  return out;
}

json Times(const Article& a) {
  json out = json::array();
  for (const TimeExpression& t : a.times) {
    json j = {{"span", SpanJson(t.original, a.offset)},
              {"text", std::string(t.text.In(a.text))},
              {"type", TimeTypeName(t.type)},
              {"value", t.value.empty() ? json(nullptr) : json(t.value)},
              {"sentence", t.sentence},
              {"relative", t.relative}};
    j["day_offset"] = t.day_offset ? json(*t.day_offset) : json(nullptr);
    j["weekday"] = t.weekday.empty() ? json(nullptr) : json(t.weekday);
    j["time"] = t.time.empty() ? json(nullptr) : json(t.time);
    j["tz"] = t.tz.empty() ? json(nullptr) : json(t.tz);
    out.push_back(std::move(j));
  }
  return out;
}

json Quantities(const Article& a) {
  json out = json::array();
  for (const Quantity& q : a.quantities) {
    out.push_back({{"span", SpanJson(q.original, a.offset)},
                   {"text", std::string(q.text.In(a.text))},
                   {"low", q.low ? json(*q.low) : json(nullptr)},
                   {"high", q.high ? json(*q.high) : json(nullptr)},
                   {"qualifier", q.qualifier},
                   {"unit", q.unit},
                   {"counted", q.counted},
                   {"each", q.each},
                   {"unresolved", q.unresolved},
                   {"sentence", q.sentence}});
  }
  return out;
}

}  // namespace

std::string ArticleToJson(const Article& a, const ArticleJsonOptions& opts) {
  json j = Metadata(a);
  j["text"] = a.text;
  j["paragraphs"] = Paragraphs(a);
  j["sentences"] = Sentences(a);
  j["entities"] = Entities(a);
  if (opts.tokens) j["tokens"] = Tokens(a);
  j["quotes"] = Quotes(a);
  j["times"] = Times(a);
  j["quantities"] = Quantities(a);
  j["dropped"] = Dropped(a);
  j["warnings"] = a.warnings;
  return j.dump(opts.pretty ? 2 : -1, ' ', false,
                json::error_handler_t::replace);
}

}  // namespace newsfuse
