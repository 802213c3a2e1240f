// Internal to ingest: decoding a JSON string token while keeping the way back
// to its source bytes.
#ifndef NEWSFUSE_INGEST_JSON_STRING_H_
#define NEWSFUSE_INGEST_JSON_STRING_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "newsfuse/span.h"

namespace newsfuse::ingest {

// Decodes the JSON string whose opening quote is src[quote]. Appends the
// decoded bytes to *out and, for each, a piece to *map relative to `src`:
// plain bytes are copies; an escape (\n, \", \u2019, a surrogate pair
// \ud83d\ude00) maps as a whole to its escape text. Invalid UTF-8 and lone
// surrogates pass through (a lone surrogate becomes U+FFFD). Returns the
// offset just past the closing quote, or std::string_view::npos when the
// string is unterminated or has a malformed escape.
size_t DecodeJsonString(std::string_view src, size_t quote, std::string* out,
                        OffsetMap* map);

}  // namespace newsfuse::ingest

#endif  // NEWSFUSE_INGEST_JSON_STRING_H_
