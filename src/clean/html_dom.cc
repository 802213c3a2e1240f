#include "clean/html_dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <climits>
#include <memory>
#include <mutex>

#include "clean/html_align.h"
#include "clean/html_patterns.h"

namespace newsfuse {
namespace {

std::string_view Str(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s))
           : std::string_view();
}

std::string_view AttrValue(const xmlAttr* a) {
  return a->children ? Str(a->children->content) : std::string_view();
}

uint16_t ElementFlags(const xmlNode* node, std::string_view tag,
                      std::string* names_out) {
  std::string& names = *names_out;
  std::string_view role, itemprop, style;
  bool hidden = false;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    std::string_view name = Str(a->name);
    if (name == "class" || name == "id") {
      names += AttrValue(a);
      names += ' ';
    } else if (name == "role") {
      role = AttrValue(a);
    } else if (name == "itemprop") {
      itemprop = AttrValue(a);
    } else if (name == "style") {
      style = AttrValue(a);
    } else if (name == "hidden" ||
               (name == "aria-hidden" && AttrValue(a) == "true")) {
      hidden = true;
    }
  }
  return TagFlags(tag) | AttributeFlags(names, role, itemprop, style, hidden);
}

BlockKind KindOf(const HtmlPage& page, int owner) {
  BlockKind kind = BlockKind::kOther;
  for (int e = owner, up = 0; e >= 0 && up < 6;
       e = page.elements[e].parent, ++up) {
    const std::string& t = page.elements[e].tag;
    if (t == "blockquote") return BlockKind::kQuote;
    if (t == "figcaption" || t == "caption") return BlockKind::kCaption;
    if (up > 0) continue;
    if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') {
      kind = BlockKind::kHeading;
    } else if (t == "li" || t == "dt" || t == "dd") {
      kind = BlockKind::kListItem;
    } else if (t == "p" || t == "div" || t == "section" || t == "article" ||
               t == "main" || t == "body" || t == "center" || t == "font") {
      kind = BlockKind::kParagraph;
    }
  }
  return kind;
}

// Walks the tree in document order without recursion.
class Walker {
 public:
  Walker(std::string_view html, bool utf8, HtmlPage* page)
      : aligner_(html, utf8), builder_(html), page_(page) {}

  void Walk(xmlNode* root);

 private:
  struct Frame {
    int element;
    int prev_owner;
    uint16_t prev_flags;
    bool link;
    bool skip;
  };

  bool Enter(xmlNode* node);  // true to descend into its children
  void Leave();
  void Text(xmlNode* node);
  void Flush();

  HtmlAligner aligner_;
  BlockTextBuilder builder_;
  HtmlPage* page_;
  std::vector<AlignedPiece> pieces_;
  std::vector<Frame> stack_;
  int owner_ = -1;
  uint16_t flags_ = 0;      // inherited flags at the current node
  uint16_t run_flags_ = 0;  // flags of the current run's first text
  int run_leaf_ = -1;       // innermost element around that text
  uint32_t link_chars_ = 0;
  int links_ = 0;
  int skips_ = 0;
};

void Walker::Walk(xmlNode* root) {
  xmlNode* n = root;
  while (n != nullptr) {
    if (Enter(n) && n->children != nullptr) {
      n = n->children;
      continue;
    }
    // n is done: leave it and every ancestor whose last child it closes.
    while (n != nullptr) {
      if (n->type == XML_ELEMENT_NODE) Leave();
      if (n == root) {
        n = nullptr;
      } else if (n->next != nullptr) {
        n = n->next;
        break;
      } else {
        n = n->parent;
      }
    }
  }
  Flush();
}

