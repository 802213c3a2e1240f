// The word lists cmake/gen_gazetteer.py generates at build time from
// Debian's wamerican, iso-codes and tzdata (entities_lexicon_data.cc), in
// matching form, front-coded (see FrontCodedWords in word_table.h).
// Internal to src/analyze.
#ifndef NEWSFUSE_ANALYZE_GAZETTEER_DATA_H_
#define NEWSFUSE_ANALYZE_GAZETTEER_DATA_H_

#include <cstdint>

namespace newsfuse::analyze_internal {

extern const char kCommonWords[];
extern const uint32_t kCommonWordsSize;
extern const uint32_t kCommonWordsBlocks[];
extern const uint32_t kCommonWordsBlockCount;
extern const char kProperWords[];
extern const uint32_t kProperWordsSize;
extern const uint32_t kProperWordsBlocks[];
extern const uint32_t kProperWordsBlockCount;
extern const char kPlaceNames[];
extern const uint32_t kPlaceNamesSize;
extern const uint32_t kPlaceNamesBlocks[];
extern const uint32_t kPlaceNamesBlockCount;

}  // namespace newsfuse::analyze_internal

#endif  // NEWSFUSE_ANALYZE_GAZETTEER_DATA_H_
