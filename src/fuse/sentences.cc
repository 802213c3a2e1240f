// DescribeSentences: the features fact alignment and summary choice read
// from each analyzed sentence.
//
// Attribution. A reporting verb ("said", "told", "according to") attributes
// the sentence when it stands in a main clause close to its subject: the
// words between the start of its clause (sentence start, comma, colon, dash
// or quotation mark) and the verb are at most six and open no subordinate
// clause. So "..., local authorities said." and "Zelensky told reporters
// that ..." are attributed statements, while "Trump spoke to Putin after
// Washington said there was an impasse" is the outlet's own. Verbs inside a
// quotation never attribute. A quotation without a verb of its own continues
// the previous sentence's speaker.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/ascii.h"
#include "fuse/fuse_internal.h"
#include "fuse/lexicon.h"
#include "newsfuse/unicode.h"

namespace newsfuse::fuse {
namespace {

constexpr size_t kMaxSubjectWords = 6;
constexpr int kMinWords = 7;  // shorter sentences are fragments

bool IsQuote(const Token& t) { return t.norm == "\""; }

bool IsClauseBreak(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  return t.norm == "," || t.norm == ":" || t.norm == ";" || t.norm == "-" ||
         t.norm == "\"" || t.norm == "(" || t.norm == ")";
}

bool Capitalized(std::string_view text) {
  return !text.empty() && IsAsciiUpper(text[0]);
}

// One sentence's tokens with its article and the lexicon's facts of each
// token, for the helpers below.
struct View {
  const Article& a;
  const Token* t;
  const WordFacts* const* f;  // parallel to t
  size_t n;
  std::string_view Text(size_t i) const { return t[i].text.In(a.text); }
  bool Has(size_t i, WordFacts::Flag flag) const { return f[i]->Has(flag); }
  std::string_view Next(size_t i) const {
    return i + 1 < n ? std::string_view(t[i + 1].norm) : std::string_view();
  }
  std::string Between(size_t first, size_t last) const {  // inclusive
    return std::string(a.text.substr(t[first].text.begin,
                                     t[last].text.end - t[first].text.begin));
  }
};

bool SpeakerWord(const View& v, size_t i) {
  return v.t[i].kind == TokenKind::kWord && !v.t[i].stop &&
         (Capitalized(v.Text(i)) || v.Has(i, WordFacts::kRoleWord));
}

// Words that may trail a subject without being part of it: "Peskov later
// said", "officials on Monday said".
bool EndsSubject(const Token& t) {
  static const std::set<std::string_view> kTrailing = {
      "also",       "later", "then", "again", "earlier",
      "still",      "now",   "once", "first", "previously",
      "reportedly", "had",   "has",  "have",  "was"};
  return kTrailing.count(t.norm) > 0 ||
         (t.norm.size() > 4 && t.norm.ends_with("ly"));
}

bool IsPreposition(std::string_view norm) {
  return norm == "on" || norm == "in" || norm == "at" || norm == "during" ||
         norm == "after" || norm == "before" || norm == "from";
}

// Fills the speaker from the name run [first, last] (inclusive). A speaker
// without a name ("local authorities", "he") has no key: it may be anyone.
void SetSpeaker(const View& v, size_t first, size_t last, SentenceInfo* info) {
  info->attributed = true;
  info->speaker = v.Between(first, last);
  info->speaker_tokens = {uint32_t(first), uint32_t(last + 1)};
  for (size_t k = last + 1; k-- > first;) {
    if (Capitalized(v.Text(k))) {
      info->speaker_key = Fold(v.t[k].norm);
      return;
    }
  }
}

// The speaker after a verb: "said Tomas Reyes", "according to X".
bool SpeakerAfter(const View& v, size_t i, SentenceInfo* info) {
  size_t first = i + 1;
  if (first < v.n && (v.t[first].norm == "to" || v.t[first].norm == "by" ||
                      v.t[first].norm == "the")) {
    ++first;
  }
  size_t last = first;
  while (last < v.n && SpeakerWord(v, last)) ++last;
  if (last == first) return false;
  SetSpeaker(v, first, last - 1, info);
  return true;
}

// The name run closest before token `start`, within a few tokens:
// "Trump, 78, also said". False when there is none (no speaker: the verb
// belongs to something else, as "a message posted on ...").
bool SpeakerBefore(const View& v, size_t start, SentenceInfo* info) {
  constexpr size_t kMaxLookBack = 6;
  for (size_t k = start; k > 0 && start - k < kMaxLookBack;) {
    --k;
    if (!SpeakerWord(v, k)) continue;
    size_t first = k;
    while (first > 0 && SpeakerWord(v, first - 1)) --first;
    SetSpeaker(v, first, k, info);
    return true;
  }
  return false;
}

// Checks whether the reporting verb at `i` attributes the sentence.
bool TryAttribution(const View& v, size_t i, SentenceInfo* info) {
  if (v.t[i].norm == "according") {
    return v.Next(i) == "to" && SpeakerAfter(v, i, info);
  }
  size_t start = i;
  while (start > 0 && !IsClauseBreak(v.t[start - 1])) --start;
  if (i - start > kMaxSubjectWords) return false;
  for (size_t k = start; k < i; ++k) {
    if (v.Has(k, WordFacts::kClauseOpener) || v.t[k].norm == "to") {
      return false;
    }
  }
  if (start == i) return SpeakerAfter(v, i, info);
  // The subject: from its first name or role word to the last one.
  size_t first = start, last = i - 1;
  while (first < last && !SpeakerWord(v, first) &&
         !v.Has(first, WordFacts::kPersonalPronoun)) {
    ++first;
  }
  for (size_t k = first + 1; k <= last; ++k) {  // "officials on Monday"
    if (IsPreposition(v.t[k].norm)) {
      last = k - 1;
      break;
    }
  }
  while (last > first &&
         (EndsSubject(v.t[last]) || v.t[last].kind != TokenKind::kWord)) {
    --last;
  }
  if (!SpeakerWord(v, first) && !v.Has(first, WordFacts::kPersonalPronoun)) {
    // "Trump, 78, also said": the name stands before an appositive.
    return SpeakerBefore(v, start, info);
  }
  // "Zelenskyy's office said": the possessive keeps its noun.
  std::string_view end = v.Text(last);
  if (last + 1 < i && (end.ends_with("'s") || end.ends_with("\u2019s"))) {
    last = i - 1;
  }
  SetSpeaker(v, first, last, info);
  return true;
}

void FindAttribution(const View& v, bool opens_in_quote, SentenceInfo* info) {
  bool in_quote = opens_in_quote;
  for (size_t i = 0; i < v.n; ++i) {
    if (IsQuote(v.t[i])) {
      in_quote = !in_quote;
      continue;
    }
    if (!in_quote && v.Has(i, WordFacts::kReportingVerb) &&
        TryAttribution(v, i, info)) {
      info->verb_token = uint32_t(i);
      return;
    }
  }
}

bool EndsLikeSentence(std::string_view s) {
  while (!s.empty() &&
         std::string_view("\"')]").find(s.back()) != std::string_view::npos) {
    s.remove_suffix(1);
  }
  while (s.size() >= 3 && (s.ends_with("\u201d") || s.ends_with("\u2019"))) {
    s.remove_suffix(3);
  }
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

bool StartsLikeSentence(std::string_view s) {
  if (s.starts_with("\u201c")) s.remove_prefix(3);  // an opening quote
  if (s.starts_with("\"")) s.remove_prefix(1);
  if (s.empty()) return false;
  uint8_t c = uint8_t(s[0]);
  return IsAsciiUpper(char(c)) || IsAsciiDigit(char(c)) || c >= 0x80;
}

bool MostlyUpperCase(std::string_view s) {
  int upper = 0, letters = 0;
  for (char c : s) {
    if (IsAsciiAlpha(c)) {
      ++letters;
      upper += IsAsciiUpper(c) ? 1 : 0;
    }
  }
  return letters > 0 && upper * 5 > letters * 3;
}

bool LooksLikeBoilerplate(std::string_view s) {
  return s.find("contributed to this report") != std::string_view::npos ||
         s.find("http") != std::string_view::npos ||
         s.find('@') != std::string_view::npos;
}

// A sentence opening with a pronoun ("He reaffirmed...") leans on the one
// before it for who "he" is; alone in a summary it would mislead.
bool StartsWithPronoun(const View& v) {
  static const std::set<std::string_view> kPronouns = {
      "he",  "she", "they", "it",   "his",   "her",   "their",
      "its", "him", "them", "this", "these", "those", "that"};
  return v.n > 0 && kPronouns.count(v.t[0].norm) > 0;
}

bool Standalone(const Article& a, const View& v, const SentenceInfo& info) {
  std::string_view text =
      v.n ? std::string_view(a.text).substr(
                v.t[0].text.begin, v.t[v.n - 1].text.end - v.t[0].text.begin)
          : std::string_view();
  if (info.words < kMinWords || info.quote_only) return false;
  if (StartsWithPronoun(v)) return false;
  if (!StartsLikeSentence(text) || !EndsLikeSentence(text)) return false;
  if (MostlyUpperCase(text) || LooksLikeBoilerplate(text)) return false;
  if (!a.title.empty() && text == a.title) return false;
  for (size_t i = 0; i < v.n; ++i) {
    if (IsVerbLike(*v.f[i], v.t[i].norm)) return true;
  }
  return false;
}

void AddUnique(std::vector<uint32_t>* v, uint32_t key) {
  for (uint32_t x : *v) {
    if (x == key) return;
  }
  v->push_back(key);
}

// Fills the sentence's keys, words and cues. `scratch` collects the keys,
// which are then copied once, at their size.
void FillKeysAndCues(const View& v, StoryWords* words, StoryKeys* keys,
                     std::vector<uint32_t>* scratch, SentenceInfo* info) {
  scratch->clear();
  for (size_t i = 0; i < v.n; ++i) {
    const Token& t = v.t[i];
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) {
      ++info->words;
    }
    if (IsPlanCue(*v.f[i], t.norm, v.Next(i))) ++info->plan_cues;
    if (IsDoneCue(*v.f[i], t.norm, v.Next(i))) ++info->done_cues;
    // Who said it is not what was said.
    if ((i >= info->speaker_tokens.begin && i < info->speaker_tokens.end) ||
        i == info->verb_token) {
      continue;
    }
    uint32_t key = words->KeyOf(v.a, t, *v.f[i]);
    if (key == StoryWords::kNoKey) continue;
    if (i > 0 && t.kind == TokenKind::kWord && Capitalized(v.Text(i))) {
      keys->MarkName(key);
    }
    AddUnique(scratch, key);
  }
  info->keys.assign(scratch->begin(), scratch->end());
}

// "..., he wrote": shows the name analyze resolved the quote's pronoun to.
// Only the displayed speaker changes; speaker_key, which keeps different
// speakers apart, stays as found in the sentence.
void ResolvePronounSpeaker(const Article& a, uint32_t sentence,
                           SentenceInfo* info) {
  if (!info->attributed || !IsPersonalPronoun(MatchingForm(info->speaker))) {
    return;
  }
  for (const Quote& q : a.quotes) {
    if (q.first_sentence <= sentence && sentence <= q.last_sentence &&
        !q.speaker.empty() && !IsPersonalPronoun(MatchingForm(q.speaker))) {
      info->speaker = q.speaker;
      return;
    }
  }
}

int CountQuotes(const View& v) {
  int n = 0;
  for (size_t i = 0; i < v.n; ++i) n += IsQuote(v.t[i]) ? 1 : 0;
  return n;
}

}  // namespace

std::vector<SentenceInfo> DescribeSentences(
    const std::vector<const Article*>& articles, StoryKeys* keys) {
  StoryWords words(articles, keys);
  std::vector<SentenceInfo> out;
  size_t total = 0;
  for (const Article* a : articles) total += a->sentences.size();
  out.reserve(total);
  std::vector<uint32_t> scratch;
  for (uint32_t ai = 0; ai < articles.size(); ++ai) {
    const Article& a = *articles[ai];
    bool open_quote = false;
    uint32_t paragraph = UINT32_MAX;
    size_t prev = out.size();  // none yet in this article
    for (uint32_t si = 0; si < a.sentences.size(); ++si) {
      const Sentence& s = a.sentences[si];
      if (s.first_token + s.token_count > a.tokens.size()) continue;
      View v{a, a.tokens.data() + s.first_token,
             words.Facts(ai) + s.first_token, s.token_count};
      if (s.paragraph != paragraph) open_quote = false;
      paragraph = s.paragraph;
      SentenceInfo info;
      info.ref = {ai, si};
      info.position = si;
      FindAttribution(v, open_quote, &info);
      FillKeysAndCues(v, &words, keys, &scratch, &info);
      info.opens_with_quote = v.n > 0 && IsQuote(v.t[0]);
      bool starts_quoted = open_quote || info.opens_with_quote;
      if (starts_quoted && !info.attributed) {
        info.quote_only = true;
        info.attributed = true;
        if (prev < out.size() && out[prev].attributed) {
          info.speaker = out[prev].speaker;
          info.speaker_key = out[prev].speaker_key;
        }
      }
      ResolvePronounSpeaker(a, si, &info);
      info.standalone = !open_quote && Standalone(a, v, info);
      if (CountQuotes(v) % 2 == 1) open_quote = !open_quote;
      prev = out.size();
      out.push_back(std::move(info));
    }
  }
  return out;
}

}  // namespace newsfuse::fuse
