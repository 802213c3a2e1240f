// newsfuse brief: stories, corroborated facts and a cited summary.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <thread>

#include "commands.h"
#include "newsfuse/report.h"

namespace newsfuse::cli {
namespace {

CommandDef Def() {
  CommandDef def{
      "brief", "newsfuse brief [FLAGS] PATH...",
      "Group articles into stories; per story, facts with their outlets and "
      "a cited summary.",
      "Every sentence shown is taken verbatim from one article and cites "
      "every article that\nsupports it; corroboration counts independent "
      "origins, so a wire copy counts once.\nJSON format: "
      "docs/brief-format.md. Problems go to stderr, one line each; the exit\n"
      "status is 1 if any input failed, 2 on a usage error.",
      IngestFlags()};
  def.flags.push_back({"format", "FORMAT",
                       "Output markdown (default), json "
                       "or html."});
  def.flags.push_back({"words", "N",
                       "Summary length in words per story "
                       "(default 120)."});
  def.flags.push_back({"output", "FILE",
                       "Write the brief to FILE instead of "
                       "stdout."});
  def.flags.push_back({"pretty", "", "Indent the JSON."});
  return def;
}

// Reads and analyzes every input, on a second thread while this one places
// each article in its story; articles without sentences are reported and
// left out.
bool ReadArticles(const ParsedArgs& args, PipelineOptions options,
                  BriefBuilder* builder) {
  bool failed = false;
  options.background = true;
  RunPipeline(args.positional, options, [&](Result<Article> r) {
    if (!r.ok()) {
      failed = true;
      std::cerr << "newsfuse: " << r.status().message() << "\n";
      return;
    }
    for (const std::string& w : r->warnings) {
      std::cerr << "newsfuse: warning: " << w << "\n";
    }
    if (r->sentences.empty()) {
      failed = true;
      std::cerr << "newsfuse: " << r->path << ": no sentences, skipped\n";
      return;
    }
    std::string path = r->path;
    if (!builder->Add(std::move(r).value())) {  // the same input given twice
      std::cerr << "newsfuse: warning: " << path
                << ": given more than once, read once\n";
    }
  });
  return !failed;
}

enum class Output { kMarkdown, kJson, kHtml };

Result<Output> OutputFormat(const ParsedArgs& args) {
  std::string format = args.Get("format", "markdown");
  if (format == "markdown" || format == "md") return Output::kMarkdown;
  if (format == "json") return Output::kJson;
  if (format == "html") return Output::kHtml;
  return Status::InvalidArgument(
      "--format must be markdown, json or html, "
      "not '" +
      format + "'");
}

std::string Render(const std::vector<StoryBrief>& briefs, Output output,
                   bool pretty) {
  switch (output) {
    case Output::kJson:
      return BriefToJson(briefs, pretty) + "\n";
    case Output::kHtml:
      return BriefToHtml(briefs);
    case Output::kMarkdown:
      break;
  }
  return BriefToMarkdown(briefs);
}

int Run(const ParsedArgs& args) {
  Result<PipelineOptions> options = PipelineOptionsFromArgs(args);
  Result<Output> format = OutputFormat(args);
  BriefOptions brief;
  brief.fuse.summary_words = std::atoi(args.Get("words", "120").c_str());
  std::string problem =
      !options.ok()                  ? options.status().message()
      : !format.ok()                 ? format.status().message()
      : args.positional.empty()      ? "no input (give a PATH, or - for stdin)"
      : brief.fuse.summary_words < 1 ? "--words must be a positive number"
                                     : "";
  if (!problem.empty()) {
    std::cerr << "newsfuse brief: " << problem << "\n";
    return kExitUsage;
  }
  brief.threads = int(std::max(1u, std::thread::hardware_concurrency()));
  BriefBuilder builder(brief);
  bool ok = ReadArticles(args, *options, &builder);
  std::vector<StoryBrief> briefs = builder.Build();
  std::string text = Render(briefs, *format, args.Has("pretty"));
  std::string output = args.Get("output");
  if (output.empty()) {
    std::cout << text;
  } else if (!(std::ofstream(output, std::ios::binary) << text)) {
    std::cerr << "newsfuse: " << output << ": cannot write the brief\n";
    return kExitInputError;
  }
  return ok ? kExitOk : kExitInputError;
}

}  // namespace

const Command& BriefCommand() {
  static const Command command{Def(), Run};
  return command;
}

}  // namespace newsfuse::cli
