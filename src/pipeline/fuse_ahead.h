// FuseAhead: fuses stories on a helper thread while articles are still
// being placed in them, so that BriefBuilder::Build finds most briefs done.
//
//   FuseAhead ahead(fuse_options);
//   main thread:   ahead.Placed(story_id, &article, origin_id);  // per Add
//   any thread:    ahead.Start();  // once the other threads go idle
//   main thread:   auto briefs = ahead.Finish();  // story id -> brief
//
// The helper fuses the stories that have stopped growing (no article for
// the last few placements), oldest change first, each as it stands; a story
// that grows again is fused again once it stops. A brief is fused for the
// members and origins it lists (StoryBrief::articles, ::origins): the
// caller must reuse it only for a story with exactly those, and must set
// its `story` (only the id is filled). Thread safety: Placed and Finish on
// one thread, Start on any; Placed never waits for a fuse.
#ifndef NEWSFUSE_PIPELINE_FUSE_AHEAD_H_
#define NEWSFUSE_PIPELINE_FUSE_AHEAD_H_

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "newsfuse/brief.h"

namespace newsfuse::pipeline {

class FuseAhead {
 public:
  explicit FuseAhead(const FuseOptions& options) : options_(options) {}
  ~FuseAhead() { Finish(); }
  FuseAhead(const FuseAhead&) = delete;
  FuseAhead& operator=(const FuseAhead&) = delete;

  // `article`, copy of origin `origin_id`, joined story `story_id`.
  void Placed(const std::string& story_id, const Article* article,
              const std::string& origin_id);

  // Starts the helper thread; does nothing after the first call or once
  // finished.
  void Start();

  // Stops the helper (after the story it is fusing) and hands over what it
  // fused, by story id.
  std::unordered_map<std::string, StoryBrief> Finish();

 private:
  struct Growing {
    std::vector<const Article*> members;
    std::vector<std::string> origins;
    uint64_t changed = 0;  // placements_ when it last grew
    size_t fused = 0;      // members when last fused
  };

  void Run();
  // The next story to fuse, "" if none is ready.
  std::string PickLocked() const;

  const FuseOptions options_;
  std::mutex mu_;
  std::condition_variable wake_;
  std::unordered_map<std::string, Growing> stories_;
  uint64_t placements_ = 0;
  bool started_ = false, stopped_ = false, waiting_ = false;
  std::thread thread_;
  std::unordered_map<std::string, StoryBrief> fused_;  // guarded by mu_
};

}  // namespace newsfuse::pipeline

#endif  // NEWSFUSE_PIPELINE_FUSE_AHEAD_H_
