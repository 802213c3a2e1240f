// The quotations of a story: one entry per utterance, with every printing
// of it across outlets and what each printing changed.
//
// Printings of one speaker (the entity their attribution resolves to in the
// story's entity table) are grouped, longest first, with the first quote
// they relate to:
//   identical   the same text;
//   case        the same words, other capitals or punctuation;
//   truncated   a contiguous run of the quote's words, or the quote a run
//               of its words (cut short or extended);
//   wording     mostly the same words, some changed, added or moved (the
//               longest common word sequence covers 60% of the shorter);
//   paraphrase  half the content words of the shorter (stems), two at
//               least, in other words;
// anything else is a different utterance and starts its own quote.
// The quote's text is its most complete faithful printing: the longest not
// written in capitals throughout.
//
// Ownership: the result copies what it shows. Thread safety: a pure
// function. Errors: none.
#ifndef NEWSFUSE_QUOTE_TABLE_H_
#define NEWSFUSE_QUOTE_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/entity_table.h"

namespace newsfuse {

enum class VariantKind : uint8_t {
  kIdentical,
  kCase,
  kTruncated,
  kWording,
  kParaphrase
};
// "identical", "case", "truncated", "wording", "paraphrase".
std::string_view VariantKindName(VariantKind k);

struct QuoteVariant {
  std::string text;                  // as printed
  std::vector<std::string> sources;  // articles that print it so
  VariantKind kind = VariantKind::kIdentical;
  // What differs from the quote's text, "" when nothing does: for wording,
  // "-[removed words] +[added words]" runs; for truncation, "cut: N words
  // missing" or "extended: N more words"; for case, "capitals".
  std::string diff;
};

struct StoryQuote {
  std::string id;            // "q1", "q2"... most printed first
  int speaker = -1;          // index into the entity table, -1 if unknown
  std::string speaker_name;  // the entity's name, else the attribution
  std::string text;          // the most complete faithful printing
  std::string cue;           // reporting verb of that printing
  std::vector<std::string> sources;    // every article printing it
  std::vector<QuoteVariant> variants;  // one per distinct printing
  bool partial = false;  // only ever printed as a phrase in a sentence
};

// `entities` and `where` come from BuildEntityTable over the same articles.
std::vector<StoryQuote> BuildQuoteTable(
    const std::vector<const Article*>& articles,
    const std::vector<Entity>& entities, const MentionEntities& where);

}  // namespace newsfuse

#endif  // NEWSFUSE_QUOTE_TABLE_H_
