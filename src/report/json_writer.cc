#include "report/json_writer.h"

#include <charconv>
#include <cstring>

#include <nlohmann/json.hpp>

#include "common/byte_scan.h"

namespace newsfuse::report {
namespace {

// Length of the valid UTF-8 sequence at s[i], 0 if it is not one. Strict as
// nlohmann's decoder: no overlong forms, surrogates or code points past
// U+10FFFF.
size_t Utf8Length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? uint8_t(s[i + k]) : 0; };
  auto cont = [&](size_t k, uint8_t lo = 0x80, uint8_t hi = 0xBF) {
    uint8_t c = at(k);
    return c >= lo && c <= hi;
  };
  uint8_t c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    bool second = c == 0xE0 ? cont(1, 0xA0) : c == 0xED ? cont(1, 0x80, 0x9F)
                                                        : cont(1);
    return second && cont(2) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    bool second = c == 0xF0 ? cont(1, 0x90) : c == 0xF4 ? cont(1, 0x80, 0x8F)
                                                        : cont(1);
    return second && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// The bytes a JSON string cannot hold as they are (control characters,
// '"' and '\\') or that must be checked as UTF-8 (non-ASCII).
struct NeedsLook {
#ifdef __SSE2__
  static int Mask(__m128i v) {
    // Signed, bytes from 0x80 are negative: below 0x20 means control or
    // non-ASCII.
    __m128i look = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
        _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
    return _mm_movemask_epi8(look);
  }
#endif
  static bool Is(unsigned char c) {
    return c < 0x20 || c >= 0x80 || c == '"' || c == '\\';
  }
};

size_t NextToLook(std::string_view s, size_t i) {
  return NextByte<NeedsLook>(s, i);
}

// Longest key or string staged by StageShortPlain.
constexpr size_t kShortKey = 32;

void AppendEscape(uint8_t c, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '\b': out->append("\\b"); return;
    case '\t': out->append("\\t"); return;
    case '\n': out->append("\\n"); return;
    case '\f': out->append("\\f"); return;
    case '\r': out->append("\\r"); return;
    case '"': out->append("\\\""); return;
    case '\\': out->append("\\\\"); return;
    default:
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
  }
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  size_t start = out->size();
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = NextToLook(s, 0); i < s.size(); i = NextToLook(s, i)) {
    uint8_t c = uint8_t(s[i]);
    if (c >= 0x80) {
      size_t n = Utf8Length(s, i);
      if (n == 0) {  // rare: let nlohmann place the replacements
        out->resize(start);
        out->append(nlohmann::json(std::string(s)).dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace));
        return;
      }
      i += n;
      continue;
    }
    out->append(s.data() + run, i - run);
    AppendEscape(c, out);
    run = ++i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void JsonWriter::PutText(std::string_view text) {
  if (text.size() > kStage) {
    Flush();
    out_.append(text);
    return;
  }
  std::memcpy(Reserve(text.size()), text.data(), text.size());
  staged_ += text.size();
}

void JsonWriter::NewLine(size_t depth) {
  Put('\n');
  size_t indent = 2 * (depth + size_t(base_depth_));
  if (indent > kStage) {
    Flush();
    out_.append(indent, ' ');
    return;
  }
  std::memset(Reserve(indent), ' ', indent);
  staged_ += indent;
}

void JsonWriter::Begin(char open) {
  BeforeValue();
  Put(open);
  stack_.push_back({});
}

void JsonWriter::End(char close) {
  bool had_elements = stack_.back().has_elements;
  stack_.pop_back();
  if (pretty_ && had_elements) NewLine(stack_.size());
  Put(close);
}

bool JsonWriter::StageShortPlain(std::string_view s, bool colon) {
  if (s.size() > kShortKey || NextToLook(s, 0) != s.size()) return false;
  BeforeValue();
  char* begin = Reserve(s.size() + 4);  // '"' s '"' ": "
  char* p = begin;
  *p++ = '"';
  std::memcpy(p, s.data(), s.size());
  p += s.size();
  *p++ = '"';
  if (colon) {
    *p++ = ':';
    if (pretty_) *p++ = ' ';
  }
  staged_ += size_t(p - begin);
  return true;
}

void JsonWriter::Key(std::string_view key) {
  if (!after_key_ && StageShortPlain(key, /*colon=*/true)) {
    after_key_ = true;
    return;
  }
  BeforeValue();
  Flush();
  AppendJsonString(key, &out_);
  PutText(pretty_ ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  if (StageShortPlain(s, /*colon=*/false)) return;
  BeforeValue();
  Flush();
  AppendJsonString(s, &out_);
}

void JsonWriter::Uint(uint64_t v) {
  BeforeValue();
  char* p = Reserve(24);
  staged_ += size_t(std::to_chars(p, p + 24, v).ptr - p);
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char* p = Reserve(24);
  staged_ += size_t(std::to_chars(p, p + 24, v).ptr - p);
}

void JsonWriter::Bool(bool v) {
  BeforeValue();
  PutText(v ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  PutText("null");
}

void JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  PutText(json);
}

}  // namespace newsfuse::report
