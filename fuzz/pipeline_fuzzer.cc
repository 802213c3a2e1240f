// Fuzzes ingest -> clean -> analyze and checks that every span the pipeline
// produces lies inside the article's input bytes.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "newsfuse/ingest.h"
#include "newsfuse/pipeline.h"

namespace {

void CheckSpan(newsfuse::Span s, size_t size) {
  if (s.begin > s.end || s.end > size) std::abort();
}

void Check(const newsfuse::Article& a) {
  for (const auto& p : a.paragraphs) CheckSpan(p.original, a.original.size());
  for (const auto& s : a.sentences) {
    CheckSpan(s.original, a.original.size());
    CheckSpan(s.text, a.text.size());
  }
  for (const auto& t : a.tokens) CheckSpan(t.original, a.original.size());
  for (const auto& d : a.dropped) CheckSpan(d.original, a.original.size());
  for (const auto& q : a.quantities) {
    CheckSpan(q.text, a.text.size());
    CheckSpan(q.original, a.original.size());
    if (q.unresolved && (q.low || q.high)) std::abort();
  }
  for (const auto& t : a.times) {
    CheckSpan(t.original, a.original.size());
    CheckSpan(t.text, a.text.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"f.txt", "f.md", "f.html", "f.jsonl"}) {
    newsfuse::ReadBytes(name, bytes, {},
                        [](newsfuse::Result<newsfuse::Article> r) {
                          if (!r.ok()) return;
                          if (newsfuse::ProcessArticle(*r).ok()) Check(*r);
                        });
  }
  return 0;
}
