// An HTML page parsed by libxml2 and cut into text blocks.
//
//   HtmlPage page;
//   Status s = ParseHtmlPage(html, &page);
//
// Every element that can hold text gets an HtmlElement (document order,
// with its parent and the range of blocks inside it); every run of text
// between block-level boundaries (and <br>) becomes an HtmlBlock whose
// TextBlock map points into `html`. Text under script, style, head,
// noscript, template, svg, select and similar is not turned into blocks.
//
// Ownership: the page's spans and string_views point into `html`, which
// must outlive the page. Thread safety: reentrant; one page per thread.
// Errors: DataError when the page is 2 GiB or larger; a page libxml2
// cannot parse (e.g. empty) yields no blocks.
#ifndef NEWSFUSE_CLEAN_HTML_DOM_H_
#define NEWSFUSE_CLEAN_HTML_DOM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/clean.h"
#include "newsfuse/status.h"

namespace newsfuse {

struct HtmlElement {
  int parent = -1;           // index in HtmlPage::elements, -1 for a root
  std::string tag;           // lower-case name
  std::string names;         // class and id attributes, space-separated
  uint16_t flags = 0;        // ElementFlag bits of this element alone
  uint32_t first_block = 0;  // blocks [first_block, end_block) lie inside
  uint32_t end_block = 0;
  uint32_t end_element = 0;  // elements (index, end_element) lie inside
};

struct HtmlBlock {
  TextBlock block;
  int owner = -1;           // nearest block-level element holding the text
  int leaf = -1;            // innermost element around its first text
  uint32_t link_chars = 0;  // bytes of text inside <a>
  uint16_t flags = 0;       // union of the flags of all its ancestors
};

struct HtmlPage {
  std::vector<HtmlElement> elements;
  std::vector<HtmlBlock> blocks;
  std::vector<std::string> json_ld;  // bodies of ld+json scripts
  uint32_t aligned_nodes = 0;        // text nodes aligned exactly
  uint32_t fallback_nodes = 0;       // text nodes aligned by fallback
};

// The charset a <meta> tag in the first bytes declares, lower-case, or "".
std::string SniffCharset(std::string_view html);

Status ParseHtmlPage(std::string_view html, HtmlPage* page);

}  // namespace newsfuse

#endif  // NEWSFUSE_CLEAN_HTML_DOM_H_
