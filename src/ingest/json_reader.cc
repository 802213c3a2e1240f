#include "ingest/json_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "ingest/json_record.h"

namespace newsfuse::ingest {
namespace {

bool IsJsonSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

size_t SkipJsonSpace(std::string_view s, size_t pos) {
  while (pos < s.size() && IsJsonSpace(s[pos])) ++pos;
  return pos;
}

// Counts lines forward as positions grow, so a long array stays linear.
class LineCounter {
 public:
  explicit LineCounter(std::string_view s) : s_(s) {}
  uint32_t LineAt(size_t pos) {
    pos = std::min(pos, s_.size());
    line_ += static_cast<uint32_t>(
        std::count(s_.begin() + counted_, s_.begin() + pos, '\n'));
    counted_ = pos;
    return line_;
  }

 private:
  std::string_view s_;
  size_t counted_ = 0;
  uint32_t line_ = 1;
};

// Parses article->original and reports the article or the problem.
RecordOutcome ParseAndReport(const Input& in, JsonRecordParser* parser,
                             Article article, uint32_t error_line,
                             std::string* no_body_problem) {
  std::string outlet, problem;
  RecordOutcome outcome = parser->Parse(&article, &outlet, &problem);
  parser->ReleaseLarge();  // before the article goes on to be analyzed
  if (outcome == RecordOutcome::kArticle) {
    SetOutlet(in, outlet, &article);
    in.Emit(std::move(article));
  } else if (outcome == RecordOutcome::kNoBody && no_body_problem != nullptr) {
    *no_body_problem = problem;  // the caller decides how to report it
  } else {
    in.Fail(StatusCode::kDataError, error_line, problem);
  }
  return outcome;
}

// One article per object element of a top-level array. Elements that are
// not article objects are reported one by one, unless no element is an
// article: then the array is reported once as holding none.
void ReadArray(const Input& in, JsonRecordParser* parser,
               std::string_view bytes) {
  size_t pos = SkipJsonSpace(bytes, SkipJsonSpace(bytes, 0) + 1);
  std::vector<std::pair<uint32_t, std::string>> skipped;
  uint32_t record = 0, articles = 0;
  LineCounter lines(bytes);
  while (pos < bytes.size() && bytes[pos] != ']') {
    size_t end = JsonValueEnd(bytes, pos);
    uint32_t line = lines.LineAt(pos);
    Article a = NewArticle(in, record++, line, Format::kJson,
                           std::string(bytes.substr(pos, end - pos)));
    a.offset = pos;
    std::string problem;
    RecordOutcome outcome =
        ParseAndReport(in, parser, std::move(a), line, &problem);
    if (outcome == RecordOutcome::kArticle) ++articles;
    if (outcome == RecordOutcome::kNoBody) skipped.emplace_back(line, problem);
    pos = SkipJsonSpace(bytes, end);
    if (pos < bytes.size() && bytes[pos] == ',') {
      pos = SkipJsonSpace(bytes, pos + 1);
    }
  }
  if (articles == 0) {
    in.Fail(StatusCode::kDataError, 0, "JSON array holds no article objects");
    return;
  }
  for (const auto& [line, problem] : skipped) {
    in.Fail(StatusCode::kDataError, line, problem);
  }
}

// The first non-blank line of `bytes`, and whether another follows it.
std::string_view FirstLine(std::string_view bytes, bool* more) {
  size_t begin = SkipJsonSpace(bytes, 0);
  size_t end = std::min(bytes.find('\n', begin), bytes.size());
  *more = SkipJsonSpace(bytes, end) < bytes.size();
  return bytes.substr(begin, end - begin);
}

// True when `bytes` look like JSONL: several lines, the first an object.
bool LooksLikeJsonLines(JsonRecordParser* parser, std::string_view bytes) {
  bool more = false;
  std::string_view first = FirstLine(bytes, &more);
  simdjson::dom::element root;
  return more && parser->Validate(first, &root).empty() && root.is_object();
}

}  // namespace

bool ReadJson(const Input& in, std::string bytes, bool sniffed) {
  JsonRecordParser parser;
  simdjson::dom::element root;
  std::string problem = parser.Validate(bytes, &root);
  if (!problem.empty()) {
    if (LooksLikeJsonLines(&parser, bytes)) {
      ReadJsonLines(in, bytes);
      return true;
    }
    if (sniffed) return false;
    in.Fail(StatusCode::kDataError, 0, problem);
    return true;
  }
  if (root.is_array()) {
    ReadArray(in, &parser, bytes);
  } else if (root.is_object()) {
    ParseAndReport(in, &parser,
                   NewArticle(in, 0, 0, Format::kJson, std::move(bytes)), 0,
                   nullptr);
  } else if (sniffed) {
    return false;
  } else {
    in.Fail(StatusCode::kDataError, 0, "JSON value is not an object");
  }
  return true;
}

void ReadJsonLines(const Input& in, std::string_view bytes) {
  JsonRecordParser parser;
  uint32_t record = 0, line = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t end = std::min(bytes.find('\n', pos), bytes.size());
    std::string_view text = bytes.substr(pos, end - pos);
    size_t start = pos;
    pos = end + 1;
    ++line;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (TrimSpace(text).empty()) continue;
    Article a =
        NewArticle(in, record++, line, Format::kJson, std::string(text));
    a.offset = start;  // spans in reports count bytes of the whole file
    ParseAndReport(in, &parser, std::move(a), line, nullptr);
  }
  if (record == 0) in.Fail(StatusCode::kEmpty, 0, "empty file");
}

}  // namespace newsfuse::ingest
