// JSON-LD (schema.org) metadata of HTML pages.
#include <simdjson.h>

#include <string>
#include <string_view>

#include "ingest/html_reader.h"
#include "ingest/json_record.h"

namespace newsfuse::ingest {
namespace {

namespace dom = simdjson::dom;

constexpr int kMaxDepth = 8;

bool IsArticleTypeName(std::string_view type) {
  if (type.substr(0, 7) == "schema:") type.remove_prefix(7);
  constexpr std::string_view kSuffix = "NewsArticle";
  return type == "Article" || type == "BlogPosting" ||
         (type.size() >= kSuffix.size() &&
          type.substr(type.size() - kSuffix.size()) == kSuffix);
}

// "@type" is a string or an array of strings.
bool IsArticle(dom::object object) {
  dom::element type;
  if (object["@type"].get(type)) return false;
  std::string_view name;
  if (!type.get_string().get(name)) return IsArticleTypeName(name);
  dom::array names;
  if (type.get_array().get(names)) return false;
  for (dom::element e : names) {
    if (!e.get_string().get(name) && IsArticleTypeName(name)) return true;
  }
  return false;
}

// The first article object in `e`, searching arrays and "@graph".
bool FindArticle(dom::element e, int depth, dom::object* out) {
  if (depth > kMaxDepth) return false;
  dom::array array;
  if (!e.get_array().get(array)) {
    for (dom::element item : array) {
      if (FindArticle(item, depth + 1, out)) return true;
    }
    return false;
  }
  dom::object object;
  if (e.get_object().get(object)) return false;
  if (IsArticle(object)) {
    *out = object;
    return true;
  }
  dom::element graph;
  return !object["@graph"].get(graph) && FindArticle(graph, depth + 1, out);
}

std::string String(dom::element e) {
  std::string_view s;
  if (e.get_string().get(s)) return "";
  return std::string(s);
}

// A string, or the "name" of an object.
std::string Name(dom::element e) {
  if (e.is_string()) return String(e);
  dom::element name;
  if (!e.is_object() || e["name"].get(name)) return "";
  return String(name);
}

void Authors(dom::element e, std::vector<std::string>* out) {
  dom::array array;
  if (e.get_array().get(array)) {
    if (std::string name = Name(e); !name.empty()) out->push_back(name);
    return;
  }
  for (dom::element item : array) {
    if (std::string name = Name(item); !name.empty()) out->push_back(name);
  }
}

// JSON-LD blocks are often wrapped in "<!--" / "-->" or CDATA markers.
std::string_view Unwrap(std::string_view s) {
  s = TrimSpace(s);
  for (std::string_view open : {"<!--", "<![CDATA["}) {
    if (s.substr(0, open.size()) == open) s.remove_prefix(open.size());
  }
  s = TrimSpace(s);
  for (std::string_view close : {"-->", "]]>"}) {
    if (s.size() >= close.size() &&
        s.substr(s.size() - close.size()) == close) {
      s.remove_suffix(close.size());
    }
  }
  return TrimSpace(s);
}

}  // namespace

void ReadJsonLd(std::string_view json, HtmlMetadata* meta) {
  dom::parser parser;
  simdjson::padded_string padded(ParsableJson(Unwrap(json)));
  dom::element root;
  if (padded.data() == nullptr || parser.parse(padded).get(root)) return;
  dom::object article;
  if (!FindArticle(root, 0, &article)) return;
  dom::element e;
  if (meta->ld_headline.empty() && !article["headline"].get(e)) {
    meta->ld_headline = CollapseSpace(String(e));
  }
  if (meta->ld_date.empty() && !article["datePublished"].get(e)) {
    meta->ld_date = String(e);
  }
  if (meta->ld_authors.empty() && !article["author"].get(e)) {
    Authors(e, &meta->ld_authors);
  }
  if (meta->ld_publisher.empty() && !article["publisher"].get(e)) {
    meta->ld_publisher = CollapseSpace(Name(e));
  }
}

}  // namespace newsfuse::ingest
