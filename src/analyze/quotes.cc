// FindQuotes and LinkQuoteSpeakers: quotations with their speakers.
//
// A quote is partial when it opens inside its sentence and is not
// introduced as a full quotation (by ':' or ',' or a reporting verb, with a
// capital after the mark): "called the talks a “next step”". A full quote
// with no attribution of its own, in the paragraph after or the same
// paragraph as an attributed full quote, continues that speaker (news
// style sets a speaker's following quoted paragraph apart). A pronoun
// speaker (he, she) is resolved to the most recent of: the last quote's
// speaker, the subject name run of the nearest sentences before it; "they"
// and pronouns with nothing to point at leave the speaker empty.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/quotes.h"
#include "analyze/text_chars.h"
#include "newsfuse/analyze.h"

namespace newsfuse {
namespace {

using analyze_internal::Attribution;
using analyze_internal::Attributor;
using analyze_internal::QuoteMarks;

uint32_t SentenceOf(const Article& a, uint32_t pos) {
  auto it = std::upper_bound(
      a.sentences.begin(), a.sentences.end(), pos,
      [](uint32_t p, const Sentence& s) { return p < s.text.end; });
  if (it == a.sentences.end()) --it;
  return static_cast<uint32_t>(it - a.sentences.begin());
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// True when the quoted words start with a capital or a digit.
bool StartsLikeSentence(std::string_view words) {
  if (words.empty()) return false;
  analyze_internal::CharClass c = analyze_internal::CharAtPos(words, 0).cls;
  return c == analyze_internal::CharClass::kUpper ||
         c == analyze_internal::CharClass::kDigit ||
         c == analyze_internal::CharClass::kPunct;  // "[We] consider"
}

// The word just before `end` in `s`, lower-cased ASCII.
std::string WordBefore(std::string_view s, uint32_t begin, uint32_t end) {
  while (end > begin && IsSpaceByte(s[end - 1])) --end;
  uint32_t b = end;
  while (b > begin && !IsSpaceByte(s[b - 1])) --b;
  std::string w(s.substr(b, end - b));
  for (char& c : w) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  return w;
}

bool IsPartial(const Article& a, const QuoteMarks& m, uint32_t sentence) {
  uint32_t begin = a.sentences[sentence].text.begin;
  uint32_t p = m.open.begin;
  while (p > begin && IsSpaceByte(a.text[p - 1])) --p;
  if (p <= begin) return false;  // the quote opens its sentence
  if (!StartsLikeSentence(m.text.In(a.text))) return true;
  char prev = a.text[p - 1];
  if (prev == ':' || prev == ',') return false;
  std::string word = WordBefore(a.text, begin, p);
  return analyze_internal::ReportingCue(word, false).empty() && word != "reporters" &&
         word != "that";
}

bool IsPronounText(std::string_view s) {
  return s == "he" || s == "He" || s == "she" || s == "She";
}

// Resolves a pronoun speaker to the latest candidate before it.
void ResolvePronoun(const Article& a, const Attributor& attr,
                    const Attribution& at, Quote* q) {
  if (!IsPronounText(at.speaker.In(a.text))) return;  // "they": unresolved
  Span subject =
      attr.LastSubjectBefore(SentenceOf(a, at.speaker.begin), at.speaker.begin);
  const Quote* last = nullptr;
  for (auto it = a.quotes.rbegin(); it != a.quotes.rend(); ++it) {
    if (!it->speaker.empty()) {
      last = &*it;
      break;
    }
  }
  if (last != nullptr &&
      (subject.empty() || last->speaker_text.begin > subject.begin)) {
    q->speaker = last->speaker;
  } else if (!subject.empty()) {
    q->speaker = std::string(subject.In(a.text));
  }
  if (!q->speaker.empty()) q->speaker_text = at.speaker;
}

// A full quote without attribution continues the previous speaker.
void Continue(const Article& a, Quote* q) {
  if (q->partial || a.quotes.empty()) return;
  const Quote& prev = a.quotes.back();
  if (prev.partial || prev.cue.empty()) return;
  uint32_t prev_par = a.sentences[prev.last_sentence].paragraph;
  uint32_t par = a.sentences[q->first_sentence].paragraph;
  if (par > prev_par + 1) return;
  q->speaker = prev.speaker;
  q->speaker_text = prev.speaker_text;
  q->cue = prev.cue;
}

Quote MakeQuote(const Article& a, const QuoteMarks& m) {
  Quote q;
  q.text = m.text;
  q.original = a.text_map.ToOriginal(m.text);
  q.first_sentence = SentenceOf(a, m.text.begin);
  q.last_sentence = SentenceOf(a, m.text.end - 1);
  q.partial = IsPartial(a, m, q.first_sentence);
  q.unclosed = m.unclosed;
  return q;
}

}  // namespace

void FindQuotes(Article& article) {
  article.quotes.clear();
  if (article.sentences.empty()) return;
  std::vector<QuoteMarks> marks =
      analyze_internal::ScanQuoteMarks(article.text, article.paragraphs);
  if (marks.empty()) return;
  Attributor attr(article, marks);
  article.quotes.reserve(marks.size());
  for (const QuoteMarks& m : marks) {
    Quote q = MakeQuote(article, m);
    Attribution at = attr.Find(m, q);
    if (!at.found) {
      Continue(article, &q);
    } else {
      q.cue = std::string(at.cue);
      if (at.pronoun) {
        ResolvePronoun(article, attr, at, &q);
      } else if (!at.speaker.empty()) {
        q.speaker = std::string(at.speaker.In(article.text));
        q.speaker_text = at.speaker;
      }
    }
    article.quotes.push_back(std::move(q));
  }
}

}  // namespace newsfuse
