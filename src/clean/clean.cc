// Clean: from the body of an ingested Article to its cleaned text.
//
// The steps, each over the article's lines in order:
//   1. lines:    the body split on '\n' (Markdown markup stripped), or the
//                text blocks of an HTML page; each trimmed, repaired and put
//                in NFC, with a map from its text to Article::original;
//   2. title:    unless known, the first line that is not a widget, when it
//                reads like a headline (or is a Markdown "# Title");
//   3. classify: ClassifyLine on each line with its neighbours;
//   4. emit:     dropped lines to Article::dropped, a wire dateline prefix
//                ("WASHINGTON (AP) — ") set aside, the rest appended to
//                Article::text as one paragraph per line.
#include "newsfuse/clean.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clean/clean_internal.h"
#include "newsfuse/unicode.h"

namespace newsfuse {
namespace {

using clean_internal::EndsSentence;
using clean_internal::LeadingSpace;
using clean_internal::StartsCapitalized;
using clean_internal::TrailingSpace;

// A first line longer than this is prose that lost its full stop, not a title.
constexpr size_t kMaxTitleBytes = 200;
// Widget lines (share bars, datelines) looked past to find the title.
constexpr size_t kMaxLinesAboveTitle = 4;

// One line of the body, or one block of an HTML page, on its way to the text.
struct Line {
  std::string text;  // trimmed, valid UTF-8, NFC
  OffsetMap map;     // text -> Article::original
  BlockKind kind = BlockKind::kParagraph;
  int heading_level = 0;             // Markdown "#" count
  std::optional<DropReason> reason;  // set when the line is not prose
};

// Invalid UTF-8 met on the way, for the article's one warning.
struct Repairs {
  uint32_t count = 0;
  uint32_t first = 0;  // offset in Article::original of the first sequence
};

uint32_t Size(std::string_view s) { return static_cast<uint32_t>(s.size()); }

// The part [begin, end) of `map`'s derived text, as a map of its own.
OffsetMap SliceMap(const OffsetMap& map, uint32_t begin, uint32_t end) {
  OffsetMap slice;
  slice.AppendCopy(begin, end - begin);
  return slice.ComposeWith(map);
}

// Fills `line` from `text` (mapped into the original by `map`): trimmed,
// repaired and in NFC. Returns false for a blank line.
bool MakeLine(std::string_view text, const OffsetMap& map, Repairs* repairs,
              Line* line) {
  auto lead = static_cast<uint32_t>(LeadingSpace(text));
  if (lead == text.size()) return false;
  auto end = static_cast<uint32_t>(text.size() - TrailingSpace(text));
  OffsetMap trimmed_map = SliceMap(map, lead, end);
  NormalizedText n = NormalizeUtf8(text.substr(lead, end - lead));
  if (n.repaired > 0) {
    if (repairs->count == 0) {
      repairs->first =
          trimmed_map.ToOriginal({n.first_bad, n.first_bad + 1}).begin;
    }
    repairs->count += n.repaired;
  }
  line->text = std::move(n.text);
  line->map = n.map.ComposeWith(trimmed_map);
  return true;
}

// How a body line is read.
enum class LineMode { kText, kMarkdown, kFrontMatter };

// Adds the body line `raw`, which starts at byte `at` of the body.
void AddBodyLine(std::string_view raw, uint32_t at, LineMode mode,
                 const OffsetMap& body_map, Repairs* repairs,
                 std::vector<Line>* lines) {
  Line line;
  OffsetMap to_body;
  std::string stripped;
  std::string_view text = raw;
  if (mode == LineMode::kMarkdown) {
    clean_internal::MarkdownLine md = clean_internal::StripMarkdown(raw, at);
    if (md.rule) return;  // "---": layout, not a line of text
    line.kind = md.image ? BlockKind::kCaption : md.kind;
    line.heading_level = md.heading_level;
    stripped = std::move(md.text);
    text = stripped;
    to_body = std::move(md.map);
  } else {
    to_body.AppendCopy(at, Size(raw));
  }
  if (mode == LineMode::kFrontMatter) line.reason = DropReason::kBoilerplate;
  if (MakeLine(text, to_body.ComposeWith(body_map), repairs, &line)) {
    lines->push_back(std::move(line));
  }
}

// The non-blank lines of a text, Markdown or JSON body. A Markdown body may
// open with YAML front matter between "---" lines: metadata, not text.
std::vector<Line> BodyLines(const Article& a, Repairs* repairs) {
  // A hand-built article may leave body_map empty: the body is then taken to
  // be the original itself.
  bool unmapped = a.body_map.derived_size() == 0;
  OffsetMap identity = OffsetMap::Identity(unmapped ? Size(a.body) : 0);
  const OffsetMap& body_map = unmapped ? identity : a.body_map;
  bool markdown = a.format == Format::kMarkdown;
  bool front_matter = false;
  std::vector<Line> lines;
  std::string_view body = a.body;
  for (size_t begin = 0; begin < body.size();) {
    size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    size_t next = end + 1;
    if (end > begin && body[end - 1] == '\r') --end;
    std::string_view raw = body.substr(begin, end - begin);
    bool fence = raw == "---" || (front_matter && raw == "...");
    if (markdown && fence && (begin == 0 || front_matter)) {
      front_matter = begin == 0;  // opened by the first line, closed here
    } else {
      LineMode mode = front_matter ? LineMode::kFrontMatter
                      : markdown   ? LineMode::kMarkdown
                                   : LineMode::kText;
      AddBodyLine(raw, static_cast<uint32_t>(begin), mode, body_map, repairs,
                  &lines);
    }
    begin = next;
  }
  return lines;
}

// The text blocks of an HTML page; fills an empty Article::body with the
// main blocks, one per line.
Status HtmlLines(Article& a, Repairs* repairs, std::vector<Line>* lines) {
  Result<HtmlExtraction> page = ExtractHtml(a.original);
  if (!page.ok()) {
    return Status(page.status().code(),
                  a.path + ": " + page.status().message());
  }
  bool fill_body = a.body.empty();
  for (const TextBlock& block : page->blocks) {
    Line line;
    line.kind = block.kind;
    if (!block.main) {
      line.reason = block.reason.value_or(DropReason::kBoilerplate);
      // The page's headline sits outside the body: name it for what it is.
      if (!a.title.empty() &&
          MatchingForm(block.text) == MatchingForm(a.title)) {
        line.reason = DropReason::kTitle;
      }
    }
    if (!MakeLine(block.text, block.map, repairs, &line)) continue;
    if (block.main && fill_body) {
      if (!a.body.empty()) {
        uint32_t at = a.body_map.ToOriginal({0, Size(a.body)}).end;
        a.body.push_back('\n');
        a.body_map.AppendReplaced(at, at, 1);
      }
      a.body += block.text;
      a.body_map.AppendMap(block.map);
    }
    lines->push_back(std::move(line));
  }
  return Status::Ok();
}

// The context of candidate `k` (an index into `candidates`).
LineContext ContextAt(const std::vector<Line>& lines,
                      const std::vector<size_t>& candidates, size_t k,
                      std::string_view title) {
  LineContext context;
  context.kind = lines[candidates[k]].kind;
  context.index = k;
  context.count = candidates.size();
  context.title = title;
  if (k > 0) context.prev = lines[candidates[k - 1]].text;
  if (k + 1 < candidates.size()) context.next = lines[candidates[k + 1]].text;
  return context;
}

// True when `line` reads like a headline: "# Title", or a capitalized line
// without final punctuation, not too long, with more lines after it.
bool LooksLikeTitle(const Line& line, const LineContext& context) {
  if (line.heading_level == 1) return true;
  if (context.next.empty() || line.text.size() > kMaxTitleBytes) return false;
  if (line.kind != BlockKind::kParagraph && line.kind != BlockKind::kHeading) {
    return false;
  }
  if (EndsSentence(line.text) || !StartsCapitalized(line.text)) return false;
  char last = line.text.back();
  return last != ':' && last != ',' && last != ';';
}

// The position in `candidates` of the headline: the first line that is not
// a widget (a share bar or dateline may sit above it) when it reads like one.
std::optional<size_t> FindTitle(const std::vector<Line>& lines,
                                const std::vector<size_t>& candidates) {
  for (size_t k = 0; k < candidates.size() && k < kMaxLinesAboveTitle; ++k) {
    const Line& line = lines[candidates[k]];
    LineContext context = ContextAt(lines, candidates, k, "");
    std::optional<DropReason> reason = ClassifyLine(line.text, context);
    if (line.heading_level != 1 && reason && *reason != DropReason::kHeading) {
      continue;  // a widget above the headline
    }
    if (LooksLikeTitle(line, context)) return k;
    return std::nullopt;
  }
  return std::nullopt;
}

// Steps 2 and 3: the title, then every other line without a reason yet.
void ClassifyLines(Article& a, std::vector<Line>& lines) {
  std::vector<size_t> candidates;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].reason) candidates.push_back(i);
  }
  for (const Line& line : lines) {  // a headline the HTML extractor found
    if (a.title.empty() && line.reason == DropReason::kTitle) {
      a.title = line.text;
    }
  }
  if (a.title.empty()) {
    if (std::optional<size_t> k = FindTitle(lines, candidates)) {
      Line& title = lines[candidates[*k]];
      title.reason = DropReason::kTitle;
      a.title = title.text;
    }
  }
  for (size_t k = 0; k < candidates.size(); ++k) {
    Line& line = lines[candidates[k]];
    if (line.reason) continue;
    line.reason =
        ClassifyLine(line.text, ContextAt(lines, candidates, k, a.title));
  }
}

