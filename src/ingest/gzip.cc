#include "ingest/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <string>

namespace newsfuse::ingest {
namespace {

constexpr size_t kChunk = 64 * 1024;

std::string Corrupt(const z_stream& z, int rc) {
  const char* why = z.msg != nullptr ? z.msg : zError(rc);
  return std::string("corrupt gzip data (") + why + ")";
}

// Inflates one gzip member starting at in[*pos], appending to *out.
std::string InflateMember(std::string_view in, size_t* pos, size_t limit,
                          std::string* out) {
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return "cannot start gunzip";
  std::string problem;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + *pos));
  z.avail_in = static_cast<uInt>(std::min<size_t>(in.size() - *pos, UINT_MAX));
  char buf[kChunk];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = kChunk;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      problem =
          rc == Z_BUF_ERROR ? "corrupt gzip data (truncated)" : Corrupt(z, rc);
      break;
    }
    out->append(buf, kChunk - z.avail_out);
    if (out->size() > limit) {
      problem =
          "decompressed size is over " + std::to_string(limit >> 20) + " MiB";
      break;
    }
  }
  *pos += z.total_in;
  inflateEnd(&z);
  return problem;
}

}  // namespace

bool HasGzipMagic(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string Gunzip(std::string_view in, size_t limit, std::string* out) {
  out->clear();
  size_t pos = 0;
  do {
    std::string problem = InflateMember(in, &pos, limit, out);
    if (!problem.empty()) return problem;
    // Concatenated members form one stream; trailing zero padding is common.
    while (pos < in.size() && in[pos] == '\0') ++pos;
  } while (pos < in.size() && HasGzipMagic(in.substr(pos)));
  if (pos < in.size()) return "corrupt gzip data (trailing garbage)";
  return "";
}

}  // namespace newsfuse::ingest