bool Walker::Enter(xmlNode* node) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    Text(node);
    return false;
  }
  if (node->type != XML_ELEMENT_NODE) return false;
  std::string tag(Str(node->name));
  TagAction action = ActionForTag(tag);
  if (action == TagAction::kIgnore) {
    std::string_view type;
    for (const xmlAttr* a = node->properties; a; a = a->next) {
      if (Str(a->name) == "type") type = AttrValue(a);
    }
    if (type.find("ld+json") != std::string_view::npos) {
      xmlChar* content = xmlNodeGetContent(node);
      if (content) page_->json_ld.emplace_back(Str(content));
      xmlFree(content);
    }
  }
  std::string names;
  uint16_t own = ElementFlags(node, tag, &names);
  if (own & kFlagBlock) Flush();
  int index = static_cast<int>(page_->elements.size());
  int parent = stack_.empty() ? -1 : stack_.back().element;
  page_->elements.push_back({parent, std::move(tag), std::move(names), own,
                             static_cast<uint32_t>(page_->blocks.size()), 0,
                             0});
  bool skip = action != TagAction::kKeep;
  bool link = own & kFlagLink;
  stack_.push_back({index, owner_, flags_, link, skip});
  flags_ |= own & ~(kFlagBlock | kFlagLink);
  if (own & kFlagBlock) owner_ = index;
  if (link) ++links_;
  if (skip) ++skips_;
  if (page_->elements[index].tag == "br") Flush();
  return action != TagAction::kIgnore;
}

void Walker::Leave() {
  if (stack_.empty()) return;
  Frame f = stack_.back();
  stack_.pop_back();
  HtmlElement& e = page_->elements[f.element];
  if (e.flags & kFlagBlock) Flush();
  e.end_block = static_cast<uint32_t>(page_->blocks.size()) +
                (builder_.empty() ? 0 : 1);  // the open run holds it too
  e.end_element = static_cast<uint32_t>(page_->elements.size());
  owner_ = f.prev_owner;
  flags_ = f.prev_flags;
  if (f.link) --links_;
  if (f.skip) --skips_;
}

void Walker::Text(xmlNode* node) {
  std::string_view content = Str(node->content);
  pieces_.clear();
  if (aligner_.Align(content, &pieces_)) {
    ++page_->aligned_nodes;
  } else {
    ++page_->fallback_nodes;
  }
  if (skips_ > 0) return;
  if (builder_.empty()) {
    run_flags_ = flags_;
    run_leaf_ = stack_.empty() ? -1 : stack_.back().element;
  }
  size_t before = builder_.size();
  builder_.Append(content, pieces_);
  if (links_ > 0) link_chars_ += builder_.size() - before;
}

void Walker::Flush() {
  if (builder_.empty()) return;
  HtmlBlock b;
  builder_.Finish(&b.block);
  b.owner = owner_;
  b.link_chars = std::min<uint32_t>(link_chars_, b.block.text.size());
  b.flags = run_flags_;
  b.leaf = run_leaf_;
  b.block.kind = owner_ >= 0 ? KindOf(*page_, owner_) : BlockKind::kOther;
  link_chars_ = 0;
  page_->blocks.push_back(std::move(b));
}

}  // namespace

std::string SniffCharset(std::string_view html) {
  std::string head(html.substr(0, 8192));
  for (char& c : head) {
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
  }
  for (size_t at = head.find("charset"); at != std::string::npos;
       at = head.find("charset", at + 1)) {
    size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' ||
                               head[i] == '"' || head[i] == '\''))
      ++i;
    size_t j = i;
    while (j < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[j])) ||
            head[j] == '-' || head[j] == '_'))
      ++j;
    if (j > i && head.rfind("<meta", at) != std::string::npos) {
      return head.substr(i, j - i);
    }
  }
  return "";
}

Status ParseHtmlPage(std::string_view html, HtmlPage* page) {
  if (html.size() >= INT_MAX) return Status::DataError("page too large");
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::string charset = SniffCharset(html);
  bool utf8 = charset.empty() || charset == "utf-8" || charset == "utf8";
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_COMPACT;
  xmlDoc* doc =
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr,
                     utf8 ? "UTF-8" : charset.c_str(), kOptions);
  if (doc == nullptr && !utf8) {
    utf8 = true;
    doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr,
                         "UTF-8", kOptions);
  }
  if (doc == nullptr) return Status::Ok();  // empty: no blocks at all
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> owned(doc, xmlFreeDoc);
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root != nullptr) {
    Walker walker(html, utf8, page);
    walker.Walk(root);
  }
  return Status::Ok();
}

}  // namespace newsfuse
