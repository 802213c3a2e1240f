// Internal to ingest: telling an input's format and whether it is text.
#ifndef NEWSFUSE_INGEST_DETECT_H_
#define NEWSFUSE_INGEST_DETECT_H_

#include <optional>
#include <string_view>

#include "newsfuse/article.h"

namespace newsfuse::ingest {

enum class InputKind { kText, kMarkdown, kHtml, kJson, kJsonLines };

struct Detected {
  InputKind kind = InputKind::kText;
  bool sniffed = false;  // guessed from content: may fall back to text
};

// The kind of input `bytes` read from `path`: `forced` if set (a forced
// JSON is JSONL when the name says .jsonl/.ndjson), else by extension
// (".gz" ignored), else by content: a leading tag is HTML, a leading '{'
// or '[' may be JSON, anything else is text.
Detected DetectKind(std::string_view path, std::string_view bytes,
                    std::optional<Format> forced);

// True when `bytes` do not look like text: a NUL byte, or more than 10% of
// the first 64 KiB are control characters other than whitespace. Invalid
// UTF-8 alone does not make a file binary.
bool LooksBinary(std::string_view bytes);

// True when `bytes`, after a BOM and whitespace, start with a tag, comment
// or doctype ("<!doctype html", "<html", "<div ...").
bool StartsWithTag(std::string_view bytes);

// `bytes` without a leading UTF-8 byte order mark.
std::string_view SkipBom(std::string_view bytes);

}  // namespace newsfuse::ingest

#endif  // NEWSFUSE_INGEST_DETECT_H_
