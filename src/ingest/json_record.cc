#include "ingest/json_record.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "ingest/json_string.h"
#include "ingest/record.h"
#include "newsfuse/timestamp.h"
#include "newsfuse/unicode.h"

namespace newsfuse::ingest {
namespace {

namespace od = simdjson::ondemand;

constexpr std::array<std::string_view, 6> kBodyKeys = {
    "text", "maintext", "body", "content", "article", "articleBody"};
constexpr std::array<std::string_view, 3> kTitleKeys = {"title", "title_page",
                                                        "title_rss"};
constexpr std::array<std::string_view, 5> kOutletKeys = {
    "outlet", "source_domain", "source", "publisher", "site_name"};
constexpr std::array<std::string_view, 6> kDateKeys = {
    "date_publish",  "published", "date",
    "datePublished", "pubDate",   "published_at"};

template <size_t N>
int Rank(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (size_t i = 0; i < N; ++i) {
    if (keys[i] == key) return static_cast<int>(i);
  }
  return -1;
}

// The values found in one record, by rank of the key they came from.
struct Found {
  bool body_field = false;
  int body_rank = -1;
  std::string body;
  OffsetMap body_map;
  std::array<std::string, kTitleKeys.size()> titles;
  std::array<std::string, kTitleKeys.size()> raw_titles;  // uncollapsed
  std::array<OffsetMap, kTitleKeys.size()> title_maps;
  std::array<std::string, kOutletKeys.size()> outlets;
  std::array<std::string, kDateKeys.size()> dates;
  std::string url, language;
  std::vector<std::string> authors;
};

// Reads values of one record; offsets of tokens in the padded copy are
// offsets in `original`.
class ValueReader {
 public:
  ValueReader(std::string_view original, const char* base)
      : original_(original), base_(base) {}

  // Decodes a string value; false when `v` is not a string.
  bool String(od::value v, std::string* out, OffsetMap* map) {
    od::json_type type;
    if (v.type().get(type) || type != od::json_type::string) return false;
    std::string_view token = v.raw_json_token();
    size_t at = static_cast<size_t>(token.data() - base_);
    return DecodeJsonString(original_, at, out, map) != std::string_view::npos;
  }
  std::string String(od::value v) {
    std::string out;
    OffsetMap unused;
    if (!String(v, &out, &unused)) out.clear();
    return CollapseSpace(out);
  }

  // A string, or the "name" of an object ({"name": "Reuters"}).
  std::string Name(od::value v) {
    od::json_type type;
    if (v.type().get(type)) return "";
    if (type == od::json_type::string) return String(v);
    if (type != od::json_type::object) return "";
    od::object object;
    if (v.get_object().get(object)) return "";
    for (auto result : object) {
      od::field field;
      std::string_view key;
      if (std::move(result).get(field) || field.unescaped_key().get(key))
        return "";
      if (key == "name") return String(field.value());
    }
    return "";
  }

  // A name, or an array of names.
  void Names(od::value v, std::vector<std::string>* out) {
    od::json_type type;
    if (v.type().get(type)) return;
    if (type != od::json_type::array) {
      if (std::string name = Name(v); !name.empty()) out->push_back(name);
      return;
    }
    od::array array;
    if (v.get_array().get(array)) return;
    for (auto element : array) {
      od::value item;
      if (std::move(element).get(item)) return;
      if (std::string name = Name(item); !name.empty()) out->push_back(name);
    }
  }

