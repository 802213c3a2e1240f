// newsfuse: fuses many outlets' reports of one news event.
#include <malloc.h>

#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace newsfuse::cli {
namespace {

constexpr char kVersion[] = "newsfuse 0.1.0";

std::vector<const Command*> AllCommands() {
  return {&BriefCommand(), &AnalyzeCommand(), &BenchCommand()};
}

void PrintTopHelp(std::ostream& out) {
  out << "newsfuse: fuses many outlets' reports of one news event into one "
         "source-attributed account.\n\nUsage: newsfuse COMMAND [FLAGS] "
         "PATH...\n\nCommands:\n";
  for (const Command* c : AllCommands()) {
    out << "  " << c->def.name
        << std::string(10 - std::min<size_t>(9, c->def.name.size()), ' ')
        << c->def.summary << "\n";
  }
  out << "\nPATH is a file, a folder (read recursively) or - for stdin; "
         "files may be gzip-compressed.\nRun 'newsfuse COMMAND --help' for "
         "a command's flags.\n";
}

int Main(std::vector<std::string> argv) {
  if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" ||
      argv[0] == "help") {
    PrintTopHelp(std::cout);
    return argv.empty() ? kExitUsage : kExitOk;
  }
  if (argv[0] == "--version") {
    std::cout << kVersion << "\n";
    return kExitOk;
  }
  for (const Command* c : AllCommands()) {
    if (c->def.name != argv[0]) continue;
    argv.erase(argv.begin());  // the command name; no copy of the paths
    Result<ParsedArgs> args = ParseArgs(c->def, std::move(argv));
    if (!args.ok()) {
      std::cerr << "newsfuse: " << args.status().message() << "\n";
      return kExitUsage;
    }
    if (args->help) {
      std::cout << HelpText(c->def);
      return kExitOk;
    }
    return c->run(*args);
  }
  std::cerr << "newsfuse: unknown command '" << argv[0]
            << "' (run newsfuse --help)\n";
  return kExitUsage;
}

}  // namespace
}  // namespace newsfuse::cli

int main(int argc, char** argv) {
  // Blocks of 64 KiB and more (an article's tokens, a JSON parser's tape)
  // are mapped on their own and unmapped when freed: fixing the threshold
  // stops glibc from raising it after the first free and keeping such
  // blocks in the heap, and untouched reserve is never resident. `brief`,
  // which keeps everything until the end anyway, tunes it the other way.
  mallopt(M_MMAP_THRESHOLD, 64 << 10);
  // std::cout stays synchronized with stdio: output goes out in whole
  // articles or briefs, and unsynchronizing costs ~120 KiB of stream
  // buffers (wide ones included) for nothing.
  return newsfuse::cli::Main(std::vector<std::string>(argv + 1, argv + argc));
}
