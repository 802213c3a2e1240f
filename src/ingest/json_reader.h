// Internal to ingest: JSON and JSONL inputs.
#ifndef NEWSFUSE_INGEST_JSON_READER_H_
#define NEWSFUSE_INGEST_JSON_READER_H_

#include <string>
#include <string_view>

#include "ingest/record.h"

namespace newsfuse::ingest {

// Reads `bytes` as one JSON object, a top-level array of article objects
// (one article per element) or, when the whole does not parse but its first
// line is an object, as JSONL. When `sniffed` (the format was guessed from
// content) and the bytes are not JSON at all, reports nothing and returns
// false so the caller may read them as text.
bool ReadJson(const Input& in, std::string bytes, bool sniffed);

// Reads `bytes` as JSONL: one object per non-blank line.
void ReadJsonLines(const Input& in, std::string_view bytes);

}  // namespace newsfuse::ingest

#endif  // NEWSFUSE_INGEST_JSON_READER_H_
