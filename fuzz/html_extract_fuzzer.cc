// libFuzzer target: ExtractHtml never crashes and every block's map stays
// inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsfuse/clean.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  newsfuse::Result<newsfuse::HtmlExtraction> r = newsfuse::ExtractHtml(html);
  if (!r.ok()) return 0;
  for (const newsfuse::TextBlock& b : r->blocks) {
    if (b.map.derived_size() != b.text.size()) std::abort();
    newsfuse::Span all =
        b.map.ToOriginal({0, static_cast<uint32_t>(b.text.size())});
    if (all.begin > all.end || all.end > size) std::abort();
    for (uint32_t i = 0; i < b.text.size(); ++i) {
      newsfuse::Span s = b.map.ToOriginal({i, i + 1});
      if (s.begin > s.end || s.end > size) std::abort();
    }
  }
  return 0;
}
