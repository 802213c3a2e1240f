#include "ingest/record.h"

#include <cctype>
#include <string>
#include <utility>

namespace newsfuse::ingest {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsKnownExtension(std::string_view ext) {
  static constexpr std::string_view kKnown[] = {
      "gz",  "txt",   "text", "md",    "markdown", "html",
      "htm", "xhtml", "json", "jsonl", "ndjson"};
  for (std::string_view k : kKnown) {
    if (ext == k) return true;
  }
  return false;
}

std::string_view BaseName(std::string_view path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

void Input::Fail(StatusCode code, uint32_t line,
                 std::string_view problem) const {
  std::string message = Where(path, line);
  message += ": ";
  message += problem;
  (*fn)(Status(code, std::move(message)));
}

void Input::Emit(Article article) const {
  if (!article.published) article.published = options->published;
  (*fn)(std::move(article));
}

std::string Where(std::string_view path, uint32_t line) {
  std::string out(path);
  if (line > 0) {
    out.push_back(':');
    out += std::to_string(line);
  }
  return out;
}

Article NewArticle(const Input& in, uint32_t record, uint32_t line,
                   Format format, std::string original) {
  Article a;
  a.id = MakeArticleId(in.path, record);
  a.path = std::string(in.path);
  a.record = record;
  a.line = line;
  a.format = format;
  a.original = std::move(original);
  return a;
}

void SetOutlet(const Input& in, std::string_view found, Article* article) {
  if (!in.options->outlet.empty()) {
    article->outlet = in.options->outlet;
  } else if (std::string host = UrlHost(found); !host.empty()) {
    article->outlet = std::move(host);  // a site name given as a URL
  } else if (!TrimSpace(found).empty()) {
    article->outlet = CollapseSpace(found);
  } else if (std::string host = UrlHost(article->url); !host.empty()) {
    article->outlet = std::move(host);
  } else {
    article->outlet = FileStem(in.path);
  }
}

std::string FileStem(std::string_view path) {
  if (path == "-") return "";
  std::string_view name = BaseName(path);
  while (true) {
    size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) break;
    if (!IsKnownExtension(Lower(name.substr(dot + 1)))) break;
    name = name.substr(0, dot);
  }
  return std::string(name);
}

std::string Extension(std::string_view path) {
  std::string name = Lower(BaseName(path));
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) {
    name.resize(name.size() - 3);
  }
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return "";
  return name.substr(dot + 1);
}

std::string UrlHost(std::string_view url) {
  url = TrimSpace(url);
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  } else if (url.substr(0, 2) == "//") {
    url.remove_prefix(2);
  } else {
    return "";
  }
  url = url.substr(0, url.find_first_of("/?#"));
  size_t at = url.rfind('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  std::string host = Lower(url);
  if (host.compare(0, 4, "www.") == 0) host.erase(0, 4);
  return host;
}

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : TrimSpace(s)) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace newsfuse::ingest
