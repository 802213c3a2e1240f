// libFuzzer target for ingest: the same bytes read once per format, each
// forced, under names that also exercise the JSON/JSONL split.
#include <cstddef>
#include <cstdint>
#include <string>

#include "newsfuse/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  struct Case {
    const char* name;
    newsfuse::Format format;
  };
  static constexpr Case kCases[] = {
      {"f.txt", newsfuse::Format::kText},
      {"f.html", newsfuse::Format::kHtml},
      {"f.json", newsfuse::Format::kJson},
      {"f.jsonl", newsfuse::Format::kJson},
  };
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const Case& c : kCases) {
    newsfuse::IngestOptions options;
    options.format = c.format;
    newsfuse::ReadBytes(c.name, bytes, options,
                        [](newsfuse::Result<newsfuse::Article>) {});
  }
  return 0;
}
