// The document model: one Article passed from stage to stage.
//
// An Article owns the bytes the user gave (`original`) and everything newsfuse
// derives from them. Each stage fills its own part and leaves the rest alone:
//
//   ingest   -> id, path, format, metadata, original, body, body_map
//   clean    -> text, text_map, paragraphs, dropped, warnings
//   analyze  -> sentences, tokens, entities, quotes
//
// Positions: every unit carries `text` (a Span into Article::text) and
// `original` (a Span into Article::original). Article::original is the input
// exactly as read (after gunzip): the whole file for text and HTML, the
// record's line for JSONL, the file for a single JSON object. JSON escapes and
// HTML entities inside it are mapped through, so a span always covers the
// bytes that encode the unit.
//
// Ownership: an Article is a plain value that owns all its strings; spans are
// offsets, never pointers, so Articles may be moved and copied freely. The
// one exception, tokens' `norm` and `stem`, are views into `token_chars`,
// which copies share, so they too stay valid through moves and copies.
// Thread safety: none needed; distinct Articles may be processed on distinct
// threads.
#ifndef NEWSFUSE_ARTICLE_H_
#define NEWSFUSE_ARTICLE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/span.h"
#include "newsfuse/token_chars.h"

namespace newsfuse {

enum class Format { kText, kMarkdown, kHtml, kJson };
std::string_view FormatName(Format f);  // "text", "markdown", "html", "json"

// A point in time as an article states it. `has_time` is false for a bare
// date; `utc_offset_minutes` is empty when the zone is unknown (then
// `epoch_seconds` treats the clock time as if it were UTC).
struct Timestamp {
  int64_t epoch_seconds = 0;
  bool has_time = false;
  std::optional<int> utc_offset_minutes;

