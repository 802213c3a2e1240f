// IsStopWord for the analyzer, which has each word's hash at hand.
// Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_STOP_WORDS_H_
#define NEWSFUSE_ANALYZE_STOP_WORDS_H_

#include <cstdint>
#include <string_view>

namespace newsfuse::analyze_internal {

// IsStopWord(norm) (newsfuse/analyze.h); `hash` is HashWord(norm).
bool IsStopWord(std::string_view norm, uint64_t hash);

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_STOP_WORDS_H_
