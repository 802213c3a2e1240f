// Internal to ingest: one JSON object -> one Article.
#ifndef NEWSFUSE_INGEST_JSON_RECORD_H_
#define NEWSFUSE_INGEST_JSON_RECORD_H_

#include <simdjson.h>

#include <string>
#include <string_view>

#include "newsfuse/article.h"

namespace newsfuse::ingest {

// What became of one JSON record.
enum class RecordOutcome { kArticle, kNoBody, kError };

// Parses JSON records with reusable simdjson parsers. Not thread-safe: use
// one per thread.
class JsonRecordParser {
 public:
  // Checks that `json` is well-formed JSON; returns "" or a one-line problem
  // ("malformed JSON (...)"). Invalid UTF-8 inside strings is tolerated.
  std::string Validate(std::string_view json, simdjson::dom::element* root);

  // Fills *article from the JSON object in article->original: title, body
  // with body_map (body -> original), url, outlet (into *outlet, unset on
  // the article), published, authors, language. A record whose body field
  // is empty or null but which has a title is an article with an empty
  // body (ECB+ has such one-sentence documents). On kNoBody or kError,
  // *problem says why.
  RecordOutcome Parse(Article* article, std::string* outlet,
                      std::string* problem);

  // Frees the parsers' buffers when the last record was large (they grow
  // to about 14 bytes per byte of JSON), so that they are not held while
  // the article is cleaned and analyzed; small ones are kept for the next
  // record.
  void ReleaseLarge();

 private:
  simdjson::dom::parser dom_;
  simdjson::ondemand::parser ondemand_;
  simdjson::padded_string padded_;
};

// `json` with invalid UTF-8 bytes made '?' and a leading BOM made spaces:
// the same length, so offsets into it are offsets into `json`.
std::string ParsableJson(std::string_view json);

// The offset just past the JSON value starting at json[pos] in well-formed
// JSON (brackets matched, strings skipped).
size_t JsonValueEnd(std::string_view json, size_t pos);

}  // namespace newsfuse::ingest

#endif  // NEWSFUSE_INGEST_JSON_RECORD_H_
