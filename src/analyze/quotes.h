// Quotation detection, internal to src/analyze: the marks, then the
// attribution. FindQuotes (quotes.cc) ties them together.
//
// Marks (quotes_marks.cc). Double quotes open and close by pairs: straight
// ", curly “ ”, guillemets « », the low „ and the typewriter `` ''. A single
// quote (' ‘ ’) opens only after white space, the start or opening
// punctuation and before a letter, and closes only after a non-space and
// before white space, punctuation or the end; so "don't", "Russia’s" and
// "the ’90s" hold no marks. Single quotes inside a double quote belong to it
// (they are not quotes of their own), and so do double marks inside a
// top-level single quote. A double quote still open at a paragraph's end
// continues when the next paragraph opens with a quotation mark (the news
// convention), else it ends there, unclosed. A single quote still open at a
// paragraph's end was an apostrophe: it is dropped.
//
// Attribution (quotes_speaker.cc): see Attributor.
#ifndef NEWSFUSE_ANALYZE_QUOTES_H_
#define NEWSFUSE_ANALYZE_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "newsfuse/article.h"
#include "newsfuse/span.h"

namespace newsfuse::analyze_internal {

// A quotation as its marks delimit it. Spans are in Article::text.
struct QuoteMarks {
  Span text;   // between the marks, white space trimmed
  Span open;   // the opening mark
  Span close;  // the closing mark; empty when unclosed
  bool unclosed = false;
};

// The top-level quotations of `text` within `paragraphs`, in text order.
std::vector<QuoteMarks> ScanQuoteMarks(std::string_view text,
                                       const std::vector<Paragraph>& paragraphs);

// Who a quotation is attributed to, as written near it.
struct Attribution {
  Span speaker;           // the name run or pronoun, in Article::text
  std::string_view cue;   // "said", "told reporters"... (static storage)
  bool pronoun = false;   // `speaker` is he, she or they
  bool found = false;     // a reporting verb attributes the quote
};

// Finds attributions over an analyzed article (sentences and tokens):
//
//   after the quote:  “…,” X said / “…,” said X / “…,” X, 78, told reporters
//                     / “…,” he wrote / “…,” according to X
//   before it:        X said: “…” / X told reporters “…” / According to X,
//                     “…” / ..., adding: “…” (the sentence's subject)
//
// X is a name run: capitalized words and role words ("Kremlin spokesperson
// Dmitry Peskov", "Secretary of State Marco Rubio"), or a pronoun. A
// partial quote may also take the nearest reporting verb anywhere before
// it in its sentence ("X said he hoped for a “productive day”").
class Attributor {
 public:
  Attributor(const Article& a, const std::vector<QuoteMarks>& quotes);

  Attribution Find(const QuoteMarks& q, const Quote& quote) const;

  // The last person-like subject (a name run opening a clause) in the few
  // sentences before `sentence` or in it before `pos`; empty if none.
  Span LastSubjectBefore(uint32_t sentence, uint32_t pos) const;

 private:
  struct Window {  // token indices [begin, end)
    uint32_t begin;
    uint32_t end;
  };
  Attribution After(Window w) const;
  Attribution Before(Window w, bool partial) const;
  Attribution Later(Window w) const;
  Attribution SubjectOf(Window w, uint32_t verb) const;
  Attribution SentenceSubject(Window w) const;
  Attribution Named(uint32_t first, uint32_t last, uint32_t verb) const;
  uint32_t RunAfter(uint32_t i, uint32_t end) const;
  uint32_t RunBefore(uint32_t i, uint32_t begin) const;
  bool RunWord(uint32_t i) const;
  bool Modifier(uint32_t i) const;
  bool InQuote(uint32_t token) const;
  uint32_t TokenAt(uint32_t pos) const;
  Window SentenceWindow(uint32_t sentence) const;
  std::string_view Cue(uint32_t verb) const;

  const Article& a_;
  const std::vector<QuoteMarks>& quotes_;
  std::vector<uint8_t> in_quote_;        // per token: inside a quotation
  std::vector<uint8_t> sentence_start_;  // per token: first word of sentence
};

// Reporting-verb lookups on Token::norm.
// The cue for a reporting verb ("says" -> "said", "adding" -> "added"),
// else "". `partial` admits verbs that only frame a phrase ("called").
std::string_view ReportingCue(std::string_view norm, bool partial);
// True for words that may be part of a speaker run although lower-case
// ("spokesperson", "minister", "officials").
bool IsSpeakerRoleWord(std::string_view norm);
// True for a capitalized word that opens sentences without being a name
// ("Meanwhile", "However", "Following").
bool IsCommonStarter(std::string_view norm);
// True for a name run that is likely not a person: a place, an
// institution, a day ("Russia", "Kremlin", "Monday").
bool UnlikelyPerson(std::string_view text);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_QUOTES_H_
