#include "flags.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace newsfuse::cli {
namespace {

const FlagDef* FindFlag(const CommandDef& def, const std::string& name) {
  for (const FlagDef& f : def.flags) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace

Result<ParsedArgs> ParseArgs(const CommandDef& def,
                             std::vector<std::string> args) {
  ParsedArgs out;
  out.positional.reserve(args.size());
  for (size_t i = 0; i < args.size(); ++i) {
    std::string& a = args[i];
    if (a == "--") {
      out.positional.insert(out.positional.end(),
                            std::make_move_iterator(args.begin() + i + 1),
                            std::make_move_iterator(args.end()));
      break;
    }
    if (a == "-h" || a == "--help") {
      out.help = true;
      continue;
    }
    if (a.size() < 3 || a.compare(0, 2, "--") != 0) {
      out.positional.push_back(std::move(a));  // paths: thousands, maybe
      continue;
    }
    std::string name = a.substr(2), value;
    size_t eq = name.find('=');
    bool inline_value = eq != std::string::npos;
    if (inline_value) {
      value = name.substr(eq + 1);
      name.resize(eq);
    }
    const FlagDef* f = FindFlag(def, name);
    if (f == nullptr) {
      return Status::InvalidArgument("newsfuse " + def.name +
                                     ": unknown flag --" + name +
                                     " (see --help)");
    }
    if (f->value_name.empty()) {
      if (inline_value) {
        return Status::InvalidArgument("--" + name + " takes no value");
      }
      out.switches[name] = true;
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) {
        return Status::InvalidArgument("--" + name + " needs a value " +
                                       f->value_name);
      }
      value = args[++i];
    }
    out.values[name] = value;
  }
  return out;
}

std::string HelpText(const CommandDef& def) {
  std::string s = def.summary + "\n\nUsage: " + def.usage + "\n";
  if (!def.details.empty()) s += "\n" + def.details + "\n";
  s += "\nFlags:\n";
  size_t width = 10;
  for (const FlagDef& f : def.flags) {
    width = std::max(width, f.name.size() + f.value_name.size() + 3);
  }
  auto line = [&](const std::string& left, const std::string& help) {
    s +=
        "  --" + left + std::string(width - left.size() + 2, ' ') + help + "\n";
  };
  for (const FlagDef& f : def.flags) {
    line(f.value_name.empty() ? f.name : f.name + " " + f.value_name, f.help);
  }
  line("help", "Print this help and exit.");
  return s;
}

}  // namespace newsfuse::cli
