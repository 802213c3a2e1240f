#include "ingest/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <string>
#include <utility>

#include "newsfuse/timestamp.h"

namespace newsfuse::ingest {
namespace {

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                              HTML_PARSE_NOWARNING | HTML_PARSE_NONET;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool HasName(const xmlNode* n, const char* name) {
  return n->name != nullptr &&
         Lower(reinterpret_cast<const char*>(n->name)) == name;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return "";
  std::string out = CollapseSpace(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string Text(const xmlNode* n, bool collapse = true) {
  xmlChar* v = xmlNodeGetContent(n);
  if (v == nullptr) return "";
  std::string out = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return collapse ? CollapseSpace(out) : out;
}

// The charset a page declares in its first bytes ("<meta charset=...>" or
// "content=text/html; charset=..."), lower-case, or "".
std::string DeclaredCharset(std::string_view html) {
  std::string head = Lower(html.substr(0, 4096));
  size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'')) ++at;
  size_t end = at;
  while (end < head.size() &&
         (std::isalnum(static_cast<unsigned char>(head[end])) ||
          head[end] == '-' || head[end] == '_' || head[end] == ':' ||
          head[end] == '.')) {
    ++end;
  }
  return head.substr(at, end - at);
}

htmlDocPtr ParseDocument(std::string_view html) {
  static const bool initialized = [] {
    xmlInitParser();
    return true;
  }();
  (void)initialized;
  int size = static_cast<int>(std::min<size_t>(html.size(), INT_MAX));
  std::string charset = DeclaredCharset(html);
  if (charset.empty() || charset == "utf8") charset = "utf-8";
  htmlDocPtr doc = htmlReadMemory(html.data(), size, nullptr, charset.c_str(),
                                  kParseOptions);
  if (doc == nullptr && charset != "utf-8") {
    doc = htmlReadMemory(html.data(), size, nullptr, "utf-8", kParseOptions);
  }
  return doc;
}

// The next node after `n` in document order.
const xmlNode* NextNode(const xmlNode* n) {
  if (n->type == XML_ELEMENT_NODE && n->children != nullptr) {
    return n->children;
  }
  while (n != nullptr) {
    if (n->next != nullptr) return n->next;
    n = n->parent;
    if (n != nullptr && n->type != XML_ELEMENT_NODE) return nullptr;
  }
  return nullptr;
}

bool IsUrl(std::string_view s) {
  return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://" ||
         s.substr(0, 2) == "//";
}

void SetOnce(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

void ReadMetaProperty(const std::string& key, std::string content,
                      HtmlMetadata* m) {
  if (key == "og:title")
    SetOnce(&m->og_title, std::move(content));
  else if (key == "og:site_name")
    SetOnce(&m->site_name, std::move(content));
  else if (key == "og:url")
    SetOnce(&m->og_url, std::move(content));
  else if (key == "og:locale")
    SetOnce(&m->og_locale, std::move(content));
  else if (key == "article:published_time")
    SetOnce(&m->published_time, std::move(content));
  else if (key == "article:author" && !IsUrl(content) && !content.empty())
    m->meta_authors.push_back(std::move(content));
}

void ReadMeta(const xmlNode* n, HtmlMetadata* m) {
  std::string content = Attr(n, "content");
  std::string property = Lower(Attr(n, "property"));
  std::string name = Lower(Attr(n, "name"));
  if (!property.empty()) ReadMetaProperty(property, content, m);
  if (name.compare(0, 3, "og:") == 0 || name.compare(0, 8, "article:") == 0) {
    ReadMetaProperty(name, content, m);
  } else if (name == "application-name") {
    SetOnce(&m->application_name, content);
  } else if (name == "author" && !content.empty() && !IsUrl(content)) {
    m->meta_authors.push_back(content);
  } else if (name == "date" || name == "pubdate" || name == "publishdate" ||
             name == "dc.date" || name == "dc.date.issued") {
    SetOnce(&m->meta_date, content);
  }
  if (Lower(Attr(n, "http-equiv")) == "content-language") {
    SetOnce(&m->content_language, content);
  }
}

void ReadElement(const xmlNode* n, HtmlMetadata* m) {
  if (HasName(n, "meta")) {
    ReadMeta(n, m);
  } else if (HasName(n, "html")) {
    SetOnce(&m->lang, Attr(n, "lang"));
  } else if (HasName(n, "title")) {
    if (n->parent == nullptr || !HasName(n->parent, "svg")) {
      SetOnce(&m->title_tag, Text(n));
    }
  } else if (HasName(n, "h1")) {
    SetOnce(&m->h1, Text(n));
  } else if (HasName(n, "link")) {
    if (Lower(Attr(n, "rel")) == "canonical") {
      SetOnce(&m->canonical, Attr(n, "href"));
    }
  } else if (HasName(n, "time")) {
    SetOnce(&m->time_datetime, Attr(n, "datetime"));
  } else if (HasName(n, "script")) {
    if (Lower(Attr(n, "type")) == "application/ld+json") {
      ReadJsonLd(Text(n, /*collapse=*/false), m);
    }
  }
}

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         Lower(s.substr(s.size() - suffix.size())) == Lower(suffix);
}

// "Headline | Site" -> "Headline" when `site` is the site's name.
std::string StripSiteSuffix(std::string title, std::string_view site) {
  if (site.empty()) return title;
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                               " :: ", " \xC2\xB7 "}) {
    std::string suffix = std::string(sep) + std::string(site);
    if (title.size() > suffix.size() && EndsWithIgnoringCase(title, suffix)) {
      return std::string(
          TrimSpace(title.substr(0, title.size() - suffix.size())));
    }
  }
  return title;
}

