// Attributor: the speaker and cue of a quotation, from the tokens around it.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/quotes.h"
#include "analyze/text_chars.h"
#include "newsfuse/analyze.h"

namespace newsfuse::analyze_internal {
namespace {

constexpr uint32_t kNone = ~uint32_t{0};
constexpr uint32_t kMaxAppositive = 8;   // ", Trump's envoy," ", 78,"
constexpr uint32_t kMaxLeadIn = 12;      // "X wrote on ... on Sunday: “"
constexpr uint32_t kMaxDirectGap = 3;    // "X told reporters that “"
constexpr uint32_t kMaxModifiers = 3;    // lower-case words before a run

bool IsPronoun(std::string_view n) {
  return n == "he" || n == "she" || n == "they";
}

bool IsPreposition(std::string_view n) {
  return n == "in" || n == "on" || n == "at" || n == "with" || n == "to" ||
         n == "from" || n == "for" || n == "of" || n == "by" ||
         n == "after" || n == "before" || n == "during" || n == "about" ||
         n == "over" || n == "under" || n == "between" || n == "against" ||
         n == "than" || n == "into" || n == "his" || n == "her" ||
         n == "their" || n == "its";
}

// Words between a subject and its verb: "Peskov later said".
bool IsAdverb(std::string_view n) {
  return n == "also" || n == "later" || n == "then" || n == "again" ||
         n == "earlier" || n == "had" || n == "has" || n == "have" ||
         n == "once" || n == "previously" || n == "reportedly" ||
         n == "has" || n == "just" || (n.size() > 4 && n.ends_with("ly"));
}

bool IsSeparator(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.norm == "," || t.norm == "-" || t.norm == ":");
}

bool IsDeterminer(std::string_view n) {
  return n == "the" || n == "a" || n == "an";
}

bool Capitalized(std::string_view s) {
  if (s.empty()) return false;
  return CharAtPos(s, 0).cls == CharClass::kUpper;
}

}  // namespace

Attributor::Attributor(const Article& a, const std::vector<QuoteMarks>& quotes)
    : a_(a), quotes_(quotes) {
  in_quote_.assign(a.tokens.size(), 0);
  sentence_start_.assign(a.tokens.size(), 0);
  size_t q = 0;
  for (size_t t = 0; t < a.tokens.size(); ++t) {
    uint32_t pos = a.tokens[t].text.begin;
    while (q < quotes.size() && std::max(quotes[q].close.end,
                                         quotes[q].text.end) <= pos) {
      ++q;
    }
    in_quote_[t] = q < quotes.size() && quotes[q].open.begin <= pos;
  }
  for (const Sentence& s : a.sentences) {
    for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
      if (a.tokens[t].kind == TokenKind::kWord) {
        sentence_start_[t] = 1;
        break;
      }
    }
  }
}

uint32_t Attributor::TokenAt(uint32_t pos) const {
  auto it = std::lower_bound(
      a_.tokens.begin(), a_.tokens.end(), pos,
      [](const Token& t, uint32_t p) { return t.text.begin < p; });
  return static_cast<uint32_t>(it - a_.tokens.begin());
}

Attributor::Window Attributor::SentenceWindow(uint32_t sentence) const {
  const Sentence& s = a_.sentences[sentence];
  return {s.first_token, s.first_token + s.token_count};
}

bool Attributor::InQuote(uint32_t token) const { return in_quote_[token]; }

bool Attributor::RunWord(uint32_t i) const {
  const Token& t = a_.tokens[i];
  if (t.kind != TokenKind::kWord || in_quote_[i]) return false;
  if (IsSpeakerRoleWord(t.norm)) return true;
  if (!Capitalized(t.text.In(a_.text))) return false;
  return !(sentence_start_[i] && IsCommonStarter(t.norm)) &&
         !IsPronoun(t.norm) && t.norm != "i" && t.norm != "we";
}

// One past the name run starting at i ("Secretary of State Marco Rubio");
// i when no run starts there.
uint32_t Attributor::RunAfter(uint32_t i, uint32_t end) const {
  uint32_t e = i;
  while (e < end && e - i < kMaxModifiers && Modifier(e)) ++e;
  if (e > i && !(e < end && RunWord(e))) return i;
  while (e < end) {
    if (RunWord(e)) {
      ++e;
    } else if (e > i && a_.tokens[e].norm == "of" && e + 1 < end &&
               RunWord(e + 1)) {
      e += 2;
    } else {
      break;
    }
  }
  return e;
}