void Drop(Article& a, std::string_view text, const OffsetMap& map,
          DropReason reason) {
  a.dropped.push_back(
      {map.ToOriginal({0, Size(text)}), std::string(text), reason});
}

void AppendParagraph(Article& a, std::string_view text, const OffsetMap& map) {
  if (!a.paragraphs.empty()) {  // the separator stands between paragraphs
    uint32_t at = a.paragraphs.back().original.end;
    a.text.push_back('\n');
    a.text_map.AppendReplaced(at, at, 1);
  }
  Span span{Size(a.text), Size(a.text) + Size(text)};
  a.text += text;
  a.text_map.AppendMap(map);
  a.paragraphs.push_back({span, map.ToOriginal({0, Size(text)})});
}

// Step 4: dropped lines aside, the prose (minus any dateline prefix) kept.
void Emit(Article& a, const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    if (line.reason) {
      Drop(a, line.text, line.map, *line.reason);
      continue;
    }
    std::string_view text = line.text;
    auto prefix = static_cast<uint32_t>(DatelinePrefixLength(text));
    if (prefix == 0) {
      AppendParagraph(a, text, line.map);
      continue;
    }
    std::string_view dateline = text.substr(0, prefix);
    dateline.remove_suffix(TrailingSpace(dateline));
    Drop(a, dateline, line.map, DropReason::kDateline);
    AppendParagraph(a, text.substr(prefix),
                    SliceMap(line.map, prefix, Size(text)));
  }
}

