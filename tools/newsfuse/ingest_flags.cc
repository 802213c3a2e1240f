#include <iostream>
#include <string>

#include "commands.h"
#include "newsfuse/timestamp.h"

namespace newsfuse::cli {

std::vector<FlagDef> IngestFlags() {
  return {
      {"outlet", "NAME",
       "Outlet of every article (default: from metadata, "
       "else the file name)."},
      {"input-format", "FORMAT",
       "Read inputs as text, markdown, html or json "
       "(default: by extension and content)."},
      {"published", "ISO-8601",
       "Publication time of inputs whose metadata give none, e.g. "
       "2025-05-19 or 2025-05-19T10:00:00+03:00 (anchors \"yesterday\", "
       "\"on Monday\")."},
  };
}

Result<PipelineOptions> PipelineOptionsFromArgs(const ParsedArgs& args) {
  PipelineOptions options;
  options.ingest.outlet = args.Get("outlet");
  if (std::string published = args.Get("published"); !published.empty()) {
    options.ingest.published = ParseTimestamp(published);
    if (!options.ingest.published) {
      return Status::InvalidArgument(
          "--published must be an ISO 8601 date or time such as "
          "2025-05-19T10:00:00+03:00, not '" +
          published + "'");
    }
  }
  std::string format = args.Get("input-format");
  if (format.empty()) return options;
  for (Format f :
       {Format::kText, Format::kMarkdown, Format::kHtml, Format::kJson}) {
    if (format == FormatName(f)) {
      options.ingest.format = f;
      return options;
    }
  }
  if (format == "jsonl") {
    options.ingest.format = Format::kJson;
    return options;
  }
  return Status::InvalidArgument(
      "--input-format must be text, markdown, html or "
      "json, not '" +
      format + "'");
}

bool ReportProblems(const Result<Article>& r) {
  if (!r.ok()) {
    std::cerr << "newsfuse: " << r.status().message() << "\n";
    return false;
  }
  for (const std::string& w : r->warnings) {
    std::cerr << "newsfuse: warning: " << w << "\n";
  }
  return true;
}

}  // namespace newsfuse::cli