// The first word of the name run ending at i (a run word).
uint32_t Attributor::RunBefore(uint32_t i, uint32_t begin) const {
  uint32_t b = i;
  while (b > begin) {
    if (RunWord(b - 1)) {
      --b;
    } else if (b >= begin + 2 && a_.tokens[b - 1].norm == "of" &&
               RunWord(b - 2)) {
      b -= 2;
    } else {
      break;
    }
  }
  uint32_t m = b;  // "diver Eli Marsh", after a boundary
  while (m > begin && b - m < kMaxModifiers && Modifier(m - 1)) --m;
  if (m < b && (m == begin || a_.tokens[m - 1].kind != TokenKind::kWord ||
                IsDeterminer(a_.tokens[m - 1].norm))) {
    b = m;
  }
  return b;
}

// A lower-case word that may lead a name run: "harbour" in "harbour
// spokesperson Ivo Brant", "the airline's" in "the airline's head".
bool Attributor::Modifier(uint32_t i) const {
  const Token& t = a_.tokens[i];
  bool wordlike = t.kind == TokenKind::kWord ||
                  (t.kind == TokenKind::kNumber && t.norm.find('-') != std::string::npos);
  return wordlike && !in_quote_[i] && !t.stop &&
         !Capitalized(t.text.In(a_.text)) && !IsAdverb(t.norm) &&
         ReportingCue(t.norm, true).empty() && t.norm != "according";
}

std::string_view Attributor::Cue(uint32_t verb) const {
  if (a_.tokens[verb].norm == "according") return "according to";
  std::string_view cue = ReportingCue(a_.tokens[verb].norm, true);
  if (cue == "told" && verb + 1 < a_.tokens.size()) {
    std::string_view object = a_.tokens[verb + 1].norm;
    if (object == "reporters" || object == "journalists") {
      return "told reporters";
    }
  }
  return cue;
}

Attribution Attributor::Named(uint32_t first, uint32_t last,
                              uint32_t verb) const {
  Attribution at;
  at.found = true;
  if (verb < a_.tokens.size()) at.cue = Cue(verb);
  at.speaker = {a_.tokens[first].text.begin, a_.tokens[last].text.end};
  at.pronoun = first == last && IsPronoun(a_.tokens[first].norm);
  return at;
}

// "“…,” X said", "“…,” said X", "“…,” according to X", "“…,” he wrote".
Attribution Attributor::After(Window w) const {
  uint32_t k = w.begin;
  while (k < w.end && IsSeparator(a_.tokens[k])) ++k;
  if (k >= w.end) return {};
  const std::vector<Token>& t = a_.tokens;
  if (t[k].norm == "according" && k + 1 < w.end && t[k + 1].norm == "to") {
    uint32_t e = RunAfter(k + 2, w.end);
    if (e == k + 2) return {};
    return Named(k + 2, e - 1, k);
  }
  if (!ReportingCue(t[k].norm, false).empty()) {  // "said Peskov"
    uint32_t b = k + 1;
    while (b < w.end && IsDeterminer(t[b].norm)) ++b;
    uint32_t e = b < w.end && IsPronoun(t[b].norm) ? b + 1 : RunAfter(b, w.end);
    if (e == b) {
      Attribution at;
      at.found = true;
      at.cue = Cue(k);
      return at;
    }
    return Named(b, e - 1, k);
  }
  while (k < w.end && IsDeterminer(t[k].norm)) ++k;
  if (k >= w.end) return {};
  uint32_t e = IsPronoun(t[k].norm) ? k + 1 : RunAfter(k, w.end);
  if (e == k) return {};
  uint32_t v = e;
  if (v < w.end && t[v].norm == ",") {  // "Trump, 78, also said"
    uint32_t j = v + 1;
    while (j < w.end && j - v <= kMaxAppositive && t[j].norm != ",") ++j;
    if (j < w.end && t[j].norm == ",") v = j + 1;
  }
  while (v < w.end && IsAdverb(t[v].norm)) ++v;
  if (v >= w.end || ReportingCue(t[v].norm, false).empty()) return {};
  return Named(k, e - 1, v);
}

// The subject of the sentence's main clause: its first name run or pronoun
// that follows no preposition ("In a post on X, Trump said...").
Attribution Attributor::SentenceSubject(Window w) const {
  const std::vector<Token>& t = a_.tokens;
  for (uint32_t k = w.begin; k < w.end; ++k) {
    if (in_quote_[k] || t[k].kind != TokenKind::kWord) continue;
    bool after_prep = k > w.begin && IsPreposition(t[k - 1].norm);
    bool pronoun = IsPronoun(t[k].norm);
    if (!pronoun && !RunWord(k)) continue;
    uint32_t e = pronoun ? k + 1 : RunAfter(k, w.end);
    if (!after_prep) return Named(k, e - 1, kNone);
    k = e - 1;
  }
  return {};
}

