// A small command-line parser: each command defines its flags once, and the
// same table parses argv and prints --help.
#ifndef NEWSFUSE_TOOLS_FLAGS_H_
#define NEWSFUSE_TOOLS_FLAGS_H_

#include <map>
#include <string>
#include <vector>

#include "newsfuse/status.h"

namespace newsfuse::cli {

struct FlagDef {
  std::string name;        // without dashes: "outlet"
  std::string value_name;  // "NAME"; empty for a boolean switch
  std::string help;        // one line
};

struct CommandDef {
  std::string name;     // "analyze"
  std::string usage;    // "newsfuse analyze [FLAGS] PATH..."
  std::string summary;  // one line
  std::string details;  // paragraphs printed under the usage
  std::vector<FlagDef> flags;
};

struct ParsedArgs {
  std::map<std::string, std::string> values;  // flags with a value
  std::map<std::string, bool> switches;       // boolean flags given
  std::vector<std::string> positional;        // everything else, in order
  bool help = false;

  bool Has(const std::string& f) const { return switches.count(f) > 0; }
  std::string Get(const std::string& f, const std::string& def = "") const {
    auto it = values.find(f);
    return it == values.end() ? def : it->second;
  }
};

// Parses args (after the command name), moving the positional ones into
// the result. "--" ends flags; "-" is positional.
Result<ParsedArgs> ParseArgs(const CommandDef& def,
                             std::vector<std::string> args);

// The --help text of a command.
std::string HelpText(const CommandDef& def);

}  // namespace newsfuse::cli

#endif  // NEWSFUSE_TOOLS_FLAGS_H_