// An article whose only prose line is its headline (a one-line brief, or a
// record whose title is all it has) keeps the headline as its text.
void KeepLoneHeadline(std::vector<Line>& lines) {
  Line* title = nullptr;
  for (Line& line : lines) {
    if (!line.reason) return;  // there is prose
    if (line.reason == DropReason::kTitle && line.kind != BlockKind::kHeading &&
        title == nullptr) {
      title = &line;
    }
  }
  if (title != nullptr) title->reason.reset();
}

std::string RepairWarning(const Article& a, const Repairs& repairs) {
  return a.path + ": invalid UTF-8 at byte " + std::to_string(repairs.first) +
         " replaced with U+FFFD (" + std::to_string(repairs.count) +
         (repairs.count == 1 ? " sequence)" : " sequences)");
}

}  // namespace

Status Clean(Article& article) {
  article.text.clear();
  article.text_map = OffsetMap();
  article.paragraphs.clear();
  article.dropped.clear();
  bool html = article.format == Format::kHtml;
  if (clean_internal::Trim(html ? article.original : article.body).empty()) {
    return Status::DataError(article.path + ": empty article");
  }
  Repairs repairs;
  std::vector<Line> lines;
  if (html) {
    Status s = HtmlLines(article, &repairs, &lines);
    if (!s.ok()) return s;
  } else {
    lines = BodyLines(article, &repairs);
  }
  ClassifyLines(article, lines);
  KeepLoneHeadline(lines);
  Emit(article, lines);
  if (repairs.count > 0) {
    article.warnings.push_back(RepairWarning(article, repairs));
  }
  if (article.paragraphs.empty()) {
    return Status::DataError(article.path +
                             ": no article text left after removing "
                             "boilerplate");
  }
  return Status::Ok();
}

}  // namespace newsfuse
