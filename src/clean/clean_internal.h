// Internal helpers of the clean stage, shared by its .cc files and tests.
//
// Not part of the public API: include/newsfuse/clean.h is. Everything here is
// reentrant and works on UTF-8 byte strings without allocating more than the
// result needs.
#ifndef NEWSFUSE_SRC_CLEAN_CLEAN_INTERNAL_H_
#define NEWSFUSE_SRC_CLEAN_CLEAN_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "newsfuse/clean.h"
#include "newsfuse/span.h"

namespace newsfuse::clean_internal {

// ---- Text shapes (line_shape.cc). ----

// Bytes of leading / trailing whitespace: ASCII spaces and controls, U+00A0
// (no-break space) and U+FEFF (byte order mark).
size_t LeadingSpace(std::string_view s);
size_t TrailingSpace(std::string_view s);
std::string_view Trim(std::string_view s);

// Number of whitespace-separated words, counted up to `limit` + 1: a
// caller that only compares the count with limits up to `limit` need not
// scan a long paragraph to its end.
size_t CountWords(std::string_view s, size_t limit = SIZE_MAX - 1);

// True when `line` ends like a sentence: '.', '!', '?' or '…', possibly
// followed by closing quotes or brackets ("... end.”", "(... so.)"), or a
// closing quote after a comma.
bool EndsSentence(std::string_view line);

// True when the first letter of `line` (after opening quotes) is an upper-case
// or non-ASCII letter, or the line starts with a digit.
bool StartsCapitalized(std::string_view line);

// ---- Datelines (dateline.cc). ----

// True when the whole line is a date and/or time with an optional label:
// "Updated 10:32 GMT", "Published May 19, 2025", "Mon 19 May 2025 10.32 BST".
bool IsDatelineOnly(std::string_view line);

// ---- Markdown (markdown.cc). ----

struct MarkdownLine {
  std::string text;  // the line without markup (not trimmed)
  OffsetMap map;     // text -> the enclosing document (line starts at `base`)
  BlockKind kind = BlockKind::kParagraph;
  int heading_level = 0;  // 1 for "# Title", 2 for "## Section", ...
  bool image = false;     // the line is one image; `text` is its alt text
  bool rule = false;      // a thematic break ("---", "***"); `text` is empty
};

// Strips the block markers (heading '#'s, '>' quote markers, list bullets) and
// the inline markup (emphasis, code ticks, links, images) of one Markdown
// line that starts at byte `base` of its document.
MarkdownLine StripMarkdown(std::string_view line, uint32_t base);

}  // namespace newsfuse::clean_internal

#endif  // NEWSFUSE_SRC_CLEAN_CLEAN_INTERNAL_H_
