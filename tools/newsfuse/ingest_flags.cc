#include "commands.h"

namespace newsfuse::cli {

std::vector<FlagDef> IngestFlags() {
  return {
      {"outlet", "NAME",
       "Outlet of every article (default: from metadata, "
       "else the file name)."},
      {"input-format", "FORMAT",
       "Read inputs as text, markdown, html or json "
       "(default: by extension and content)."},
  };
}

Result<PipelineOptions> PipelineOptionsFromArgs(const ParsedArgs& args) {
  PipelineOptions options;
  options.ingest.outlet = args.Get("outlet");
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

}  // namespace newsfuse::cli
