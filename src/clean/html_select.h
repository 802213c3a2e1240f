// Choosing the article body among the text blocks of a page.
//
// SelectMainBlocks scores candidate containers readability-style (text
// length, commas, paragraph count, link density, class/id hints), prefers an
// itemprop=articleBody / article-body / <article> container when it holds
// most of that text, adds siblings that read as continuation, and marks the
// blocks inside as main unless they are negative-classed, link-dense, titles,
// captions or short boilerplate lines. Every other block gets a reason.
//
// Thread safety: reentrant. Errors: returns false when the page has no
// article body (no main block).
#ifndef NEWSFUSE_CLEAN_HTML_SELECT_H_
#define NEWSFUSE_CLEAN_HTML_SELECT_H_

#include "clean/html_dom.h"

namespace newsfuse {

bool SelectMainBlocks(HtmlPage* page);

}  // namespace newsfuse

#endif  // NEWSFUSE_CLEAN_HTML_SELECT_H_
