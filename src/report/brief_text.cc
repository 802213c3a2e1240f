#include "report/brief_text.h"

#include <set>

namespace newsfuse::report_internal {

int CitationNumber(const StoryBrief& b, const std::string& article_id) {
  for (size_t i = 0; i < b.articles.size(); ++i) {
    if (b.articles[i]->id == article_id) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::string OutletName(const Article& a) {
  if (!a.outlet.empty()) return a.outlet;
  size_t slash = a.path.find_last_of('/');
  return slash == std::string::npos ? a.path : a.path.substr(slash + 1);
}

std::string StoryHeadline(const StoryBrief& b) {
  size_t best = b.articles.size();
  size_t best_facts = 0;
  for (size_t i = 0; i < b.articles.size(); ++i) {
    const Article& a = *b.articles[i];
    auto it = b.coverage.find(a.id);
    size_t facts = it == b.coverage.end() ? 0 : it->second.size();
    if (!a.title.empty() && (best == b.articles.size() || facts > best_facts)) {
      best = i;
      best_facts = facts;
    }
  }
  if (best < b.articles.size()) return b.articles[best]->title;
  if (!b.summary.empty()) return b.summary.front().text;
  return b.story.id;
}

std::string StoryCounts(const StoryBrief& b) {
  std::set<std::string> outlets, origins(b.origins.begin(), b.origins.end());
  for (const Article* a : b.articles) outlets.insert(OutletName(*a));
  auto n = [](size_t k, const char* one, const char* many) {
    return std::to_string(k) + " " + (k == 1 ? one : many);
  };
  return n(b.articles.size(), "article", "articles") + ", " +
         n(outlets.size(), "outlet", "outlets") + ", " +
         n(origins.size(), "independent origin", "independent origins");
}

}  // namespace newsfuse::report_internal
