// Helpers shared by the Markdown and HTML briefs.
#ifndef NEWSFUSE_REPORT_BRIEF_TEXT_H_
#define NEWSFUSE_REPORT_BRIEF_TEXT_H_

#include <string>
#include <vector>

#include "newsfuse/brief.h"

namespace newsfuse::report_internal {

// 1-based citation number of each article id, in story order.
int CitationNumber(const StoryBrief& b, const std::string& article_id);

// "Outlet" or, when empty, the article's file name.
std::string OutletName(const Article& a);

// The story's headline: the title of its most corroborated article, or the
// first summary sentence.
std::string StoryHeadline(const StoryBrief& b);

// "5 articles, 5 outlets, 4 independent origins"
std::string StoryCounts(const StoryBrief& b);

}  // namespace newsfuse::report_internal

#endif  // NEWSFUSE_REPORT_BRIEF_TEXT_H_
