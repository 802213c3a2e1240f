// The newsfuse subcommands. Each returns the process exit status:
// 0 success, 1 some input failed (the rest was processed), 2 usage error.
#ifndef NEWSFUSE_TOOLS_COMMANDS_H_
#define NEWSFUSE_TOOLS_COMMANDS_H_

#include <string>
#include <vector>

#include "flags.h"
#include "newsfuse/pipeline.h"

namespace newsfuse::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputError = 1;
inline constexpr int kExitUsage = 2;

struct Command {
  CommandDef def;
  int (*run)(const ParsedArgs& args);
};

const Command& AnalyzeCommand();
const Command& BriefCommand();
const Command& BenchCommand();

// The flags every command that reads articles takes.
std::vector<FlagDef> IngestFlags();
// PipelineOptions from those flags, or an InvalidArgument status.
Result<PipelineOptions> PipelineOptionsFromArgs(const ParsedArgs& args);
// Prints an input's error, or its article's warnings, to stderr, one line
// each; true when `r` holds an article.
bool ReportProblems(const Result<Article>& r);

}  // namespace newsfuse::cli

#endif  // NEWSFUSE_TOOLS_COMMANDS_H_
