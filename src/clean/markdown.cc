// StripMarkdown: the text of one Markdown line, with exact offsets.
//
// Modest by design: ATX headings, block quotes, list bullets, emphasis, code
// ticks, links and images; no tables, HTML or reference links. Every kept
// byte is copied, so the map points each one at its place in the document.
#include <string_view>

#include "clean/clean_internal.h"

namespace newsfuse::clean_internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) {
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

// "---", "***", "___" (three or more, spaces allowed between).
bool IsThematicBreak(std::string_view s) {
  size_t i = SkipSpaces(s, 0);
  if (i >= s.size() || (s[i] != '-' && s[i] != '*' && s[i] != '_')) {
    return false;
  }
  char mark = s[i];
  size_t count = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == mark) {
      ++count;
    } else if (!IsSpace(s[i])) {
      return false;
    }
  }
  return count >= 3;
}

// Where the closing ']' of the '[' at s[open] is, or npos.
size_t MatchingBracket(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '[') {
      ++depth;
    } else if (s[i] == ']' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

// For "[text](url)" at s[open]: sets *close to the ']' and returns the end
// of "(url)", or npos when it is not a link.
size_t LinkEnd(std::string_view s, size_t open, size_t* close) {
  *close = MatchingBracket(s, open);
  if (*close == std::string_view::npos || *close + 1 >= s.size() ||
      s[*close + 1] != '(') {
    return std::string_view::npos;
  }
  size_t paren = s.find(')', *close + 2);
  return paren == std::string_view::npos ? paren : paren + 1;
}

// True when the '*' or '_' run at s[i, i + n) opens or closes emphasis.
bool IsEmphasis(std::string_view s, size_t i, size_t n) {
  char before = i > 0 ? s[i - 1] : ' ';
  char after = i + n < s.size() ? s[i + n] : ' ';
  bool opens = !IsSpace(after) && !IsAlnum(before);
  bool closes = !IsSpace(before) && !IsAlnum(after);
  if (s[i] == '*' && n >= 2) {  // "**bold**" may sit inside a word
    opens = opens || (!IsSpace(after) && IsAlnum(before));
  }
  return opens || closes;
}

// Appends s[at, at + n) to `out`, mapped to byte `base + at`.
void Copy(std::string_view s, size_t at, size_t n, uint32_t base,
          MarkdownLine* out) {
  out->text.append(s.substr(at, n));
  out->map.AppendCopy(base + static_cast<uint32_t>(at),
                      static_cast<uint32_t>(n));
}

// Copies s[begin, end) without inline markup into `out`.
void StripInline(std::string_view s, size_t begin, size_t end, uint32_t base,
                 MarkdownLine* out) {
  s = s.substr(0, end);
  for (size_t i = begin; i < s.size();) {
    char c = s[i];
    size_t close;
    if (c == '\\' && i + 1 < s.size() && !IsAlnum(s[i + 1])) {
      Copy(s, i + 1, 1, base, out);  // an escaped character: keep it alone
      i += 2;
    } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[' &&
               LinkEnd(s, i + 1, &close) != std::string_view::npos) {
      i = LinkEnd(s, i + 1, &close);  // an inline image: no text
    } else if (c == '[' && LinkEnd(s, i, &close) != std::string_view::npos) {
      size_t next = LinkEnd(s, i, &close);
      StripInline(s, i + 1, close, base, out);  // the link text
      i = next;
    } else if (c == '`') {
      ++i;
    } else if (c == '*' || c == '_') {
      size_t n = 1;
      while (i + n < s.size() && s[i + n] == c) ++n;
      if (n > 3 || !IsEmphasis(s, i, n)) Copy(s, i, n, base, out);
      i += n;
    } else {
      Copy(s, i, 1, base, out);
      ++i;
    }
  }
}

// Skips the block markers at the start of `s`; sets the kind and level.
size_t SkipBlockMarkers(std::string_view s, MarkdownLine* out) {
  size_t i = SkipSpaces(s, 0);
  while (i < s.size() && s[i] == '>') {
    out->kind = BlockKind::kQuote;
    i = SkipSpaces(s, i + 1);
  }
  size_t hashes = 0;
  while (i + hashes < s.size() && s[i + hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 &&
      (i + hashes == s.size() || IsSpace(s[i + hashes]))) {
    out->kind = BlockKind::kHeading;
    out->heading_level = static_cast<int>(hashes);
    return SkipSpaces(s, i + hashes);
  }
  if (i + 1 < s.size() && (s[i] == '-' || s[i] == '*' || s[i] == '+') &&
      IsSpace(s[i + 1])) {
    out->kind = BlockKind::kListItem;
    return SkipSpaces(s, i + 2);
  }
  size_t d = i;
  while (d < s.size() && IsDigit(s[d])) ++d;
  if (d > i && d - i <= 9 && d + 1 < s.size() && (s[d] == '.' || s[d] == ')') &&
      IsSpace(s[d + 1])) {
    out->kind = BlockKind::kListItem;
    return SkipSpaces(s, d + 2);
  }
  return i;
}

// The end of a heading's text without its closing "###" sequence.
size_t HeadingEnd(std::string_view s, size_t begin) {
  size_t end = s.size();
  while (end > begin && IsSpace(s[end - 1])) --end;
  size_t hashes = end;
  while (hashes > begin && s[hashes - 1] == '#') --hashes;
  if (hashes < end && (hashes == begin || IsSpace(s[hashes - 1]))) {
    end = hashes;
    while (end > begin && IsSpace(s[end - 1])) --end;
  }
  return end;
}

}  // namespace

MarkdownLine StripMarkdown(std::string_view line, uint32_t base) {
  MarkdownLine out;
  if (IsThematicBreak(line)) {
    out.rule = true;
    return out;
  }
  size_t i = SkipBlockMarkers(line, &out);
  size_t end = out.heading_level > 0 ? HeadingEnd(line, i) : line.size();
  std::string_view rest = line.substr(0, end);
  size_t close;
  if (rest.substr(i).starts_with("![") &&
      LinkEnd(rest, i + 1, &close) == rest.find_last_not_of(" \t") + 1) {
    out.image = true;  // a picture alone on its line: keep its alt text
    StripInline(rest, i + 2, close, base, &out);
    return out;
  }
  StripInline(rest, i, end, base, &out);
  return out;
}

}  // namespace newsfuse::clean_internal