// The subject of the reporting verb at `verb`, before it in `w`.
Attribution Attributor::SubjectOf(Window w, uint32_t verb) const {
  const std::vector<Token>& t = a_.tokens;
  uint32_t j = verb;
  while (j > w.begin && IsAdverb(t[j - 1].norm)) --j;
  if (j > w.begin && t[j - 1].norm == "," && !t[verb].norm.ends_with("ing")) {
    uint32_t p = j - 1;  // "Trump, 78, said"
    while (p > w.begin && j - p <= kMaxAppositive && t[p - 1].norm != ",") --p;
    if (p > w.begin + 1 && RunWord(p - 2)) j = p - 1;
  }
  Attribution at;
  if (j > w.begin && IsPronoun(t[j - 1].norm)) {
    at = Named(j - 1, j - 1, verb);
  } else if (j > w.begin && RunWord(j - 1)) {
    at = Named(RunBefore(j - 1, w.begin), j - 1, verb);
  } else if (t[verb].norm.ends_with("ing") ||
             (j > w.begin && (t[j - 1].norm == "," || t[j - 1].norm == "and"))) {
    at = SentenceSubject({w.begin, verb});  // "..., adding: “…”"
  }
  at.found = true;
  at.cue = Cue(verb);
  return at;
}

// "X said: “…”", "X told reporters “…”", "According to X, “…”", "...,
// adding: “…”"; a partial quote takes any reporting verb before it.
Attribution Attributor::Before(Window w, bool partial) const {
  if (w.end <= w.begin) return {};
  const std::vector<Token>& t = a_.tokens;
  bool introduced = w.end > w.begin && (t[w.end - 1].norm == ":" ||
                                        t[w.end - 1].norm == ",");
  uint32_t max_gap = partial ? kNone : introduced ? kMaxLeadIn : kMaxDirectGap;
  for (uint32_t k = w.end; k-- > w.begin;) {
    if (in_quote_[k]) continue;
    if (w.end - k - 1 > max_gap) break;
    if (t[k].norm == "according" && k + 1 < w.end && t[k + 1].norm == "to") {
      uint32_t e = RunAfter(k + 2, w.end);
      if (e > k + 2) return Named(k + 2, e - 1, k);
    }
    if (!ReportingCue(t[k].norm, partial).empty()) return SubjectOf(w, k);
  }
  return {};
}

// A partial quote's attribution later in its sentence: "will
// “immediately” begin talks, President X said".
Attribution Attributor::Later(Window w) const {
  Attribution at = After(w);
  if (at.found) return at;
  for (uint32_t k = w.begin; k < w.end; ++k) {
    if (!in_quote_[k] && !ReportingCue(a_.tokens[k].norm, false).empty()) {
      return SubjectOf(w, k);
    }
  }
  return {};
}

Attribution Attributor::Find(const QuoteMarks& q, const Quote& quote) const {
  Window first = SentenceWindow(quote.first_sentence);
  Window before = {first.begin, std::max(first.begin, TokenAt(q.open.begin))};
  Window after = {0, 0};
  if (!q.unclosed) {
    Window last = SentenceWindow(quote.last_sentence);
    after = {TokenAt(q.close.end), last.end};
    for (uint32_t k = after.begin; k < after.end; ++k) {
      if (in_quote_[k]) after.end = k;  // the next quotation
    }
    uint32_t next = quote.last_sentence + 1;
    if (after.begin >= after.end && next < a_.sentences.size() &&
        a_.sentences[next].paragraph == a_.sentences[quote.last_sentence].paragraph &&
        a_.sentences[next].token_count <= 8) {
      after = SentenceWindow(next);  // “…!” Trump said.
    }
  }
  if (quote.partial) {
    Attribution at = Before(before, true);
    return at.found ? at : Later(after);
  }
  Attribution at = After(after);
  return at.found ? at : Before(before, false);
}

Span Attributor::LastSubjectBefore(uint32_t sentence, uint32_t pos) const {
  constexpr uint32_t kLookBack = 4;
  for (uint32_t s = sentence + 1; s-- > 0 && sentence - s <= kLookBack;) {
    Window w = SentenceWindow(s);
    if (s == sentence) w.end = std::min(w.end, TokenAt(pos));
    for (uint32_t k = w.begin; k < w.end; ++k) {
      Attribution at = SentenceSubject({k, w.end});
      if (!at.found || at.pronoun) break;
      if (!UnlikelyPerson(at.speaker.In(a_.text))) return at.speaker;
      k = TokenAt(at.speaker.end);
    }
  }
  return {};
}

}  // namespace newsfuse::analyze_internal
