// newsfuse analyze: one JSON object per article (JSONL) on stdout.
#include <iostream>

#include "commands.h"
#include "newsfuse/report.h"

namespace newsfuse::cli {
namespace {

CommandDef Def() {
  CommandDef def{
      "analyze", "newsfuse analyze [FLAGS] PATH...",
      "Read, clean and split articles; write one JSON object per article.",
      "Writes JSONL to stdout (format: docs/analyze-format.md): metadata, "
      "the cleaned text,\nparagraphs and sentences with byte spans into the "
      "input, and the dropped lines\nwith reasons. Problems go to stderr, "
      "one line each; the exit status is 1 if any\ninput failed, 2 on a "
      "usage error.",
      IngestFlags()};
  def.flags.push_back({"tokens", "",
                       "Include each sentence's tokens "
                       "(norm, stem, stop flag, span)."});
  def.flags.push_back({"pretty", "",
                       "Indent the JSON (one object spans "
                       "several lines)."});
  return def;
}

int Run(const ParsedArgs& args) {
  Result<PipelineOptions> options = PipelineOptionsFromArgs(args);
  if (!options.ok()) {
    std::cerr << "newsfuse analyze: " << options.status().message() << "\n";
    return kExitUsage;
  }
  if (args.positional.empty()) {
    std::cerr << "newsfuse analyze: no input (give a PATH, or - for stdin)\n";
    return kExitUsage;
  }
  ArticleJsonOptions json{args.Has("tokens"), args.Has("pretty")};
  bool failed = false;
  RunPipeline(args.positional, *options, [&](Result<Article> r) {
    if (!ReportProblems(r)) {
      failed = true;
      return;
    }
    std::cout << ArticleToJson(*r, json) << "\n";
  });
  std::cout.flush();
  return failed ? kExitInputError : kExitOk;
}

}  // namespace

const Command& AnalyzeCommand() {
  static const Command command{Def(), Run};
  return command;
}

}  // namespace newsfuse::cli