std::string FirstOf(std::initializer_list<const std::string*> values) {
  for (const std::string* v : values) {
    if (!v->empty()) return *v;
  }
  return "";
}

void AddAuthors(const std::vector<std::string>& names, Article* a) {
  for (const std::string& name : names) {
    std::string clean = CollapseSpace(name);
    if (clean.empty()) continue;
    if (std::find(a->authors.begin(), a->authors.end(), clean) ==
        a->authors.end()) {
      a->authors.push_back(std::move(clean));
    }
  }
}

std::string Language(const HtmlMetadata& m) {
  std::string lang = FirstOf({&m.lang, &m.og_locale});
  if (lang.empty()) {
    lang = m.content_language.substr(0, m.content_language.find(','));
  }
  std::replace(lang.begin(), lang.end(), '_', '-');
  return std::string(TrimSpace(lang));
}

void ApplyMetadata(const HtmlMetadata& m, Article* a, std::string* outlet) {
  *outlet = FirstOf({&m.site_name, &m.application_name, &m.ld_publisher});
  std::string site = FirstOf({&m.site_name, &m.application_name});
  a->title = StripSiteSuffix(
      FirstOf({&m.og_title, &m.ld_headline, &m.title_tag}), site);
  if (a->title.empty()) a->title = m.h1;
  a->url = FirstOf({&m.og_url, &m.canonical});
  for (const std::string* d :
       {&m.published_time, &m.ld_date, &m.meta_date, &m.time_datetime}) {
    if (d->empty()) continue;
    a->published = ParseTimestamp(*d);
    if (a->published) break;
  }
  AddAuthors(m.meta_authors, a);
  AddAuthors(m.ld_authors, a);
  a->language = Language(m);
}

}  // namespace

HtmlMetadata ParseHtmlMetadata(std::string_view html) {
  HtmlMetadata meta;
  htmlDocPtr doc = ParseDocument(html);
  if (doc == nullptr) return meta;
  for (const xmlNode* n = doc->children; n != nullptr; n = NextNode(n)) {
    if (n->type == XML_ELEMENT_NODE) ReadElement(n, &meta);
  }
  xmlFreeDoc(doc);
  return meta;
}

void ReadHtml(const Input& in, std::string bytes) {
  HtmlMetadata meta = ParseHtmlMetadata(bytes);
  Article article = NewArticle(in, 0, 0, Format::kHtml, std::move(bytes));
  std::string outlet;
  ApplyMetadata(meta, &article, &outlet);
  SetOutlet(in, outlet, &article);
  in.Emit(std::move(article));
}

}  // namespace newsfuse::ingest
