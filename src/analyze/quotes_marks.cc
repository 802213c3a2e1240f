// ScanQuoteMarks: quotation marks paired into quotations (rules in quotes.h).
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "analyze/quotes.h"

namespace newsfuse::analyze_internal {
namespace {

enum class MarkKind : uint8_t {
  kNone,
  kDoubleOpen,    // “ „ « ``
  kDoubleClose,   // ” » ''
  kDoubleEither,  // "
  kSingle,        // ' ‘ ’
};

struct Mark {
  MarkKind kind = MarkKind::kNone;
  uint32_t len = 1;
};

bool IsAsciiAlpha(unsigned char c) {
  return static_cast<unsigned>((c | 0x20) - 'a') < 26u;
}

// The mark starting at s[i], if any.
Mark MarkAt(std::string_view s, size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  auto at = [&](size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  switch (b) {
    case '"':
      return {MarkKind::kDoubleEither, 1};
    case '`':
      return at(1) == '`' ? Mark{MarkKind::kDoubleOpen, 2} : Mark{};
    case '\'':
      return at(1) == '\'' ? Mark{MarkKind::kDoubleClose, 2}
                           : Mark{MarkKind::kSingle, 1};
    case 0xC2:
      if (at(1) == 0xAB) return {MarkKind::kDoubleOpen, 2};
      if (at(1) == 0xBB) return {MarkKind::kDoubleClose, 2};
      return {};
    case 0xE2:
      if (at(1) != 0x80) return {};
      switch (at(2)) {
        case 0x98:
        case 0x99:
          return {MarkKind::kSingle, 3};
        case 0x9C:
        case 0x9E:
          return {MarkKind::kDoubleOpen, 3};
        case 0x9D:
          return {MarkKind::kDoubleClose, 3};
      }
      return {};
  }
  return {};
}

// A byte that may start a mark, for the fast skip.
bool MayStartMark(unsigned char b) {
  return b == '"' || b == '\'' || b == '`' || b == 0xC2 || b == 0xE2;
}

// The first position in [i, end) holding a byte that may start a mark, or
// end. Eight bytes at a time: most text holds no quotation mark at all.
size_t NextCandidate(std::string_view s, size_t i, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  // Nonzero when some byte of v may equal b (never zero when one does).
  auto has = [](uint64_t v, unsigned char b) {
    uint64_t x = v ^ (kOnes * b);
    return (x - kOnes) & ~x & kHigh;
  };
  for (; i + 8 <= end; i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    if (has(v, '"') | has(v, '\'') | has(v, '`') | has(v, 0xC2) |
        has(v, 0xE2)) {
      break;
    }
  }
  while (i < end && !MayStartMark(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

// True when the mark at s[i] follows the paragraph start, white space or
// opening punctuation (a bracket, a dash, a double opening mark).
bool AfterBoundary(std::string_view s, size_t i, size_t begin) {
  if (i == begin) return true;
  auto p = static_cast<unsigned char>(s[i - 1]);
  if (p == ' ' || p == '\t' || p == '\n' || p == '(' || p == '[' || p == '{' ||
      p == '-' || p == '/' || p == '"') {
    return true;
  }
  if (i >= begin + 3 && static_cast<unsigned char>(s[i - 3]) == 0xE2 &&
      static_cast<unsigned char>(s[i - 2]) == 0x80) {
    return p == 0x9C || p == 0x9E || p == 0x93 || p == 0x94;  // “ „ – —
  }
  return i >= begin + 2 && static_cast<unsigned char>(s[i - 2]) == 0xC2 &&
         p == 0xAB;  // «
}

// True when a letter follows position j (a non-ASCII lead byte other than
// the punctuation block's counts as one).
bool LetterAt(std::string_view s, size_t j, size_t end) {
  if (j >= end) return false;
  auto c = static_cast<unsigned char>(s[j]);
  return IsAsciiAlpha(c) || (c >= 0xC3 && c != 0xE2);
}

// True when white space, punctuation or the end follows position j.
bool BreakAt(std::string_view s, size_t j, size_t end) {
  if (j >= end) return true;
  auto c = static_cast<unsigned char>(s[j]);
  if (c == 0xE2 || c == 0xC2) return true;  // dashes, quotes, ellipsis
  return c < 0x80 && !IsAsciiAlpha(c) && !(c >= '0' && c <= '9');
}

bool PrevIsSpace(std::string_view s, size_t i, size_t begin) {
  return i == begin || s[i - 1] == ' ' || s[i - 1] == '\t';
}

// True when the paragraph [begin, end) opens with a double opening mark.
bool OpensWithQuote(std::string_view s, size_t begin, size_t end) {
  while (begin < end && (s[begin] == ' ' || s[begin] == '\t')) ++begin;
  if (begin >= end) return false;
  Mark m = MarkAt(s, begin);
  return m.kind == MarkKind::kDoubleOpen || m.kind == MarkKind::kDoubleEither;
}

enum class State : uint8_t { kOut, kDouble, kSingle };

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<QuoteMarks>* out)
      : s_(text), out_(out) {}

  // Scans one paragraph; `continues` says the next one opens with a mark.
  void Paragraph(Span p, bool next_opens) {
    for (size_t i = p.begin; i < p.end;) {
      i = NextCandidate(s_, i, p.end);
      if (i >= p.end) break;
      Mark m = MarkAt(s_, i);
      if (m.kind == MarkKind::kNone) {
        ++i;
        continue;
      }
      Step(m, i, p);
      i += m.len;
    }
    if (state_ == State::kDouble && !next_opens) {
      Emit({p.end, p.end}, true);
    } else if (state_ == State::kSingle) {
      state_ = State::kOut;  // an apostrophe after all
    }
    skip_open_ = state_ == State::kDouble;
  }

 private:
  void Step(Mark m, size_t i, Span p) {
    bool boundary = AfterBoundary(s_, i, p.begin);
    bool letter = LetterAt(s_, i + m.len, p.end);
    bool brk = BreakAt(s_, i + m.len, p.end);
    Span mark = {uint32_t(i), uint32_t(i + m.len)};
    switch (state_) {
      case State::kOut:
        if (m.kind == MarkKind::kDoubleOpen ||
            (m.kind == MarkKind::kDoubleEither &&
             !(brk && !PrevIsSpace(s_, i, p.begin))) ||
            (m.kind == MarkKind::kDoubleClose && boundary && letter &&
             m.len > 2)) {
          if (i + m.len < p.end) Open(mark, State::kDouble);
        } else if (m.kind == MarkKind::kSingle && boundary && letter) {
          Open(mark, State::kSingle);
        }
        break;
      case State::kDouble:
        if (skip_open_) {  // the mark reopening a continued quotation
          skip_open_ = false;
          if (m.kind != MarkKind::kDoubleClose) break;
        }
        if (m.kind == MarkKind::kDoubleClose ||
            m.kind == MarkKind::kDoubleEither ||
            (m.kind == MarkKind::kDoubleOpen && m.len == 3 && brk)) {
          Emit(mark, false);
        }
        break;
      case State::kSingle:
        if (m.kind == MarkKind::kSingle && brk &&
            !PrevIsSpace(s_, i, p.begin)) {
          Emit(mark, false);
        }
        break;
    }
  }

  void Open(Span mark, State state) {
    state_ = state;
    open_ = mark;
  }

  void Emit(Span close, bool unclosed) {
    state_ = State::kOut;
    uint32_t b = open_.end, e = close.begin;
    while (b < e && IsSpace(s_[b])) ++b;
    while (e > b && IsSpace(s_[e - 1])) --e;
    if (b == e) return;
    QuoteMarks& q = out_->emplace_back();
    q.text = {b, e};
    q.open = open_;
    q.close = unclosed ? Span{e, e} : close;
    q.unclosed = unclosed;
  }

  static bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

  std::string_view s_;
  std::vector<QuoteMarks>* out_;
  State state_ = State::kOut;
  Span open_;
  bool skip_open_ = false;
};

}  // namespace

std::vector<QuoteMarks> ScanQuoteMarks(
    std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::vector<QuoteMarks> out;
  Scanner scanner(text, &out);
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    bool next_opens = i + 1 < paragraphs.size() &&
                      OpensWithQuote(text, paragraphs[i + 1].text.begin,
                                     paragraphs[i + 1].text.end);
    scanner.Paragraph(paragraphs[i].text, next_opens);
  }
  return out;
}

}  // namespace newsfuse::analyze_internal
