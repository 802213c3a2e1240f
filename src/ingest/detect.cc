#include "ingest/detect.h"

#include <cctype>
#include <string>

#include "common/byte_scan.h"

#include "ingest/record.h"

namespace newsfuse::ingest {
namespace {

constexpr size_t kSniffBytes = 64 * 1024;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string_view SkipSpaceAndBom(std::string_view bytes) {
  bytes = SkipBom(bytes);
  while (!bytes.empty() && IsSpace(bytes.front())) bytes.remove_prefix(1);
  return bytes;
}

std::optional<InputKind> KindFromExtension(const std::string& ext) {
  if (ext == "txt" || ext == "text") return InputKind::kText;
  if (ext == "md" || ext == "markdown") return InputKind::kMarkdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputKind::kHtml;
  if (ext == "json") return InputKind::kJson;
  if (ext == "jsonl" || ext == "ndjson") return InputKind::kJsonLines;
  return std::nullopt;
}

InputKind KindFromFormat(Format f, const std::string& ext) {
  switch (f) {
    case Format::kText:
      return InputKind::kText;
    case Format::kMarkdown:
      return InputKind::kMarkdown;
    case Format::kHtml:
      return InputKind::kHtml;
    case Format::kJson:
      return ext == "jsonl" || ext == "ndjson" ? InputKind::kJsonLines
                                               : InputKind::kJson;
  }
  return InputKind::kText;
}

}  // namespace

std::string_view SkipBom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

bool StartsWithTag(std::string_view bytes) {
  bytes = SkipSpaceAndBom(bytes);
  if (bytes.size() < 2 || bytes[0] != '<') return false;
  unsigned char c = static_cast<unsigned char>(bytes[1]);
  return std::isalpha(c) || c == '!' || c == '?';
}

namespace {

// The bytes LooksBinary counts: below 0x20, and 0x7f.
struct Control {
#ifdef __SSE2__
  static int Mask(__m128i v) {
    // max(v, 0x20) == v exactly when v >= 0x20, unsigned.
    __m128i printable = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x20)), v);
    return (~_mm_movemask_epi8(printable) & 0xffff) |
           _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f)));
  }
#endif
  static bool Is(unsigned char c) { return c < 0x20 || c == 0x7f; }
};

}  // namespace

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kSniffBytes);
  size_t control = 0;
  for (size_t i = NextByte<Control>(head, 0); i < head.size();
       i = NextByte<Control>(head, i + 1)) {
    char ch = head[i];
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && !IsSpace(ch) && c != '\v' && c != 0x1b) || c == 0x7f) {
      ++control;
    }
  }
  return control * 10 > head.size();
}

Detected DetectKind(std::string_view path, std::string_view bytes,
                    std::optional<Format> forced) {
  std::string ext = Extension(path);
  if (forced) return {KindFromFormat(*forced, ext), false};
  if (std::optional<InputKind> kind = KindFromExtension(ext)) {
    return {*kind, false};
  }
  std::string_view start = SkipSpaceAndBom(bytes);
  if (StartsWithTag(start)) return {InputKind::kHtml, true};
  if (!start.empty() && (start[0] == '{' || start[0] == '[')) {
    return {InputKind::kJson, true};
  }
  return {InputKind::kText, true};
}

}  // namespace newsfuse::ingest