 private:
  std::string_view original_;
  const char* base_;
};

void ReadField(std::string_view key, od::value v, ValueReader* r, Found* f) {
  if (int rank = Rank(kBodyKeys, key); rank >= 0) {
    f->body_field = true;
    if (f->body_rank >= 0 && f->body_rank < rank) return;
    std::string body;
    OffsetMap map;
    if (r->String(v, &body, &map) && !TrimSpace(body).empty()) {
      f->body_rank = rank;
      f->body = std::move(body);
      f->body_map = std::move(map);
    }
  } else if (int t = Rank(kTitleKeys, key); t >= 0) {
    if (r->String(v, &f->raw_titles[t], &f->title_maps[t])) {
      f->titles[t] = CollapseSpace(f->raw_titles[t]);
    }
  } else if (int o = Rank(kOutletKeys, key); o >= 0) {
    f->outlets[o] = r->Name(v);
  } else if (int d = Rank(kDateKeys, key); d >= 0) {
    f->dates[d] = r->String(v);
  } else if (key == "url") {
    f->url = r->String(v);
  } else if (key == "language" || key == "lang") {
    if (f->language.empty()) f->language = r->String(v);
  } else if (key == "authors" || key == "author") {
    if (f->authors.empty()) r->Names(v, &f->authors);
  }
}

template <size_t N>
std::string FirstNonEmpty(const std::array<std::string, N>& values) {
  for (const std::string& v : values) {
    if (!v.empty()) return v;
  }
  return "";
}

void Store(Found* f, Article* a, std::string* outlet) {
  a->body = std::move(f->body);
  a->body_map = std::move(f->body_map);
  a->title = FirstNonEmpty(f->titles);
  // A record whose only text is its title (ECB+ has one-sentence documents
  // stored so) keeps the title as its body, mapped to the title's bytes.
  for (size_t t = 0; a->body.empty() && t < kTitleKeys.size(); ++t) {
    if (TrimSpace(f->raw_titles[t]).empty()) continue;
    a->body = std::move(f->raw_titles[t]);
    a->body_map = std::move(f->title_maps[t]);
  }
  a->url = std::move(f->url);
  a->language = std::move(f->language);
  a->authors = std::move(f->authors);
  *outlet = FirstNonEmpty(f->outlets);
  for (const std::string& d : f->dates) {
    if (d.empty()) continue;
    a->published = ParseTimestamp(d);
    if (a->published) break;
  }
}

}  // namespace

std::string ParsableJson(std::string_view json) {
  std::string out(json);
  if (out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.replace(0, 3, "   ");
  for (size_t i = AsciiRunEnd(out, 0); i < out.size();
       i = AsciiRunEnd(out, i)) {
    size_t next = i;
    char32_t c = DecodeUtf8(out, &next);
    if (c == 0xFFFD && out.compare(i, 3, "\xEF\xBF\xBD") != 0) {
      for (size_t j = i; j < next; ++j) out[j] = '?';
    }
    i = next;
  }
  return out;
}

size_t JsonValueEnd(std::string_view json, size_t pos) {
  if (pos >= json.size()) return json.size();
  char first = json[pos];
  if (first != '"' && first != '{' && first != '[') {  // a scalar
    size_t end = json.find_first_of(",]} \t\r\n", pos);
    return end == std::string_view::npos ? json.size() : end;
  }
  int depth = 0;
  bool in_string = false;
  for (size_t i = pos; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
        if (depth == 0) return i + 1;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return i + 1;
    }
  }
  return json.size();
}

std::string JsonRecordParser::Validate(std::string_view json,
                                       simdjson::dom::element* root) {
  padded_ = simdjson::padded_string(ParsableJson(json));
  if (padded_.data() == nullptr && json.size() > 0) return "out of memory";
  auto error = dom_.parse(padded_).get(*root);
  if (error) {
    return std::string("malformed JSON (") + simdjson::error_message(error) +
           ")";
  }
  return "";
}

void JsonRecordParser::ReleaseLarge() {
  constexpr size_t kKeep = 8 << 10;
  if (padded_.size() <= kKeep) return;
  dom_ = simdjson::dom::parser();
  ondemand_ = simdjson::ondemand::parser();
  padded_ = simdjson::padded_string();
}

RecordOutcome JsonRecordParser::Parse(Article* article, std::string* outlet,
                                      std::string* problem) {
  simdjson::dom::element root;
  *problem = Validate(article->original, &root);
  if (!problem->empty()) return RecordOutcome::kError;
  if (!root.is_object()) {
    *problem = "JSON value is not an object";
    return RecordOutcome::kNoBody;
  }
  od::document doc;
  od::object object;
  if (ondemand_.iterate(padded_).get(doc) || doc.get_object().get(object)) {
    *problem = "JSON value is not an object";
    return RecordOutcome::kError;
  }
  ValueReader reader(article->original, padded_.data());
  Found found;
  for (auto result : object) {
    od::field field;
    std::string_view key;
    if (std::move(result).get(field) || field.unescaped_key().get(key)) break;
    ReadField(key, field.value(), &reader, &found);
  }
  if (!found.body_field) {
    *problem =
        "JSON object has no body field (text, maintext, body, "
        "content, article or articleBody)";
    return RecordOutcome::kNoBody;
  }
  Store(&found, article, outlet);
  if (article->body.empty() && article->title.empty()) {
    *problem = "empty article (no body text and no title)";
    return RecordOutcome::kError;
  }
  return RecordOutcome::kArticle;
}

}  // namespace newsfuse::ingest
