// ReadBytes: one input in memory -> Articles (see newsfuse/ingest.h).
#include "newsfuse/ingest.h"

#include <cinttypes>
#include <cstdio>
#include <string>
#include <utility>

#include "ingest/detect.h"
#include "ingest/gzip.h"
#include "ingest/html_reader.h"
#include "ingest/json_reader.h"
#include "ingest/record.h"

namespace newsfuse {
namespace {

using ingest::Input;
using ingest::InputKind;

// Text and Markdown: the body is the input as read, minus a leading BOM.
void ReadText(const Input& in, Format format, std::string bytes) {
  uint32_t bom = ingest::SkipBom(bytes).size() == bytes.size() ? 0 : 3;
  Article a = ingest::NewArticle(in, 0, 0, format, std::move(bytes));
  a.body = a.original.substr(bom);
  a.body_map.AppendCopy(bom, static_cast<uint32_t>(a.body.size()));
  ingest::SetOutlet(in, "", &a);
  in.Emit(std::move(a));
}

// Gunzips `*bytes` in place when they carry the gzip magic. False (with the
// problem reported) when that fails.
bool MaybeGunzip(const Input& in, std::string* bytes) {
  if (!ingest::HasGzipMagic(*bytes)) return true;
  std::string plain;
  std::string problem = ingest::Gunzip(*bytes, ingest::kMaxInputBytes, &plain);
  if (!problem.empty()) {
    in.Fail(StatusCode::kDataError, 0, problem);
    return false;
  }
  *bytes = std::move(plain);
  return true;
}

// Reads `bytes` as the detected kind of input.
void ReadDetected(const Input& in, ingest::Detected d, std::string bytes) {
  switch (d.kind) {
    case InputKind::kHtml:
      ingest::ReadHtml(in, std::move(bytes));
      return;
    case InputKind::kJsonLines:
      ingest::ReadJsonLines(in, bytes);
      return;
    case InputKind::kJson:
      if (!d.sniffed) {
        ingest::ReadJson(in, std::move(bytes), false);
      } else if (!ingest::ReadJson(in, bytes, true)) {
        ReadText(in, Format::kText, std::move(bytes));  // not JSON after all
      }
      return;
    case InputKind::kMarkdown:
      ReadText(in, Format::kMarkdown, std::move(bytes));
      return;
    case InputKind::kText:
      ReadText(in, Format::kText, std::move(bytes));
      return;
  }
}

}  // namespace

void ReadBytes(std::string_view path, std::string bytes,
               const IngestOptions& options, const ArticleFn& fn) {
  Input in{path, &options, &fn};
  if (bytes.size() > ingest::kMaxInputBytes) {
    in.Fail(StatusCode::kDataError, 0, "file is larger than 256 MiB");
    return;
  }
  if (!MaybeGunzip(in, &bytes)) return;
  if (ingest::TrimSpace(ingest::SkipBom(bytes)).empty()) {
    in.Fail(StatusCode::kEmpty, 0,
            bytes.empty() ? "empty file" : "empty file (whitespace only)");
    return;
  }
  if (ingest::LooksBinary(bytes)) {
    in.Fail(StatusCode::kDataError, 0, "binary file, not an article");
    return;
  }
  ingest::Detected detected = ingest::DetectKind(path, bytes, options.format);
  ReadDetected(in, detected, std::move(bytes));
}

std::string MakeArticleId(std::string_view path, uint32_t record) {
  uint64_t hash = 14695981039346656037ull;  // FNV-1a, 64 bits
  auto mix = [&hash](std::string_view s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
  };
  mix(path);
  mix("#");
  mix(std::to_string(record));
  char buf[16];
  std::snprintf(buf, sizeof(buf), "a%010" PRIx64, hash >> 24);
  return buf;
}

}  // namespace newsfuse
