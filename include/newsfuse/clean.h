// Clean: from an ingested Article to its cleaned text.
//
//   newsfuse::Status s = newsfuse::Clean(article);  // after ingest
//
// Clean (1) extracts the main text of HTML pages (article body kept;
// navigation, related links, comments, share bars, cookie notices, captions
// and ads set aside), (2) classifies each line of the body and moves the
// lines that are not article prose (title, headings, share widgets,
// promotions, agency credits, captions, bylines, datelines) to
// Article::dropped with a reason, never deleting them, and (3) repairs invalid
// UTF-8 (U+FFFD plus a warning) and applies Unicode NFC. The kept lines become
// Article::text, one paragraph per line, with Article::text_map pointing every
// byte back into Article::original.
//
// Errors: a DataError naming Article::path when nothing of the article is
// left (an empty article, an HTML page with no article body). The article
// keeps whatever was filled in.
// Thread safety: reentrant; distinct Articles may be cleaned concurrently.
#ifndef NEWSFUSE_CLEAN_H_
#define NEWSFUSE_CLEAN_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/span.h"
#include "newsfuse/status.h"

namespace newsfuse {

Status Clean(Article& article);

// ---- The parts, public for tests, tools and benchmarks. ----

enum class BlockKind {
  kParagraph,
  kHeading,
  kListItem,
  kCaption,
  kQuote,
  kOther
};

// One block of text of an HTML page, in document order.
struct TextBlock {
  std::string text;  // entities decoded, whitespace collapsed, trimmed
  OffsetMap map;     // text -> the page's bytes
  BlockKind kind = BlockKind::kParagraph;
  bool main = false;                 // part of the article body
  std::optional<DropReason> reason;  // why a non-main block was set aside
};

struct HtmlExtraction {
  std::vector<TextBlock> blocks;  // every text block of the page
  // The main blocks' text joined by "\n\n" (what the benchmark scores).
  std::string MainText() const;
};

// Extracts the main text of an HTML page. DataError if the page has no
// article body.
Result<HtmlExtraction> ExtractHtml(std::string_view html);

// Context of one line for the boilerplate classifier.
struct LineContext {
  BlockKind kind = BlockKind::kParagraph;  // as marked up, when known
  size_t index = 0;                        // 0-based among non-blank lines
  size_t count = 0;                        // number of non-blank lines
  std::string_view title;                  // Article::title
  std::string_view prev;                   // previous non-blank line
  std::string_view next;                   // next non-blank line
};

// Why `line` is not article prose, or nullopt when it is.
//
//   LineContext c;  // index, count, prev, next as Clean fills them
//   ClassifyLine("Share this @example.com", c);           // kShare
//   ClassifyLine("Reuters contributed reporting.", c);    // kAgencyCredit
//   ClassifyLine("A top official told Reuters ...", c);   // nullopt: prose
//
// Prose is the default: a line that ends like a sentence is dropped only by
// an explicit phrase rule (an agency credit, a promotion), never as a
// heading. A line equal to `context.title` (in MatchingForm) is kTitle.
std::optional<DropReason> ClassifyLine(std::string_view line,
                                       const LineContext& context);

// Bytes of the wire dateline that opens `line` ("WASHINGTON (AP) — ",
// "MOSCOW/WASHINGTON — ", "LONDON, May 19 (Reuters) - ", "WASHINGTON () "),
// the trailing dash and spaces included; 0 when there is none. The place must
// be in capitals and be followed by a credit in parentheses and/or a dash,
// then by a capitalized word, so "NATO leaders met ..." has none.
size_t DatelinePrefixLength(std::string_view line);

}  // namespace newsfuse

#endif  // NEWSFUSE_CLEAN_H_
