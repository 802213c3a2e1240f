#include "newsfuse/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "common/byte_scan.h"

namespace newsfuse {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of the UTF-8 sequence starting at s[pos], 0 if it is invalid. On
// failure *bad_len is the length of the maximal invalid subpart to replace.
size_t ValidSequenceLength(std::string_view s, size_t pos, size_t* bad_len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  size_t left = s.size() - pos;
  unsigned char b = p[0];
  *bad_len = 1;
  if (b < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;  // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t i = 1; i < n; ++i) {
    if (i >= left) return 0;
    unsigned char c = p[i];
    unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (c < l || c > h) return 0;
    *bad_len = i + 1;  // the valid prefix grows: replace it as one unit
  }
  return n;
}

bool IsHangulJamoTail(char32_t c) {
  return (c >= 0x1161 && c <= 0x1175) || (c >= 0x11A8 && c <= 0x11C2);
}

// True when `c` may not start a normalization segment of its own.
bool AttachesToPrevious(char32_t c) {
  if (c < 0x300) return false;
  return utf8proc_get_property(c)->combining_class != 0 || IsHangulJamoTail(c);
}

// True when a lone `c` followed by a starter is already NFC.
bool StableAlone(char32_t c) {
  if (c < 0xC0) return true;
  const utf8proc_property_t* p = utf8proc_get_property(c);
  bool canonical_decomposition =
      p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0;
  return !canonical_decomposition && p->combining_class == 0;
}

// Appends the NFC form of the valid UTF-8 `segment` taken from input offset
// `at`: copied when unchanged, else replaced as a whole.
void AppendSegment(std::string_view segment, uint32_t at, bool stable,
                   NormalizedText* out) {
  auto len = static_cast<uint32_t>(segment.size());
  if (!stable) {
    std::string seg(segment);
    utf8proc_uint8_t* nfc =
        utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(seg.c_str()));
    if (nfc != nullptr) {
      std::string_view composed(reinterpret_cast<char*>(nfc));
      if (composed != segment) {
        out->text.append(composed);
        out->map.AppendReplaced(at, at + len,
                                static_cast<uint32_t>(composed.size()));
        std::free(nfc);
        return;
      }
      std::free(nfc);
    }
  }
  out->text.append(segment);
  out->map.AppendCopy(at, len);
}

}  // namespace

char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  size_t bad = 1;
  size_t n = ValidSequenceLength(s, *pos, &bad);
  if (n == 0) {
    *pos += bad;
    return kReplacement;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *pos;
  *pos += n;
  switch (n) {
    case 1:
      return p[0];
    case 2:
      return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
      return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
      return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
             ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
}

void AppendUtf8(char32_t c, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n =
      utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
  out->append(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

bool IsValidUtf8(std::string_view s) {
  size_t bad;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = ValidSequenceLength(s, i, &bad);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

NormalizedText NormalizeUtf8(std::string_view in) {
  NormalizedText out;
  out.text.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    size_t start = i;
    while (i < in.size() && static_cast<unsigned char>(in[i]) < 0x80) ++i;
    // The last ASCII letter may take combining marks: leave it to a segment.
    if (i < in.size() && i > start) --i;
    if (i > start) {  // ASCII run: always NFC
      out.text.append(in.substr(start, i - start));
      out.map.AppendCopy(static_cast<uint32_t>(start),
                         static_cast<uint32_t>(i - start));
      continue;
    }
    size_t bad;
    size_t n = ValidSequenceLength(in, i, &bad);
    if (n == 0) {
      if (out.repaired++ == 0) out.first_bad = static_cast<uint32_t>(i);
      AppendUtf8(kReplacement, &out.text);
      out.map.AppendReplaced(static_cast<uint32_t>(i),
                             static_cast<uint32_t>(i + bad), 3);
      i += bad;
      continue;
    }
    // A segment: this character and the combining marks that follow it.
    size_t pos = i;
    bool stable = StableAlone(DecodeUtf8(in, &pos));
    while (pos < in.size() && static_cast<unsigned char>(in[pos]) >= 0x80 &&
           ValidSequenceLength(in, pos, &bad) != 0) {
      size_t next = pos;
      if (!AttachesToPrevious(DecodeUtf8(in, &next))) break;
      stable = false;
      pos = next;
    }
    AppendSegment(in.substr(i, pos - i), static_cast<uint32_t>(i), stable,
                  &out);
    i = pos;
  }
  return out;
}

namespace {

// The matching-form replacement of a non-ASCII code point, or nullptr.
const char* FoldPunctuation(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x02BC:
    case 0xFF07:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
    case 0xFF02:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x00A0:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x2026:
      return "...";
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return "";  // soft hyphen, zero-width characters
    default:
      return nullptr;
  }
}

}  // namespace

namespace {

// Lower-cases the ASCII letters of [p, end): a loop the compiler
// vectorizes.
void LowerAscii(char* p, char* end) {
  for (; p != end; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    *p = static_cast<char>(c + (unsigned(c - 'A') < 26u ? 32 : 0));
  }
}

}  // namespace

namespace {

struct NonAscii {
#ifdef __SSE2__
  static int Mask(__m128i v) { return _mm_movemask_epi8(v); }
#endif
  static bool Is(unsigned char c) { return c >= 0x80; }
};

}  // namespace

size_t AsciiRunEnd(std::string_view s, size_t i) {
  return NextByte<NonAscii>(s, i);
}

std::string MatchingForm(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // A run of ASCII, copied and lower-cased, then one other character.
    size_t end = AsciiRunEnd(s, i);
    size_t from = out.size();
    out.append(s.data() + i, end - i);
    LowerAscii(out.data() + from, out.data() + out.size());
    i = end;
    if (i == s.size()) break;
    char32_t c = DecodeUtf8(s, &i);
    if (const char* r = FoldPunctuation(c)) {
      out.append(r);
      continue;
    }
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(c)), &out);
  }
  return out;
}

std::string StripMarks(std::string_view s) {
  bool ascii = std::all_of(s.begin(), s.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
  if (ascii) return std::string(s);
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
      static_cast<utf8proc_ssize_t>(s.size()), &out,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK));
  if (n < 0) return std::string(s);  // invalid UTF-8: leave it
  std::string result(reinterpret_cast<const char*>(out),
                     static_cast<size_t>(n));
  std::free(out);
  return result;
}

}  // namespace newsfuse
