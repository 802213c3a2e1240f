#include "ingest/json_string.h"

#include <cstdint>

#include "newsfuse/unicode.h"

namespace newsfuse::ingest {
namespace {

constexpr size_t kBad = std::string_view::npos;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The 4-hex-digit code unit of "\uXXXX" at src[pos] (the backslash), or -1.
int32_t CodeUnitAt(std::string_view src, size_t pos) {
  if (pos + 6 > src.size() || src[pos] != '\\' || src[pos + 1] != 'u') {
    return -1;
  }
  int32_t v = 0;
  for (size_t i = pos + 2; i < pos + 6; ++i) {
    int h = HexValue(src[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// Decodes "\uXXXX" (and a following low surrogate) at src[pos]; sets *len to
// the escape text length. Returns false on malformed hex digits.
bool DecodeUnicodeEscape(std::string_view src, size_t pos, std::string* out,
                         size_t* len) {
  int32_t unit = CodeUnitAt(src, pos);
  if (unit < 0) return false;
  *len = 6;
  char32_t c = static_cast<char32_t>(unit);
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    int32_t low = CodeUnitAt(src, pos + 6);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
      *len = 12;
    } else {
      c = 0xFFFD;
    }
  } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
    c = 0xFFFD;
  }
  AppendUtf8(c, out);
  return true;
}

// Decodes the escape at src[pos] (the backslash); sets *len to its length.
bool DecodeEscape(std::string_view src, size_t pos, std::string* out,
                  size_t* len) {
  if (pos + 1 >= src.size()) return false;
  char c = src[pos + 1];
  *len = 2;
  switch (c) {
    case '"':
    case '\\':
    case '/':
      *out += c;
      return true;
    case 'b':
      *out += '\b';
      return true;
    case 'f':
      *out += '\f';
      return true;
    case 'n':
      *out += '\n';
      return true;
    case 'r':
      *out += '\r';
      return true;
    case 't':
      *out += '\t';
      return true;
    case 'u':
      return DecodeUnicodeEscape(src, pos, out, len);
    default:
      return false;
  }
}

}  // namespace

size_t DecodeJsonString(std::string_view src, size_t quote, std::string* out,
                        OffsetMap* map) {
  if (quote >= src.size() || src[quote] != '"') return kBad;
  size_t pos = quote + 1;
  size_t run = pos;  // start of the current run of plain bytes
  while (pos < src.size()) {
    char c = src[pos];
    if (c != '"' && c != '\\') {
      ++pos;
      continue;
    }
    map->AppendCopy(static_cast<uint32_t>(run),
                    static_cast<uint32_t>(pos - run));
    out->append(src.substr(run, pos - run));
    if (c == '"') return pos + 1;
    size_t before = out->size(), len = 0;
    if (!DecodeEscape(src, pos, out, &len)) return kBad;
    map->AppendReplaced(static_cast<uint32_t>(pos),
                        static_cast<uint32_t>(pos + len),
                        static_cast<uint32_t>(out->size() - before));
    pos += len;
    run = pos;
  }
  return kBad;
}

}  // namespace newsfuse::ingest
