// ExtractHtml: libxml2 parse -> aligned text blocks -> main-text selection.
//
// Blocks are cut at block-level element boundaries and at <br>: a <br>
// inside a paragraph splits it into two blocks (lines), so each block is one
// line of text for the clean stage.
#include "clean/html_dom.h"
#include "clean/html_select.h"
#include "newsfuse/clean.h"

namespace newsfuse {

std::string HtmlExtraction::MainText() const {
  std::string out;
  for (const TextBlock& b : blocks) {
    if (!b.main) continue;
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

Result<HtmlExtraction> ExtractHtml(std::string_view html) {
  HtmlPage page;
  Status s = ParseHtmlPage(html, &page);
  if (!s.ok()) return s;
  if (!SelectMainBlocks(&page)) {
    return Status::DataError("no article body found");
  }
  HtmlExtraction out;
  out.blocks.reserve(page.blocks.size());
  for (HtmlBlock& b : page.blocks) out.blocks.push_back(std::move(b.block));
  return out;
}

}  // namespace newsfuse
