// Analyze: sentences, tokens, stems and stop words over Article::text.
//
//   newsfuse::Analyze(article);  // after Clean
//   for (const Sentence& s : article.sentences) use(article.SentenceText(s));
//
// Sentences never cross a paragraph. The splitter knows abbreviations (U.S.,
// a.m., Mr., Gen., initials such as "J. R."), decimal and grouped numbers
// (5.5, 1,000), ellipses, quotations that end a sentence or span several, and
// headline lines without final punctuation (one sentence each).
//
// Thread safety: reentrant (each thread keeps its own stemmer).
// Errors: none; an empty text gives no sentences.
#ifndef NEWSFUSE_ANALYZE_H_
#define NEWSFUSE_ANALYZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/span.h"

namespace newsfuse {

// Fills article.sentences and article.tokens (with original spans, norms,
// stems and stop flags) from article.text and article.paragraphs.
void Analyze(Article& article);

// ---- The parts, public for tests and benchmarks. ----

// Sentence spans within `paragraph` (offsets relative to it).
std::vector<Span> SplitSentences(std::string_view paragraph);

// Appends the tokens of `text` (spans relative to `text`, shifted by `base`);
// fills Token::text, kind and norm only.
void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out);

// Snowball stem of a matching-form word for a language ("en" by default).
std::string Stem(std::string_view word, std::string_view language = "en");

// True for an English stop word given in matching form.
bool IsStopWord(std::string_view norm);

}  // namespace newsfuse

#endif  // NEWSFUSE_ANALYZE_H_
