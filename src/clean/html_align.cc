#include "clean/html_align.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cstring>

#include "newsfuse/unicode.h"

namespace newsfuse {
namespace {

// How many bytes of text (markup excluded) past the cursor a text node is
// looked for before giving up.
constexpr size_t kMaxScan = 256 * 1024;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool IsAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

bool StartsWithNoCase(std::string_view s, size_t p, std::string_view w) {
  if (s.size() - std::min(p, s.size()) < w.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (Lower(s[p + i]) != w[i]) return false;
  }
  return true;
}

size_t FindNoCase(std::string_view s, size_t p, std::string_view w) {
  for (; p + w.size() <= s.size(); ++p) {
    p = s.find('<', p);
    if (p == std::string_view::npos) return s.size();
    if (StartsWithNoCase(s, p, w)) return p;
  }
  return s.size();
}

size_t AfterTagEnd(std::string_view s, size_t i) {
  while (i < s.size()) {
    char c = s[i];
    if (c == '>') return i + 1;
    ++i;
    if (c != '=') continue;
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
      size_t close = s.find(s[i], i + 1);
      i = close == std::string_view::npos ? s.size() : close + 1;
    }
  }
  return s.size();
}

bool AllSpace(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpace(s[i])) continue;
    if (s.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

size_t DecodeEntityAt(std::string_view page, size_t p, std::string* decoded) {
  decoded->clear();
  size_t i = p + 1;
  if (i < page.size() && page[i] == '#') {
    ++i;
    bool hex = i < page.size() && (page[i] == 'x' || page[i] == 'X');
    if (hex) ++i;
    uint32_t value = 0;
    size_t digits = 0;
    for (; i < page.size() && digits < 8; ++i, ++digits) {
      char c = Lower(page[i]);
      int d = c >= '0' && c <= '9'            ? c - '0'
              : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                                              : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + d;
    }
    if (digits == 0) return 0;
    if (i < page.size() && page[i] == ';') ++i;
    if (value == 0 || value > 0x10FFFF) return 0;
    AppendUtf8(static_cast<char32_t>(value), decoded);
    return i - p;
  }
  size_t name_end = i;
  while (name_end < page.size() && name_end - i < 32 && IsAlnum(page[name_end]))
    ++name_end;
  if (name_end == i || name_end >= page.size() || page[name_end] != ';')
    return 0;
  std::string name(page.substr(i, name_end - i));
  const htmlEntityDesc* e =
      htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  if (e == nullptr) return 0;
  AppendUtf8(static_cast<char32_t>(e->value), decoded);
  return name_end + 1 - p;
}

struct HtmlAligner::Attempt {
  std::vector<AlignedPiece> pieces;
  size_t k = 0;  // content bytes matched
  size_t p = 0;  // page position after them

  void Add(uint32_t cb, uint32_t len, uint32_t ob, uint32_t oe, bool copy) {
    if (copy && !pieces.empty()) {
      AlignedPiece& last = pieces.back();
      if (last.copy && last.orig_end == ob &&
          last.content_begin + last.content_len == cb) {
        last.content_len += len;
        last.orig_end = oe;
        return;
      }
    }
    pieces.push_back({cb, len, ob, oe, copy});
  }
};

size_t HtmlAligner::SkipMarkup(size_t p) const {
  std::string_view s = page_;
  if (p + 1 >= s.size() || s[p] != '<') return p;
  char c = s[p + 1];
  if (s.compare(p, 4, "<!--") == 0) {
    size_t end = s.find("-->", p + 4);
    return end == std::string_view::npos ? s.size() : end + 3;
  }
  if (c == '!' || c == '?' ||
      (c == '/' && p + 2 < s.size() && IsAlpha(s[p + 2]))) {
    size_t end = s.find('>', p + 2);
    return end == std::string_view::npos ? s.size() : end + 1;
  }
  if (!IsAlpha(c)) return p;
  size_t name_end = p + 1;
  while (name_end < s.size() &&
         (IsAlnum(s[name_end]) || s[name_end] == '-' || s[name_end] == ':'))
    ++name_end;
  size_t after = AfterTagEnd(s, name_end);
  std::string_view name = s.substr(p + 1, name_end - p - 1);
  for (std::string_view raw : {"script", "style"}) {
    if (name.size() == raw.size() && StartsWithNoCase(s, p + 1, raw)) {
      return FindNoCase(s, after, raw == "script" ? "</script" : "</style");
    }
  }
  return after;
}

bool HtmlAligner::MatchSpace(std::string_view content, size_t* k, size_t* p,
                             Attempt* a) const {
  size_t k0 = *k;
  while (*k < content.size() && IsSpace(content[*k])) ++*k;
  bool more = *k < content.size();
  size_t p0 = *p;
  std::string decoded;
  while (*p < page_.size()) {
    if (IsSpace(page_[*p])) {
      ++*p;
    } else if (more && page_[*p] == '<' && SkipMarkup(*p) != *p) {
      *p = SkipMarkup(*p);
    } else if (page_[*p] == '&') {
      size_t len = DecodeEntityAt(page_, *p, &decoded);
      if (len == 0 || decoded.size() != 1 || !IsSpace(decoded[0])) break;
      *p += len;
    } else {
      break;
    }
  }
  if (*p == p0) {
    *k = k0;
    return false;
  }
  bool same = *p - p0 == *k - k0 &&
              page_.compare(p0, *p - p0, content.substr(k0, *k - k0)) == 0;
  a->Add(k0, *k - k0, p0, *p, same);
  return true;
}

bool HtmlAligner::MatchChar(std::string_view content, size_t* k, size_t* p,
                            Attempt* a) const {
  char want = content[*k];
  char got = page_[*p];
  if (got == '<' && want != '<') {
    size_t q = SkipMarkup(*p);
    if (q == *p) return false;
    *p = q;
    return true;
  }
  if (got == '&') {
    std::string decoded;
    size_t len = DecodeEntityAt(page_, *p, &decoded);
    if (len > 0 && content.compare(*k, decoded.size(), decoded) == 0) {
      a->Add(*k, decoded.size(), *p, *p + len, false);
      *k += decoded.size();
      *p += len;
      return true;
    }
  }
  if (got == want) {  // copy the longest run of plain equal bytes
    size_t len = 1;
    while (*k + len < content.size() && *p + len < page_.size()) {
      char c = content[*k + len];
      if (c != page_[*p + len] || c == '<' || c == '&' || IsSpace(c)) break;
      ++len;
    }
    a->Add(*k, len, *p, *p + len, true);
    *k += len;
    *p += len;
    return true;
  }
  if (!utf8_ && (want & 0x80) && (got & 0x80)) {
    size_t next = *k;
    DecodeUtf8(content, &next);
    a->Add(*k, next - *k, *p, *p + 1, false);
    *k = next;
    ++*p;
    return true;
  }
  return false;
}

bool HtmlAligner::MatchAt(std::string_view content, size_t k0, size_t p,
                          Attempt* a) const {
  a->pieces.clear();
  size_t back = p;
  while (back > cursor_ && IsSpace(page_[back - 1])) --back;
  if (k0 > 0) a->Add(0, k0, back, p, false);
  size_t k = k0;
  bool ok = true;
  while (k < content.size()) {
    if (p >= page_.size()) {
      ok = false;
      break;
    }
    bool step = IsSpace(content[k]) ? MatchSpace(content, &k, &p, a)
                                    : MatchChar(content, &k, &p, a);
    if (!step) {
      ok = false;
      break;
    }
  }
  a->k = k;
  a->p = p;
  return ok;
}

size_t HtmlAligner::NextCandidate(size_t p, char first, size_t* budget) const {
  while (p < page_.size() && *budget > 0) {
    char c = page_[p];
    if (c == '<') {
      size_t q = SkipMarkup(p);
      if (q != p) {
        p = q;
        continue;
      }
    }
    if (c == first || c == '&') return p;
    if (!utf8_ && (c & 0x80) && (first & 0x80)) return p;
    ++p;
    --*budget;
  }
  return page_.size();
}

bool HtmlAligner::Align(std::string_view content,
                        std::vector<AlignedPiece>* out) {
  if (content.empty()) return true;
  size_t k0 = 0;
  while (k0 < content.size() && IsSpace(content[k0])) ++k0;
  Attempt attempt;
  Attempt best;
  if (k0 == content.size()) {  // whitespace only: match right here
    size_t p = cursor_;
    while (p < page_.size() && page_[p] == '<' && SkipMarkup(p) != p)
      p = SkipMarkup(p);
    size_t k = 0;
    if (p < page_.size() && MatchSpace(content, &k, &p, &attempt)) {
      out->insert(out->end(), attempt.pieces.begin(), attempt.pieces.end());
      cursor_ = p;
      return true;
    }
    Fallback(content, best, out);
    return false;
  }
  size_t budget = kMaxScan;
  for (size_t p = NextCandidate(cursor_, content[k0], &budget);
       p < page_.size() && budget > 0;
       p = NextCandidate(p + 1, content[k0], &budget)) {
    if (MatchAt(content, k0, p, &attempt)) {
      out->insert(out->end(), attempt.pieces.begin(), attempt.pieces.end());
      cursor_ = attempt.p;
      return true;
    }
    if (attempt.k > best.k) best = attempt;
  }
  Fallback(content, best, out);
  return false;
}

void HtmlAligner::Fallback(std::string_view content, const Attempt& best,
                           std::vector<AlignedPiece>* out) {
  uint32_t k = 0;
  uint32_t begin = cursor_;
  if (best.k > 0 && !best.pieces.empty()) {
    out->insert(out->end(), best.pieces.begin(), best.pieces.end());
    k = best.k;
    begin = best.p;
  }
  if (k >= content.size()) {
    cursor_ = std::max<uint32_t>(cursor_, begin);
    return;
  }
  size_t end = begin;
  if (k > 0) {
    end = page_.find('<', begin);
    if (end == std::string_view::npos) end = page_.size();
    cursor_ = end;
  }
  out->push_back({k, static_cast<uint32_t>(content.size() - k), begin,
                  static_cast<uint32_t>(end), false});
}

// ---- BlockTextBuilder ----

void BlockTextBuilder::Append(std::string_view content,
                              const std::vector<AlignedPiece>& pieces) {
  for (const AlignedPiece& piece : pieces) {
    AppendPiece(content.substr(piece.content_begin, piece.content_len), piece);
  }
}

void BlockTextBuilder::AppendPiece(std::string_view bytes,
                                   const AlignedPiece& piece) {
  if (!piece.copy && AllSpace(bytes)) {
    AddSpace(piece.orig_begin, piece.orig_end);
    return;
  }
  size_t i = 0;
  while (i < bytes.size()) {
    size_t space = IsSpace(bytes[i])                      ? 1
                   : bytes.compare(i, 2, "\xC2\xA0") == 0 ? 2
                                                          : 0;
    if (space > 0) {
      if (piece.copy) {
        AddSpace(piece.orig_begin + i, piece.orig_begin + i + space);
      } else {
        AddSpace(piece.orig_begin, piece.orig_end);
      }
      i += space;
      continue;
    }
    size_t j = i;
    while (j < bytes.size() && !IsSpace(bytes[j]) &&
           bytes.compare(j, 2, "\xC2\xA0") != 0)
      ++j;
    FlushSpace();
    text_.append(bytes.substr(i, j - i));
    if (piece.copy) {
      map_.AppendCopy(piece.orig_begin + i, j - i);
    } else {
      map_.AppendReplaced(piece.orig_begin, piece.orig_end, j - i);
    }
    i = j;
  }
}

void BlockTextBuilder::AddSpace(uint32_t begin, uint32_t end) {
  if (!space_pending_) {
    space_pending_ = true;
    space_begin_ = begin;
    space_end_ = end;
    return;
  }
  space_begin_ = std::min(space_begin_, begin);
  space_end_ = std::max(space_end_, end);
}

void BlockTextBuilder::Space(uint32_t at) { AddSpace(at, at); }

void BlockTextBuilder::FlushSpace() {
  if (!space_pending_) return;
  space_pending_ = false;
  if (text_.empty()) return;
  text_ += ' ';
  if (space_end_ == space_begin_ + 1 && page_[space_begin_] == ' ') {
    map_.AppendCopy(space_begin_, 1);
  } else {
    map_.AppendReplaced(space_begin_, space_end_, 1);
  }
}

void BlockTextBuilder::Finish(TextBlock* block) {
  space_pending_ = false;
  block->text = std::move(text_);
  block->map = std::move(map_);
  text_.clear();
  map_ = OffsetMap();
}

}  // namespace newsfuse
