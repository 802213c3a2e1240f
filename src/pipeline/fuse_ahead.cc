#include "pipeline/fuse_ahead.h"

namespace newsfuse::pipeline {
namespace {

// A story that took no article in this many placements has likely stopped
// growing (inputs tend to come grouped by event); fusing it earlier would
// mostly be redone.
constexpr uint64_t kQuiet = 16;

}  // namespace

void FuseAhead::Placed(const std::string& story_id, const Article* article,
                       const std::string& origin_id) {
  std::lock_guard<std::mutex> lock(mu_);
  Growing& g = stories_[story_id];
  g.members.push_back(article);
  g.origins.push_back(origin_id);
  g.changed = ++placements_;
}

std::unordered_map<std::string, StoryBrief> FuseAhead::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  return std::move(fused_);
}

std::string FuseAhead::PickLocked() const {
  const std::string* best = nullptr;
  uint64_t best_changed = 0;
  for (const auto& [id, g] : stories_) {
    if (g.fused == g.members.size() || placements_ - g.changed < kQuiet) {
      continue;
    }
    if (best == nullptr || g.changed < best_changed ||
        (g.changed == best_changed && id < *best)) {
      best = &id;
      best_changed = g.changed;
    }
  }
  return best == nullptr ? std::string() : *best;
}

bool FuseAhead::Step() {
  std::unique_lock<std::mutex> lock(mu_);
  std::string id = PickLocked();
  if (id.empty()) return false;
  Growing& g = stories_[id];
  g.fused = g.members.size();
  std::vector<const Article*> members = g.members;
  std::vector<std::string> origins = g.origins;
  lock.unlock();
  Story story;
  story.id = id;
  StoryBrief brief = FuseStory(story, members, origins, options_);
  lock.lock();
  // Two threads may have fused one story as it grew: keep the later state.
  auto [it, added] = fused_.try_emplace(id);
  if (added || it->second.articles.size() <= brief.articles.size()) {
    it->second = std::move(brief);
  }
  return true;
}

}  // namespace newsfuse::pipeline