  // ISO 8601: "2025-05-19", "2025-05-19T10:00:00" or
  // "2025-05-19T10:00:00+03:00" / "...Z", as much as is known.
  std::string ToIso8601() const;
  friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

// Why a line of the input is not article prose.
enum class DropReason {
  kTitle,         // the headline line, moved to Article::title
  kHeading,       // a section heading inside the article
  kShare,         // share widgets ("Share this", "Tweet", social handles)
  kPromo,         // "Follow us on WhatsApp", newsletter and app promotions
  kAgencyCredit,  // "The Associated Press contributed", "Agencies via ..."
  kCaption,       // photo and video captions, image credits
  kByline,        // "By Jane Doe", author lines
  kDateline,      // a bare "Updated 10:32 GMT" or place/date line
  kBoilerplate,   // navigation, cookie notices, related links, ads
  kEmpty,         // whitespace-only content of note (never for blank lines)
};
std::string_view DropReasonName(DropReason r);  // "share", "agency-credit"...

struct DroppedLine {
  Span original;     // the line in Article::original
  std::string text;  // its text (entities decoded, trimmed)
  DropReason reason;
};

struct Paragraph {
  Span text;
  Span original;
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  Span text;
  Span original;
  TokenKind kind = TokenKind::kWord;
  bool stop = false;  // a stop word ("the", "of", "said" is not one)
  // A number, or a word that is no stop word and whose first three letters
  // begin a number word ("seven", "millions", also "seventh", "tend"):
  // where FindQuantities looks for a quantity to start.
  bool numeric = false;
  // Views into the Article's `token_chars` (see token_chars.h).
  std::string_view norm;  // matching form: case-folded, quotes/dashes unified
  std::string_view stem;  // Snowball stem of `norm` for words, else `norm`
};

struct Sentence {
  Span text;
  Span original;
  uint32_t paragraph = 0;    // index into Article::paragraphs
  uint32_t first_token = 0;  // index into Article::tokens
  uint32_t token_count = 0;
};

enum class EntityType : uint8_t { kPerson, kOrg, kPlace, kGroup, kEvent,
                                   kOther };
// "PERSON", "ORG", "PLACE", "GROUP", "EVENT", "OTHER".
std::string_view EntityTypeName(EntityType t);

// A name of an entity as one article writes it ("Dmitry Peskov"), or a
// role description standing for one ("the Ukrainian leader").
struct EntityMention {
  Span text;      // the name as written, in Article::text
  Span original;  // the same in Article::original
  EntityType type = EntityType::kOther;
  uint32_t sentence = 0;  // index into Article::sentences
  std::string role;       // a title or role given with it ("Kremlin
                          // spokesperson"), empty if none
  bool description = false;  // a role description, not a name
};

// A time expression ("on Monday", "5 p.m. Moscow time", "three years ago",
// "every week"), normalized TIMEX3-style relative to the article's anchor:
// its publication time, else the story's reference day (see fuse).
enum class TimeType : uint8_t { kDate, kTime, kDuration, kSet };
// "DATE", "TIME", "DURATION", "SET".
std::string_view TimeTypeName(TimeType t);

struct TimeExpression {
  Span text;      // as written, in Article::text
  Span original;  // the same in Article::original
  TimeType type = TimeType::kDate;
  uint32_t sentence = 0;  // index into Article::sentences
  // TIMEX3 value: "2025-05-19", "2025-05", "2025-W21", "2025-05-19T17:00",
  // "PT5H", "P3Y", "XXXX-WXX-1" (every Monday), "PRESENT_REF"... Empty when
  // it cannot be resolved (no anchor, impossible date, unknown zone): never
  // a guess.
  std::string value;
  // Relative to the anchor day: day_offset days after it (-1 yesterday);
  // set for dates resolved or resolvable by days, even without a
  // publication date. `weekday` ("Monday") when the expression names one
  // or the anchor gives one.
  std::optional<int> day_offset;
  std::string weekday;
  std::string time;  // time of day "HH:MM" as written (local), "" if none
  std::string tz;    // UTC offset of `time` ("+03:00"), "" if unknown
  bool relative = false;  // resolved against an anchor ("yesterday")
};

// A number with what it counts: "more than 270 drones" -> [270, inf),
// counted "drones"; "1,000 prisoners each" -> [1000, 1000], each.
struct Quantity {
  Span text;      // as written, in Article::text
  Span original;  // the same in Article::original
  uint32_t sentence = 0;
  // The interval the phrase states; nullopt for an open end ("more than
  // 270": low 270, no high... exclusive bounds are given as the bound).
  std::optional<double> low;
  std::optional<double> high;
  std::string qualifier;  // "more than", "about", "up to"... as a key
  std::string unit;       // "", "%", "USD", "EUR", "year", "day"...
  std::string counted;    // head noun phrase: "drones", "people killed"
  bool each = false;      // distributive: "each", "on each side", "apiece"
  bool unresolved = false;  // too large for 64 bits, or not a number
};

// A direct quotation with its attribution.
struct Quote {
  Span text;      // the quoted words, without the quotation marks
  Span original;  // the same in Article::original
  uint32_t first_sentence = 0;  // sentences it spans (indices)
  uint32_t last_sentence = 0;
  std::string speaker;  // the attribution as written ("Zelensky", "he");
                        // empty when no speaker can be resolved
  Span speaker_text;    // where `speaker` is written (empty if nowhere)
  int speaker_mention = -1;  // index into Article::entities, -1 if none
  std::string cue;      // "said", "told reporters", "wrote", "according to"
  bool partial = false;   // a quoted phrase inside a sentence
  bool unclosed = false;  // never closed: ended at the paragraph's end
};

struct Article {
  // --- ingest ---
  std::string id;    // stable short id: same input path and record -> same id
  std::string path;  // the input path as given ("-" for stdin)
  uint32_t record = 0;  // 0-based record index within the input (JSONL line)
  uint32_t line = 0;    // 1-based line of the record in the input, 0 if n/a
  uint64_t offset = 0;  // byte offset of `original` in the input (JSONL)
  Format format = Format::kText;
  std::string outlet;
  std::string url;
  std::string title;
  std::vector<std::string> authors;
  std::optional<Timestamp> published;
  std::string language;  // BCP 47 as given ("en", "en-US"); empty if unknown
  std::string original;  // the input bytes as read
  // The body as the source states it, before boilerplate removal: for text,
  // Markdown and JSON its lines; for HTML empty until clean extracts it.
  std::string body;
  OffsetMap body_map;  // body -> original

  // --- clean ---
  std::string text;    // cleaned article text, NFC, paragraphs joined by '\n'
  OffsetMap text_map;  // text -> original
  std::vector<Paragraph> paragraphs;
  std::vector<DroppedLine> dropped;
  std::vector<std::string> warnings;  // one line each, e.g. invalid UTF-8

  // --- analyze ---
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  // The bytes of the tokens' `norm` and `stem`, shared by copies of this
  // Article (token_chars.h); Analyze replaces it.
  std::shared_ptr<TokenChars> token_chars;
  std::vector<EntityMention> entities;  // in text order
  std::vector<Quote> quotes;            // in text order
  std::vector<TimeExpression> times;    // in text order
  std::vector<Quantity> quantities;     // in text order

  std::string_view SentenceText(const Sentence& s) const {
    return s.text.In(text);
  }
};

}  // namespace newsfuse

#endif  // NEWSFUSE_ARTICLE_H_
