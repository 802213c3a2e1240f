// Internal to ingest: gzip decompression with a size limit.
#ifndef NEWSFUSE_INGEST_GZIP_H_
#define NEWSFUSE_INGEST_GZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsfuse::ingest {

// True when `bytes` start with the gzip magic number 1f 8b.
bool HasGzipMagic(std::string_view bytes);

// Decompresses all gzip members of `in` into *out. Returns an empty string on
// success, else a one-line problem ("corrupt gzip data (invalid block type)",
// "decompressed size is over 256 MiB").
std::string Gunzip(std::string_view in, size_t limit, std::string* out);

}  // namespace newsfuse::ingest

#endif  // NEWSFUSE_INGEST_GZIP_H_
