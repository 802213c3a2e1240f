// FuseAhead: fuses stories while articles are still being placed in them,
// on a thread that would otherwise wait, so that BriefBuilder::Build finds
// most briefs done.
//
//   FuseAhead ahead(fuse_options);
//   placing thread:  ahead.Placed(story_id, &article, origin_id);  // per Add
//   another thread:  while (ahead.Step()) {}  // whenever it has time
//   placing thread:  auto briefs = ahead.Finish();  // story id -> brief
//
// Step() fuses one story that has stopped growing (no article for the last
// few placements), the one unchanged longest, as it stands; a story that
// grows again is fused again once it stops. A brief is fused for the
// members and origins it lists (StoryBrief::articles, ::origins): the
// caller must reuse it only for a story with exactly those, and must set
// its `story` (only the id is filled). Thread safety: Placed on one thread
// and Step on any threads may run concurrently; Placed never waits for a
// fuse. Finish must not overlap Step.
#ifndef NEWSFUSE_PIPELINE_FUSE_AHEAD_H_
#define NEWSFUSE_PIPELINE_FUSE_AHEAD_H_

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsfuse/brief.h"

namespace newsfuse::pipeline {

class FuseAhead {
 public:
  explicit FuseAhead(const FuseOptions& options) : options_(options) {}

  // `article`, copy of origin `origin_id`, joined story `story_id`.
  void Placed(const std::string& story_id, const Article* article,
              const std::string& origin_id);

  // Fuses the next story that is ready; false if none is.
  bool Step();

  // Hands over what Step fused, by story id.
  std::unordered_map<std::string, StoryBrief> Finish();

 private:
  struct Growing {
    std::vector<const Article*> members;
    std::vector<std::string> origins;
    uint64_t changed = 0;  // placements_ when it last grew
    size_t fused = 0;      // members when last fused
  };

  // The next story to fuse, "" if none is ready.
  std::string PickLocked() const;

  const FuseOptions options_;
  std::mutex mu_;
  std::unordered_map<std::string, Growing> stories_;
  uint64_t placements_ = 0;
  std::unordered_map<std::string, StoryBrief> fused_;  // guarded by mu_
};

}  // namespace newsfuse::pipeline

#endif  // NEWSFUSE_PIPELINE_FUSE_AHEAD_H_
