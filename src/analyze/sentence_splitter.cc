// SplitSentences: a rule-based splitter for news prose.
//
// A sentence may end at a run of terminators (. ? ! … and the CJK 。！？)
// followed by any closing quotes or brackets (they stay with the sentence)
// and then white space. Whether it does depends on what follows:
//
//   * a lower-case letter or a punctuation mark such as ',' never starts a
//     sentence: "U.S. officials", "“Why?” she asked", "We're ... going";
//   * after ? or !, anything else starts one, except a capitalized name
//     followed by a reporting verb after a closing quote ("“Why?” Smith
//     asked");
//   * after an ellipsis, a capitalized word or an opening quote does;
//   * after a period, it depends on the word before it (abbreviations.h):
//       - titles ("Mr.", "Gen.", "St.") and "e.g."/"vs." never end one;
//       - "No.", "Jan.", "Sept." continue before a number;
//       - words that may end a sentence ("U.S.", "a.m.", "Inc.", "Jr.",
//         initials like "J.", dotted acronyms) end it only before a common
//         sentence starter ("The", "He", "But"...) or an opening quote, so
//         "in the U.S. The next day" splits but "U.S. President" and
//         "Donald J. Trump" do not;
//       - after any other word an upper-case letter, a digit, a symbol or
//         an opening quote starts a new sentence.
//   * a would-be sentence without a letter ("1.", "...") never ends.
//
// Periods inside tokens ("3.14", "U.S.-led", "example.com") are never
// followed by white space and so never end a sentence. The rest of the line
// after the last boundary is one sentence even without final punctuation
// (headlines). Spans exclude surrounding white space.
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "analyze/abbreviations.h"
#include "analyze/text_chars.h"
#include "newsfuse/analyze.h"

