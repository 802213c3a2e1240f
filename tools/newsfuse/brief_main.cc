// newsfuse brief: stories, corroborated facts and a cited summary.
#include <algorithm>
#include <fstream>
#include <malloc.h>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "commands.h"
#include "newsfuse/quantities.h"
#include "newsfuse/report.h"
#include "newsfuse/times.h"

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
  // Whichever thread would wait for the other (analysis or placing
  // articles in stories) fuses a story that seems complete instead. A fuse
  // takes up to 15 ms on ECB+, while about 50 articles are placed.
  options.background = true;
  options.ahead = 96;
  // Analysis is the slower side: times and quantities, which placing
  // articles in stories does not read, are found on this thread instead.
  options.analyze.times_and_quantities = false;
  options.on_idle = [builder] { return builder->FuseAheadStep(); };
  RunPipeline(args.positional, options, [&](Result<Article> r) {
    if (!ReportProblems(r)) {
      failed = true;
      return;
    }
    if (r->sentences.empty()) {
      failed = true;
      std::cerr << "newsfuse: " << r->path << ": no sentences, skipped\n";
      return;
    }
    FindQuantities(*r);
    FindTimes(*r);
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

// Writes rendered stories to a BriefJsonStream in their order, from the
// fusing threads as each is done: whichever thread finds the next story
// ready writes it, and the ones after it that are ready too, while the
// others leave theirs for it and go on fusing.
class InOrder {
 public:
  explicit InOrder(BriefJsonStream* stream) : stream_(stream) {}

  void Put(size_t index, std::string json) {
    std::unique_lock<std::mutex> lock(mu_);
    pending_.emplace(index, std::move(json));
    if (writing_) return;
    writing_ = true;
    while (!pending_.empty() && pending_.begin()->first == next_) {
      std::string story = std::move(pending_.begin()->second);
      pending_.erase(pending_.begin());
      ++next_;
      lock.unlock();
      stream_->Add(story);
      lock.lock();
    }
    writing_ = false;
  }

 private:
  BriefJsonStream* stream_;
  std::mutex mu_;
  std::map<size_t, std::string> pending_;  // rendered, not yet written
  size_t next_ = 0;                        // the next story to write
  bool writing_ = false;
};

// Fuses the stories into *briefs and writes them to `out`; false when
// writing fails. JSON is rendered on the fusing threads and written as
// soon as the stories before it are.
bool FuseAndWrite(const BriefBuilder& builder, Output output, bool pretty,
                  std::vector<StoryBrief>* briefs, std::ostream& out) {
  if (output != Output::kJson) {
    *briefs = builder.Build();
    out << (output == Output::kHtml ? BriefToHtml(*briefs)
                                    : BriefToMarkdown(*briefs));
    return static_cast<bool>(out.flush());
  }
  BriefJsonStream stream(pretty, [&out](std::string_view piece) {
    out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
  });
  InOrder in_order(&stream);
  *briefs = builder.Build([&](size_t i, const StoryBrief& b) {
    in_order.Put(i, StoryToJson(b, pretty));
  });
  stream.Finish();
  out << '\n';
  return static_cast<bool>(out.flush());
}

// The articles, stories and briefs are left for the process's exit to
// free at once: destroying them object by object takes longer than
// writing the brief (about 15 ms of 0.3 s on ECB+). They stay reachable
// (LeakSanitizer reports nothing); `brief` runs once per process.
template <typename T>
T& KeptUntilExit(T* object) {
  static auto* kept = new std::vector<const void*>;
  kept->push_back(object);
  return *object;
}

// `brief` holds every article until its stories are fused, so memory
// freed along the way is soon needed again: keep it in the heap rather
// than unmapping it and faulting fresh pages back in (main() tunes malloc
// for the streaming commands). On ECB+ this saves a third of the page
// faults (30k -> 18k) for 4% more peak RSS.
void KeepFreedMemory() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
}

int Run(const ParsedArgs& args) {
  KeepFreedMemory();
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
  BriefBuilder& builder = KeptUntilExit(new BriefBuilder(brief));
  bool ok = ReadArticles(args, *options, &builder);
  std::string output = args.Get("output");
  std::ofstream file;
  if (!output.empty()) file.open(output, std::ios::binary);
  std::ostream& out = output.empty() ? std::cout : file;
  if (!FuseAndWrite(builder, *format, args.Has("pretty"),
                    &KeptUntilExit(new std::vector<StoryBrief>()), out)) {
    std::cerr << "newsfuse: " << (output.empty() ? "stdout" : output)
              << ": cannot write the brief\n";
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
