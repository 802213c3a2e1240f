// newsfuse bench: end-to-end throughput and memory of the pipeline.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "commands.h"
#include "newsfuse/analyze.h"
#include "newsfuse/clean.h"
#include "newsfuse/report.h"

namespace newsfuse::cli {
namespace {

using Clock = std::chrono::steady_clock;

CommandDef Def() {
  CommandDef def{
      "bench", "newsfuse bench [FLAGS] PATH...",
      "Measure articles/s, MB/s and peak RSS of ingest, clean and analyze.",
      "Streams every article through the pipeline as `analyze` does, "
      "timing each stage,\nand reports throughput over the input bytes "
      "(after gunzip) and the process's peak\nresident memory. With "
      "--repeat N the best of N passes is reported.",
      IngestFlags()};
  def.flags.push_back({"repeat", "N", "Passes over the input (default 1)."});
  def.flags.push_back({"brief", "",
                       "Also time the brief: stories, facts, "
                       "summary and JSON (keeps every article "
                       "in memory, as `brief` does)."});
  def.flags.push_back({"json", "",
                       "Print one JSON object instead of a "
                       "table."});
  return def;
}

struct Pass {
  // Seconds per stage; `stories` is the story index, `fuse` facts and summary.
  double ingest = 0, clean = 0, analyze = 0, stories = 0, fuse = 0, report = 0;
  uint64_t bytes = 0, articles = 0, failures = 0, story_count = 0;
  double total() const {
    return ingest + clean + analyze + stories + fuse + report;
  }
};

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Stories, then facts and summary (on as many threads as `brief` uses),
// then the JSON report, over the kept articles. Each stage is timed alone;
// `brief` overlaps the stories with the analysis.
void TimeBrief(std::vector<Article> articles, Pass* p) {
  BriefOptions options;
  options.threads = int(std::max(1u, std::thread::hardware_concurrency()));
  BriefBuilder builder(options);
  Clock::time_point t = Clock::now();
  for (Article& a : articles) builder.Add(std::move(a));
  p->stories = Since(t);
  t = Clock::now();
  std::vector<StoryBrief> briefs = builder.Build();
  p->fuse = Since(t);
  t = Clock::now();
  std::string json = BriefToJson(briefs, false);
  p->report = Since(t);
  p->story_count = briefs.size();
}

Pass RunPass(const std::vector<std::string>& paths,
             const PipelineOptions& options, bool brief) {
  Pass p;
  std::vector<Article> kept;
  for (const std::string& path : paths) {
    Clock::time_point t = Clock::now();
    ReadPath(path, options.ingest, [&](Result<Article> r) {
      p.ingest += Since(t);
      if (r.ok()) {
        p.bytes += r->original.size();
        Clock::time_point c = Clock::now();
        bool ok = Clean(*r).ok();
        p.clean += Since(c);
        if (ok) {
          Clock::time_point a = Clock::now();
          Analyze(*r);
          p.analyze += Since(a);
          ++p.articles;
          if (brief && !r->sentences.empty()) kept.push_back(std::move(*r));
        }
        if (!ok) ++p.failures;
      } else {
        ++p.failures;
      }
      t = Clock::now();  // the next article's ingest starts now
    });
    p.ingest += Since(t);
  }
  if (brief) TimeBrief(std::move(kept), &p);
  return p;
}

double PeakRssMiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

void Print(const Pass& p, bool json) {
  double mb = p.bytes / 1e6;
  double rss = PeakRssMiB();
  auto rate = [&](double s) { return s > 0 ? mb / s : 0.0; };
  if (json) {
    std::printf(
        "{\"articles\": %llu, \"failures\": %llu, \"bytes\": %llu, "
        "\"seconds\": %.6f, \"articles_per_s\": %.1f, "
        "\"mb_per_s\": %.2f, \"ingest_mb_per_s\": %.2f, "
        "\"clean_mb_per_s\": %.2f, \"analyze_mb_per_s\": %.2f, "
        "\"stories\": %llu, \"stories_seconds\": %.6f, "
        "\"fuse_seconds\": %.6f, \"report_seconds\": %.6f, "
        "\"peak_rss_mib\": %.1f, \"rss_over_input\": %.2f}\n",
        (unsigned long long)p.articles, (unsigned long long)p.failures,
        (unsigned long long)p.bytes, p.total(), p.articles / p.total(),
        rate(p.total()), rate(p.ingest), rate(p.clean), rate(p.analyze),
        (unsigned long long)p.story_count, p.stories, p.fuse, p.report, rss,
        rss * 1048576.0 / std::max<uint64_t>(1, p.bytes));
    return;
  }
  std::printf("articles   %llu (%llu failed)\ninput      %.2f MB\n",
              (unsigned long long)p.articles, (unsigned long long)p.failures,
              mb);
  std::printf("stage      seconds    MB/s\n");
  std::printf("ingest   %9.4f %7.1f\n", p.ingest, rate(p.ingest));
  std::printf("clean    %9.4f %7.1f\n", p.clean, rate(p.clean));
  std::printf("analyze  %9.4f %7.1f\n", p.analyze, rate(p.analyze));
  if (p.story_count > 0) {
    std::printf("stories  %9.4f          (%llu stories)\n", p.stories,
                (unsigned long long)p.story_count);
    std::printf("fuse     %9.4f          (facts and summaries)\n", p.fuse);
    std::printf("JSON     %9.4f\n", p.report);
  }
  std::printf("total    %9.4f %7.1f   %.0f articles/s\n", p.total(),
              rate(p.total()), p.articles / p.total());
  std::printf("peak RSS   %.1f MiB (%.2fx the input)\n", rss,
              rss * 1048576.0 / std::max<uint64_t>(1, p.bytes));
}

int Run(const ParsedArgs& args) {
  Result<PipelineOptions> options = PipelineOptionsFromArgs(args);
  int repeat = std::atoi(args.Get("repeat", "1").c_str());
  if (!options.ok() || repeat < 1 || args.positional.empty()) {
    std::cerr << "newsfuse bench: "
              << (!options.ok() ? options.status().message()
                                : "give PATH... and --repeat N >= 1")
              << "\n";
    return kExitUsage;
  }
  Pass best;
  for (int i = 0; i < repeat; ++i) {
    Pass p = RunPass(args.positional, *options, args.Has("brief"));
    if (i == 0 || p.total() < best.total()) best = p;
  }
  Print(best, args.Has("json"));
  return best.articles == 0 ? kExitInputError : kExitOk;
}

}  // namespace

const Command& BenchCommand() {
  static const Command command{Def(), Run};
  return command;
}

}  // namespace newsfuse::cli