namespace newsfuse {
namespace {

using analyze_internal::Abbreviation;
using analyze_internal::CharAt;
using analyze_internal::CharAtPos;
using analyze_internal::CharClass;

// Bytes that may begin a terminator: . ? ! and the lead bytes of … (E2 80
// A6), 。 (E3 80 82), ！ (EF BC 81) and ？ (EF BC 9F).
constexpr std::array<bool, 256> MakeTerminatorTable() {
  std::array<bool, 256> t{};
  t['.'] = t['?'] = t['!'] = true;
  t[0xE2] = t[0xE3] = t[0xEF] = true;
  return t;
}
constexpr std::array<bool, 256> kMayTerminate = MakeTerminatorTable();

// The first i' >= i with p[i'] a byte '.', '?', '!' or >= 0x80 (a superset
// of kMayTerminate), else p.size(). Eight bytes a step: most bytes of a
// paragraph are none of these.
size_t NextMayTerminate(std::string_view p, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = kOnes * 0x80;
  // The top bit of each byte of x that is 0 (exact for the lowest one).
  auto zero_bytes = [](uint64_t x) { return (x - kOnes) & ~x & kTop; };
  for (; i + 8 <= p.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, p.data() + i, 8);
    uint64_t hits = zero_bytes(x ^ (kOnes * '.')) |
                    zero_bytes(x ^ (kOnes * '?')) |
                    zero_bytes(x ^ (kOnes * '!')) | (x & kTop);
    if (hits != 0) {
      // Bytes are in memory order on little-endian machines only.
      if constexpr (std::endian::native == std::endian::little) {
        return i + (std::countr_zero(hits) >> 3);
      }
      break;
    }
  }
  while (i < p.size() && !kMayTerminate[static_cast<unsigned char>(p[i])] &&
         static_cast<unsigned char>(p[i]) < 0x80) {
    ++i;
  }
  return i;
}

enum class Term { kNone, kPeriod, kEllipsis, kStrong, kCjk };

Term TerminatorAt(std::string_view p, size_t i, size_t* len) {
  *len = 1;
  switch (p[i]) {
    case '.':
      return Term::kPeriod;
    case '?':
    case '!':
      return Term::kStrong;
    default:
      break;
  }
  if (!kMayTerminate[static_cast<unsigned char>(p[i])]) return Term::kNone;
  CharAt ch = CharAtPos(p, i);
  *len = ch.len;
  switch (ch.c) {
    case 0x2026:
      return Term::kEllipsis;
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
      return Term::kCjk;
    default:
      return Term::kNone;
  }
}

// A run of terminators with the closing quotes after it.
struct Candidate {
  size_t begin = 0;  // the first terminator byte
  size_t end = 0;    // after the terminators and closing quotes
  size_t next = 0;   // the first byte after the white space that follows
  int periods = 0;
  bool ellipsis = false;
  bool strong = false;  // ? or !
  bool cjk = false;
  bool closed = false;  // a closing quote or bracket follows the run
};

Candidate ScanCandidate(std::string_view p, size_t i) {
  Candidate c;
  c.begin = i;
  size_t len;
  for (Term t; i < p.size() && (t = TerminatorAt(p, i, &len)) != Term::kNone;
       i += len) {
    c.periods += t == Term::kPeriod;
    c.ellipsis |= t == Term::kEllipsis;
    c.strong |= t == Term::kStrong;
    c.cjk |= t == Term::kCjk;
  }
  c.ellipsis |= c.periods >= 2;
  while (i < p.size()) {
    CharAt ch = CharAtPos(p, i);
    if (!analyze_internal::IsClosing(ch.c)) break;
    c.closed = true;
    i += ch.len;
  }
  c.end = i;
  c.next = i + analyze_internal::SpaceRun(p, i);
  return c;
}

// The word before a terminator at `end`, without opening quotes/brackets.
std::string_view WordBefore(std::string_view p, size_t start, size_t end) {
  size_t b = end;
  while (b > start && p[b - 1] != ' ' && p[b - 1] != '\t') --b;
  while (b < end) {
    CharAt ch = CharAtPos(p, b);
    if (!analyze_internal::IsOpening(ch.c)) break;
    b += ch.len;
  }
  return p.substr(b, end - b);
}

// The run of ASCII letters at p[i].
std::string_view AsciiWordAt(std::string_view p, size_t i) {
  size_t e = i;
  while (e < p.size() && ((p[e] | 0x20) >= 'a' && (p[e] | 0x20) <= 'z')) ++e;
  return p.substr(i, e - i);
}

bool IsReportingVerb(std::string_view w) {
  for (std::string_view v :
       {"said", "asked", "says", "asks", "added", "told", "wrote", "replied",
        "shouted", "cried", "insisted", "tweeted", "wondered"}) {
    if (w == v) return true;
  }
  return false;
}

// "“Why now?” Peskov asked": up to two capitalized words, then a verb.
bool AttributionFollows(std::string_view p, size_t i) {
  for (int words = 0; words < 3 && i < p.size(); ++words) {
    std::string_view w = AsciiWordAt(p, i);
    if (w.empty()) return false;
    if (words > 0 && IsReportingVerb(w)) return true;
    if (w[0] < 'A' || w[0] > 'Z') return false;
    i += w.size();
    if (i >= p.size() || p[i] != ' ') return false;
    ++i;
  }
  return false;
}

enum class Next { kNoStart, kUpper, kDigit, kOpen, kOther };

Next ClassifyNext(std::string_view p, size_t i) {
  CharAt ch = CharAtPos(p, i);
  switch (ch.cls) {
    case CharClass::kUpper:
    case CharClass::kLetter:
      return Next::kUpper;
    case CharClass::kDigit:
      return Next::kDigit;
    case CharClass::kSymbol:
      return Next::kOther;
    case CharClass::kPunct:
      return analyze_internal::IsOpening(ch.c) ? Next::kOpen : Next::kNoStart;
    default:
      return Next::kNoStart;
  }
}

// Whether a period after `word` ends the sentence before `next`.
bool PeriodEnds(std::string_view p, std::string_view word, size_t at,
                Next next) {
  switch (analyze_internal::ClassifyAbbreviation(word)) {
    case Abbreviation::kTitle:
      return false;
    case Abbreviation::kBeforeNumber:
      if (next == Next::kDigit) return false;
      [[fallthrough]];
    case Abbreviation::kMayEnd:
      return next == Next::kOpen ||
             (next == Next::kUpper &&
              analyze_internal::IsSentenceStarter(AsciiWordAt(p, at)));
    case Abbreviation::kNone:
      return true;
  }
  return true;
}

bool EndsSentence(std::string_view p, size_t start, const Candidate& c) {
  if (c.next >= p.size()) return false;  // the tail is handled by the caller
  if (c.next == c.end && !c.cjk) return false;  // no space: "3.14", "U.S.-led"
  Next next = ClassifyNext(p, c.next);
  if (next == Next::kNoStart) return false;
  if (c.cjk) return true;
  if (c.strong) return !(c.closed && AttributionFollows(p, c.next));
  if (c.ellipsis) return next == Next::kUpper || next == Next::kOpen;
  return PeriodEnds(p, WordBefore(p, start, c.begin), c.next, next);
}

// True when p[from, to) holds a letter; advances *from past what it read.
bool HasLetter(std::string_view p, size_t* from, size_t to) {
  while (*from < to) {
    CharAt ch = CharAtPos(p, *from);
    *from += ch.len;
    if (analyze_internal::IsLetterClass(ch.cls)) return true;
  }
  return false;
}

// `end` moved back over trailing white space, not before `begin`.
size_t TrimRight(std::string_view p, size_t begin, size_t end) {
  while (end > begin) {
    size_t b = end - 1;
    while (b > begin && (static_cast<unsigned char>(p[b]) & 0xC0) == 0x80) --b;
    if (CharAtPos(p, b).cls != CharClass::kSpace) break;
    end = b;
  }
  return end;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view p) {
  std::vector<Span> out;
  size_t start = analyze_internal::SpaceRun(p, 0);
  size_t scanned = start;  // letters were looked for up to here
  bool has_letter = false;
  size_t i = start;
  while ((i = NextMayTerminate(p, i)) < p.size()) {
    if (!kMayTerminate[static_cast<unsigned char>(p[i])]) {
      ++i;
      continue;
    }
    size_t len;
    if (TerminatorAt(p, i, &len) == Term::kNone) {
      i += len;
      continue;
    }
    Candidate c = ScanCandidate(p, i);
    if (!has_letter) has_letter = HasLetter(p, &scanned, c.begin);
    if (has_letter && EndsSentence(p, start, c)) {
      out.push_back(
          {static_cast<uint32_t>(start), static_cast<uint32_t>(c.end)});
      start = scanned = c.next;
      has_letter = false;
    }
    i = c.end;
  }
  size_t end = TrimRight(p, start, p.size());
  if (end > start) {
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  return out;
}

}  // namespace newsfuse
