// Placeholder until the HTML main-text extractor lands.
#include "newsfuse/clean.h"

namespace newsfuse {

std::string HtmlExtraction::MainText() const {
  std::string out;
  for (const TextBlock& b : blocks) {
    if (!b.main) continue;
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

Result<HtmlExtraction> ExtractHtml(std::string_view html) {
  return Status::Internal("HTML extraction is not implemented yet");
}

}  // namespace newsfuse
