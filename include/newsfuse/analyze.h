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
// Thread safety: reentrant (each thread keeps its own stemmer per language,
// with a cache of 2,048 recent stems).
// Errors: none; an empty text gives no sentences.
#ifndef NEWSFUSE_ANALYZE_H_
#define NEWSFUSE_ANALYZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/span.h"

namespace newsfuse {

struct AnalyzeOptions {
  // False leaves article.times and article.quantities empty, for the
  // caller to fill with FindTimes and FindQuantities, say on another
  // thread: nothing else Analyze fills depends on them.
  bool times_and_quantities = true;
};

// Fills article.sentences and article.tokens (with original spans, norms,
// stems and stop flags) from article.text and article.paragraphs, then the
// entities, quotes, quantities and times, replacing earlier results. The
// stemmer follows article.language ("" is English). Text outside
// article.paragraphs is not analyzed.
void Analyze(Article& article, const AnalyzeOptions& options = {});

// ---- The parts, public for tests and benchmarks. ----

// Fills article.entities from the sentences and tokens (Analyze calls it):
// names of people, organizations, places, groups (nationalities) and named
// events, with the role given with a name ("Kremlin spokesperson") and role
// descriptions standing for a person ("the Ukrainian leader").
// src/analyze/entities_finder.h lists the rules.
void FindEntities(Article& article);

// Fills article.quotes from the text, sentences and tokens (Analyze calls
// it): direct quotations in straight, curly and single quotes, with their
// speaker and cue. src/analyze/quotes.h lists the rules.
void FindQuotes(Article& article);

// Sets each Quote::speaker_mention to the entity mention that names its
// speaker, -1 when none does (Analyze calls it last, after the entities).
void LinkQuoteSpeakers(Article& article);

// Sentence spans within `paragraph` (offsets relative to it), without
// surrounding white space; closing quotes and brackets after the final
// punctuation belong to the sentence. An abbreviation that may end a
// sentence ("U.S.", "a.m.", "Inc.", an initial) ends one only before a
// common sentence starter ("The", "He", "But"...): "in the U.S. The next
// day" splits, "U.S. President" does not. src/analyze/sentence_splitter.cc
// lists every rule.
std::vector<Span> SplitSentences(std::string_view paragraph);

// Appends the tokens of `text` (spans relative to `text`, shifted by `base`);
// fills Token::text, kind and norm only. Apostrophes and hyphens inside a
// word stay in it ("Russia’s" -> norm "russia's", "Ukraine-Russia",
// "30-day"); en and em dashes separate ("Zelensky–Putin" is three tokens).
// Abbreviations keep their period ("U.S.", "Mr."). A token starting with a
// digit is a number ("1,000", "5.5", "10:30", "10am"); "$" and "%" are
// symbols of their own. The norms' bytes are appended to *chars, which must
// outlive the tokens.
void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out,
              TokenChars* chars);

// Snowball stem of a matching-form word for a language: a BCP 47 tag ("en",
// "de-AT", "pt-BR") or a Snowball name ("english"); "" means English. A
// language libstemmer does not know gives the word unchanged.
std::string Stem(std::string_view word, std::string_view language = "en");

// True for an English stop word given in matching form: articles, pronouns,
// prepositions, auxiliaries, conjunctions. Negations ("not", "no"),
// reporting verbs ("said") and quantity words ("more", "each", "only") are
// not stop words: they change what a sentence claims.
bool IsStopWord(std::string_view norm);

}  // namespace newsfuse

#endif  // NEWSFUSE_ANALYZE_H_
