// What an element's tag, class, id, role and itemprop say about its content.
//
// Thread safety: all functions are reentrant. Errors: none.
#ifndef NEWSFUSE_CLEAN_HTML_PATTERNS_H_
#define NEWSFUSE_CLEAN_HTML_PATTERNS_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "newsfuse/article.h"

namespace newsfuse {

// Bits of HtmlElement::flags.
enum ElementFlag : uint16_t {
  kFlagBoilerplate = 1 << 0,  // navigation, comments, related, ads, cookie...
  kFlagShare = 1 << 1,        // share bars, social widgets
  kFlagByline = 1 << 2,       // author lines and boxes
  kFlagCaption = 1 << 3,      // figure captions, image credits
  kFlagDropTag = 1 << 4,      // nav, header, footer, aside, form, button...
  kFlagPositive = 1 << 5,     // class/id names an article or content body
  kFlagBodyHint = 1 << 6,     // itemprop=articleBody or an article-body class
  kFlagArticle = 1 << 7,      // <article> or <main>
  kFlagHidden = 1 << 8,       // hidden, aria-hidden or display:none
  kFlagBlock = 1 << 9,        // a block-level element (owns text blocks)
  kFlagLink = 1 << 10,        // <a>
  kFlagTitle = 1 << 11,       // <h1>
};

constexpr uint16_t kFlagNegative = kFlagBoilerplate | kFlagShare | kFlagByline |
                                   kFlagCaption | kFlagDropTag | kFlagHidden;

// What the page's HTML parser should do with an element's subtree.
enum class TagAction { kKeep, kSkip, kIgnore };

// kIgnore: script/style (never aligned); kSkip: aligned but not text blocks
// (head, noscript, template, svg, select...); kKeep: everything else.
TagAction ActionForTag(std::string_view tag);

// Flags from the tag name alone (block level, drop tags, links, headings).
uint16_t TagFlags(std::string_view tag);

// Flags from the attributes; `names` is class and id joined by a space.
uint16_t AttributeFlags(std::string_view names, std::string_view role,
                        std::string_view itemprop, std::string_view style,
                        bool hidden);

// The reason a block under an element with `flags` is set aside.
DropReason ReasonForFlags(uint16_t flags);

// Why a short line inside the body is boilerplate ("Advertisement",
// "Share this article", "By Jane Doe"), or nullopt.
std::optional<DropReason> BoilerplateLine(std::string_view text);

}  // namespace newsfuse

#endif  // NEWSFUSE_CLEAN_HTML_PATTERNS_H_
